#!/usr/bin/env bash
# Benchmark: how long `gongkai validate` takes to answer hostile or oversized content (issue 15), for this
# working tree's code and for a baseline revision, side by side in one run. Each case is the bundled content with
# one file replaced; every run is a fresh JVM with the launcher's flags; wall time includes JVM start-up; the
# median of --runs runs is printed with the exit status and the first problem code reported.
#   bench/hostile-bench.sh [--base REV] [--runs N] [--timeout SECONDS]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
base=6637a99
runs=3
limit=600
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --timeout) limit="$2"; shift 2 ;;
    *) echo "用法：bench/hostile-bench.sh [--base 修订] [--runs 次数] [--timeout 秒]" >&2; exit 2 ;;
  esac
done

tmp="$(mktemp -d "${TMPDIR:-/tmp}/gongkai-hostile.XXXXXX")"
cleanup() {
  git -C "$root" worktree remove --force "$tmp/base" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

echo "正在编译当前代码和基线 $base ……" >&2
mvn -o -q -B -Dstyle.color=never -DskipTests package >"$tmp/mvn.log" 2>&1 || { cat "$tmp/mvn.log" >&2; exit 3; }
cp target/gongkai.jar "$tmp/now.jar"
git worktree add -q --detach "$tmp/base" "$base"
(cd "$tmp/base" && mvn -o -q -B -Dstyle.color=never -DskipTests package >"$tmp/mvn-base.log" 2>&1) \
  || { cat "$tmp/mvn-base.log" >&2; exit 3; }
cp "$tmp/base/target/gongkai.jar" "$tmp/base.jar"

# Each case: a name and a Python expression for the text of one file (P = project, M = measures.md).
python3 - "$root/content" "$tmp/cases" <<'EOF'
import os, re, shutil, sys
src, out = sys.argv[1], sys.argv[2]
project = '2022/425001/projects/13020822P00908810002X.yaml'
measures = '2022/425001/measures.md'
def case(name, path, text):
    d = os.path.join(out, name)
    shutil.copytree(src, d)
    with open(os.path.join(d, path), 'w', encoding='utf-8') as f:
        f.write(text)
p = open(os.path.join(src, project), encoding='utf-8').read()
def purpose(value):
    return re.sub(r'(?m)^purpose: .*$', lambda m: 'purpose: ' + value, p)
case('10mb-one-line-cjk', project, purpose('维' * (10 * 1024 * 1024 // 3)))
case('10mb-one-line-ascii', project, purpose('a' * (10 * 1024 * 1024)))
case('1mb-at-the-limits', project, re.sub(r'(?m)^purpose: .*$', lambda m: 'purpose: x\n' + '\n'.join('  ' + 'a' * 19990 for _ in range(50)), p))
case('800kb-nested-image-brackets', measures, ('![' * 6000 + 'x' + '](a)' * 1000 + '\n\n') * 50)
para = '![' * 200 + 'x' + '](a)' * 33
text = ''
while len(text.encode()) + len(para) + 2 < 1000000:
    text += para + '\n\n'
case('1mb-images-60k-problems', measures, text)
case('1mb-flat-list', measures, '1. x\n' * 200000)
EOF

jvm="${GONGKAI_JAVA_OPTS:-$(sed -n 's/^default_opts="\(.*\)"$/\1/p' "$root/gongkai")}"
read -r -a jvm_flags <<<"$jvm"
echo "CPU：$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //')；nproc：$(nproc)；JVM 参数：$jvm；每项 $runs 次取中位数，超过 $limit 秒中止"
printf '%-30s %-8s %10s %6s %s\n' "情形" "代码" "秒" "退出" "第一个问题"
for dir in "$tmp"/cases/*; do
  name="$(basename "$dir")"
  for which in base now; do
    times=()
    status=0
    first=""
    for _ in $(seq "$runs"); do
      start=$(date +%s.%N)
      set +e
      timeout "$limit" java "${jvm_flags[@]}" -Dfile.encoding=UTF-8 -jar "$tmp/$which.jar" validate --content "$dir" >"$tmp/out.txt" 2>&1
      status=$?
      set -e
      end=$(date +%s.%N)
      times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')")
      first="$(grep -o -m1 'GK[0-9]\{3\}' "$tmp/out.txt" || true)"
      [ "$status" = 124 ] && break
    done
    median="$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
    label=$([ "$which" = base ] && echo "基线" || echo "当前")
    printf '%-30s %-8s %10.2f %6s %s\n' "$name" "$label" "$median" "$([ "$status" = 124 ] && echo 超时 || echo "$status")" "${first:-无}"
  done
done
