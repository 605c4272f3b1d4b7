#!/usr/bin/env bash
# Benchmark of search: index sizes for the bundled content and for generated content (100 units × 20 projects =
# 2000 projects by default), and the time to the first result in headless Chromium from file://. The measuring
# code is src/test/java/gongkai/bench/SearchBench.java (a main class, not a JUnit test). Prints Chinese results and
# one line starting with SEARCHBENCH; see bench/README.md.
#   bench/search-bench.sh [--units N] [--projects M] [--years 2022,2023] [--runs 次数]
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/java-bench.sh" gongkai.bench.SearchBench --root @SNAPSHOT@ "$@"
