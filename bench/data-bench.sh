#!/usr/bin/env bash
# Benchmark of the open data files: generated content (100 units × 20 projects = 2000 projects by default), checked,
# then OpenData.files timed in one JVM (first call and median). The measuring code is
# src/test/java/gongkai/bench/OpenDataBench.java (a main class, not a JUnit test). Prints Chinese results and one line
# starting with DATABENCH; see bench/README.md.
#   bench/data-bench.sh [--units N] [--projects M] [--years 2022,2023] [--runs 次数]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/gongkai-data-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

echo "正在编译（mvn -o test-compile）……" >&2
mvn -o -q -B -Dstyle.color=never test-compile >"$tmp/mvn.log" 2>&1 || { cat "$tmp/mvn.log" >&2; exit 3; }
mvn -o -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$tmp/classpath.txt" >"$tmp/mvn.log" 2>&1 \
  || { cat "$tmp/mvn.log" >&2; exit 3; }
# The classes are copied so that a recompilation during the run cannot change the code under measurement.
mkdir -p "$tmp/classes" "$tmp/test-classes" "$tmp/work"
cp -r "$root/target/classes/." "$tmp/classes/"
cp -r "$root/target/test-classes/." "$tmp/test-classes/"
jvm="${GONGKAI_JAVA_OPTS:-$(sed -n 's/^default_opts="\(.*\)"$/\1/p' "$root/gongkai")}"
read -r -a jvm_flags <<<"$jvm"
echo "CPU：$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //')；nproc：$(nproc)；JVM 参数：$jvm"
java "${jvm_flags[@]}" -Dfile.encoding=UTF-8 -cp "$tmp/classes:$tmp/test-classes:$(cat "$tmp/classpath.txt")" \
  gongkai.bench.OpenDataBench --work "$tmp/work" "$@"
