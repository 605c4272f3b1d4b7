#!/usr/bin/env bash
# Benchmark of the open data files: generated content (100 units × 20 projects = 2000 projects by default), checked,
# then OpenData.files timed in one JVM (first call and median). The measuring code is
# src/test/java/gongkai/bench/OpenDataBench.java (a main class, not a JUnit test). Prints Chinese results and one line
# starting with DATABENCH; see bench/README.md.
#   bench/data-bench.sh [--units N] [--projects M] [--years 2022,2023] [--runs 次数]
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/java-bench.sh" gongkai.bench.OpenDataBench "$@"
