#!/usr/bin/env bash
# Benchmark of 历年对比: generated content with --continuing (100 units × 20 projects in each of 2021, 2022 and 2023
# by default), then ProjectLineage, the page views and a page-only build timed in one JVM. The measuring code is
# src/test/java/gongkai/bench/CompareBench.java (a main class, not a JUnit test). Prints Chinese results and one
# line starting with COMPAREBENCH.
#   bench/compare-bench.sh [--units N] [--projects M] [--years 2021,2022,2023] [--runs 次数]
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/java-bench.sh" gongkai.bench.CompareBench --templates @SNAPSHOT@/templates "$@"
