#!/usr/bin/env bash
# Benchmark of search: index sizes for the bundled content and for generated content (100 units × 20 projects =
# 2000 projects by default), and the time to the first result in headless Chromium from file://. The measuring
# code is src/test/java/gongkai/bench/SearchBench.java (a main class, not a JUnit test). Prints Chinese results and
# one line starting with SEARCHBENCH; see bench/README.md.
#   bench/search-bench.sh [--units N] [--projects M] [--years 2022,2023] [--runs 次数]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/gongkai-search-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

echo "正在编译（mvn -o test-compile）……" >&2
mvn -o -q -B -Dstyle.color=never test-compile >"$tmp/mvn.log" 2>&1 || { cat "$tmp/mvn.log" >&2; exit 3; }
mvn -o -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$tmp/classpath.txt" >"$tmp/mvn.log" 2>&1 \
  || { cat "$tmp/mvn.log" >&2; exit 3; }
# The classes and templates are copied so that a recompilation or edit during the run cannot change what is measured.
mkdir -p "$tmp/classes" "$tmp/test-classes" "$tmp/work" "$tmp/root"
cp -r "$root/target/classes/." "$tmp/classes/"
cp -r "$root/target/test-classes/." "$tmp/test-classes/"
cp -r "$root/templates" "$root/content" "$tmp/root/"
echo "CPU：$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //')；nproc：$(nproc)；Chromium：$(chromium --version 2>/dev/null || echo 未知)"
java -Dfile.encoding=UTF-8 -cp "$tmp/classes:$tmp/test-classes:$(cat "$tmp/classpath.txt")" \
  gongkai.bench.SearchBench --work "$tmp/work" --root "$tmp/root" "$@"
