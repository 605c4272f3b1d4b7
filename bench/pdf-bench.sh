#!/usr/bin/env bash
# Benchmark of the PDF stage: the one-page project PDFs of generated content (25 units × 20 projects = 500 by
# default), rendered alone on one thread ("bare") and by the whole PDF stage as `gongkai build` runs it, in one JVM.
# The measuring code is src/test/java/gongkai/bench/PdfBench.java (a main class, not a JUnit test).
# Prints Chinese results and one line starting with PDFBENCH; see bench/README.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

units=25
projects=20
year=2022
seed=42
content=""
warmup=50
bare=0
stage_runs=3
stage_warmup=100
baseline=40
jvm=""
keep=0
extra=()

usage() {
  cat <<'EOF'
用法：bench/pdf-bench.sh [--units N] [--projects M] [--year 年度] [--seed 整数] [--content 文件夹]
                         [--warmup 个数] [--bare 个数] [--stage-runs 次数] [--stage-warmup 个数] [--baseline 个数]
                         [--jvm "JVM 参数"] [--no-parallel-render] [--no-cold] [--no-unit-pdfs] [--keep]

  --units N            合成内容的单位数（默认 25）
  --projects M         每个单位的项目数（默认 20；25 × 20 = 500 个项目 PDF）
  --year 年度          合成内容的年度（默认 2022）
  --seed 整数          随机种子（默认 42）
  --content 文件夹     不生成合成内容，改用这个内容文件夹（须能通过检查）
  --warmup 个数        单独渲染计时前预热的文档数（默认 50）
  --bare 个数          单独渲染计时的文档数（默认 0 = 全部项目文档）
  --stage-runs 次数    整个 PDF 阶段计时的次数（默认 3），取中位数
  --stage-warmup 个数  整个阶段计时前，先用这么多个文档预热跑一次（默认 100）
  --baseline 个数      “每个文档注册字体文件”的对照做法计时的文档数（默认 40；0 = 不测）
  --jvm "参数"         JVM 参数（默认与 ./gongkai 启动脚本相同，即 build 实际使用的参数）
  --no-parallel-render 不测诊断用的“仅并行渲染”
  --no-cold            不测冷启动（本 JVM 中第一次）的整个 PDF 阶段
  --no-unit-pdfs       不测诊断用的单位 PDF
  --keep               保留临时文件夹
EOF
}

while [ $# -gt 0 ]; do
  case "$1" in
    --units) units="$2"; shift 2 ;;
    --projects) projects="$2"; shift 2 ;;
    --year) year="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --content) content="$(cd "$2" && pwd)"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --bare) bare="$2"; shift 2 ;;
    --stage-runs) stage_runs="$2"; shift 2 ;;
    --stage-warmup) stage_warmup="$2"; shift 2 ;;
    --baseline) baseline="$2"; shift 2 ;;
    --jvm) jvm="$2"; shift 2 ;;
    --no-parallel-render|--no-cold|--no-unit-pdfs) extra+=("$1"); shift ;;
    --keep) keep=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "不认识的参数：$1" >&2; usage >&2; exit 2 ;;
  esac
done
for n in "$units" "$projects" "$year" "$seed" "$warmup" "$bare" "$stage_runs" "$stage_warmup" "$baseline"; do
  if ! [[ "$n" =~ ^[0-9]+$ ]]; then
    echo "参数“$n”应当是非负整数。" >&2
    exit 2
  fi
done

if [ ! -f "$root/fonts/NotoSansSC-Regular.ttf" ] && [ -z "$content" ]; then
  echo "注意：$root/fonts 中没有 Noto Sans SC；将按 build 的顺序在系统字体文件夹中查找。需要时请先运行 scripts/setup-fonts.sh。" >&2
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/gongkai-pdf-bench.XXXXXX")"
cleanup() {
  if [ "$keep" = 1 ]; then
    echo "临时文件夹已保留：$tmp"
  else
    rm -rf "$tmp"
  fi
}
trap cleanup EXIT

# ---- compile, then run a frozen copy ------------------------------------------------------------------------------
# test-compile builds the main classes too. The classes are copied, so that someone recompiling the project while
# the benchmark runs cannot change the code under measurement (classes are loaded lazily).
echo "正在编译（mvn -o test-compile）……" >&2
if ! mvn -o -q -B -Dstyle.color=never test-compile >"$tmp/mvn.log" 2>&1; then
  cat "$tmp/mvn.log" >&2
  echo "编译失败，请查看上面的 Maven 输出。" >&2
  exit 3
fi
if ! mvn -o -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$tmp/classpath.txt" >"$tmp/mvn.log" 2>&1; then
  cat "$tmp/mvn.log" >&2
  echo "无法取得依赖的类路径（mvn -o dependency:build-classpath）。" >&2
  exit 3
fi
mkdir -p "$tmp/classes" "$tmp/test-classes" "$tmp/work"
cp -r "$root/target/classes/." "$tmp/classes/"
cp -r "$root/target/test-classes/." "$tmp/test-classes/"
cp="$tmp/classes:$tmp/test-classes:$(cat "$tmp/classpath.txt")"

if [ -z "$jvm" ]; then
  # The same JVM flags as the launcher, i.e. what `gongkai build` runs with: its default_opts, or
  # GONGKAI_JAVA_OPTS when set.
  jvm="${GONGKAI_JAVA_OPTS:-$(sed -n 's/^default_opts="\(.*\)"$/\1/p' "$root/gongkai")} -Dfile.encoding=UTF-8"
  jvm_source="与 ./gongkai 相同"
  if [[ "$jvm" == *'$'* ]]; then
    echo "注意：无法从 ./gongkai 读出 JVM 参数（“$jvm”），改用 -Dfile.encoding=UTF-8；可用 --jvm 指定。" >&2
    jvm="-Dfile.encoding=UTF-8"
    jvm_source="默认"
  fi
else
  jvm_source="--jvm 指定"
fi
read -r -a jvm_flags <<<"$jvm"

# ---- machine --------------------------------------------------------------------------------------------------------
echo "== PDF 阶段性能测试（bench/pdf-bench.sh）=="
if grep -q 'model name' /proc/cpuinfo 2>/dev/null; then
  echo "CPU 型号：$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')；nproc：$(nproc)"
fi
echo "系统负载（开始时，/proc/loadavg）：$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo 不详)"
echo "JVM 参数来源：$jvm_source"
echo

args=(--work "$tmp/work" --templates "$root/templates" --fonts-root "$root"
  --warmup "$warmup" --bare "$bare" --stage-runs "$stage_runs" --stage-warmup "$stage_warmup" --baseline "$baseline")
if [ -n "$content" ]; then
  args+=(--content "$content")
else
  args+=(--units "$units" --projects "$projects" --year "$year" --seed "$seed")
fi

java "${jvm_flags[@]}" -cp "$cp" gongkai.bench.PdfBench "${args[@]}" ${extra[@]+"${extra[@]}"}
echo
echo "系统负载（结束时）：$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo 不详)"
