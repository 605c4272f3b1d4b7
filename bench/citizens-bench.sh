#!/usr/bin/env bash
# Benchmark of a large site as a citizen meets it (issue 11, "Citizens at this size"): the largest HTML page,
# DOMContentLoaded of the year and search pages at 390 px from file://, and for two-character queries the time to
# the first result and the bytes of index loaded. Default: generated content of 400 units × 50 projects = 20,000
# projects, built without PDFs; or --site an already built site, or --content a content folder to build.
# The measuring code is src/test/java/gongkai/bench/CitizensBench.java (a main class, not a JUnit test). Prints
# Chinese results and one line starting with CITIZENSBENCH; see bench/README.md.
#   bench/citizens-bench.sh [--site 文件夹 | --content 文件夹 | --units N --projects M] [--runs 次数] [--queries 维护,满意]
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/java-bench.sh" gongkai.bench.CitizensBench --templates @SNAPSHOT@/templates "$@"
