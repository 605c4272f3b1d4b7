#!/usr/bin/env bash
# Runs one benchmark class of src/test/java/gongkai/bench (a main class, not a JUnit test) the way every bench script
# does: compiles, copies the compiled classes, templates and bundled content into a temporary folder (so that a
# recompilation or an edit during the run cannot change what is measured), prints the machine, then runs the class
# with the launcher's JVM flags (GONGKAI_JAVA_OPTS overrides them) and --work <temporary folder>.
# In the arguments, @SNAPSHOT@ stands for the copied folder holding templates/ and content/.
#   bench/java-bench.sh gongkai.bench.CompareBench --templates @SNAPSHOT@/templates [options of the class]
set -euo pipefail

main="$1"
shift
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
name="${main##*.}"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/gongkai-${name,,}.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

echo "正在编译（mvn -o test-compile）……" >&2
mvn -o -q -B -Dstyle.color=never test-compile >"$tmp/mvn.log" 2>&1 || { cat "$tmp/mvn.log" >&2; exit 3; }
mvn -o -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$tmp/classpath.txt" >"$tmp/mvn.log" 2>&1 \
  || { cat "$tmp/mvn.log" >&2; exit 3; }
mkdir -p "$tmp/classes" "$tmp/test-classes" "$tmp/work" "$tmp/snapshot"
cp -r "$root/target/classes/." "$tmp/classes/"
cp -r "$root/target/test-classes/." "$tmp/test-classes/"
cp -r "$root/templates" "$root/content" "$tmp/snapshot/"
args=()
for a in "$@"; do
  args+=("${a//@SNAPSHOT@/$tmp/snapshot}")
done
jvm="${GONGKAI_JAVA_OPTS:-$(sed -n 's/^default_opts="\(.*\)"$/\1/p' "$root/gongkai")}"
read -r -a jvm_flags <<<"$jvm"
echo "CPU：$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //')；nproc：$(nproc)；JVM 参数：$jvm；Chromium：$(chromium --version 2>/dev/null || echo 未安装)"
java "${jvm_flags[@]}" -Dfile.encoding=UTF-8 -cp "$tmp/classes:$tmp/test-classes:$(cat "$tmp/classpath.txt")" \
  "$main" --work "$tmp/work" "${args[@]}"
