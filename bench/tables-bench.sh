#!/usr/bin/env bash
# Benchmark of the sortable, filterable project table of a year page in headless Chromium: generated content
# (20 units × 100 projects = 2000 projects in one year by default), pages built without PDFs, the year page opened
# from file://. The measuring code is src/test/java/gongkai/bench/TablesBench.java (a main class, not a JUnit
# test). Prints Chinese results and one line starting with TABLESBENCH.
#   bench/tables-bench.sh [--units N] [--projects M] [--runs 次数]
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/java-bench.sh" gongkai.bench.TablesBench --templates @SNAPSHOT@/templates "$@"
