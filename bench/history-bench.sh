#!/usr/bin/env bash
# Benchmark of reading the change history: generated content (100 units × 20 projects = 2000 project files by
# default) committed in three commits to a temporary repository with JGit, then GitHistory.read and the page-only
# build timed in one JVM. The measuring code is src/test/java/gongkai/bench/HistoryBench.java (a main class, not a
# JUnit test). Prints Chinese results and one line starting with HISTORYBENCH; see bench/README.md.
#   bench/history-bench.sh [--units N] [--projects M] [--runs 次数] [--sample 个数]
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/java-bench.sh" gongkai.bench.HistoryBench --templates @SNAPSHOT@/templates "$@"
