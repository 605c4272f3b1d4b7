#!/usr/bin/env bash
# Benchmark: `gongkai build` on generated content (2,000 projects by default), and `gongkai validate` /
# `gongkai build` on the bundled content/. Every run is a fresh JVM; wall time includes JVM start-up.
# Prints Chinese results; see bench/README.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

units=100
projects=20
year=2022
seed=42
runs=5
warmup=1
keep=0
frozen=0

usage() {
  cat <<'EOF'
用法：bench/build-bench.sh [--units N] [--projects M] [--year 年度] [--seed 整数] [--runs 次数] [--warmup 次数] [--frozen] [--keep]

  --units N      合成内容的单位数（默认 100）
  --projects M   每个单位的项目数（默认 20；100 × 20 = 2000 个项目）
  --year 年度    合成内容的年度（默认 2022）
  --seed 整数    随机种子（默认 42）
  --runs 次数    每项计时的次数（默认 5），取中位数
  --warmup 次数  每项计时前的预热次数（默认 1），不计入结果
  --frozen       先把 jar 复制到临时文件夹，用与 ./gongkai 相同的 JVM 参数直接运行它；
                 别人同时在改源代码时，可避免 ./gongkai 在测量中途重新编译
  --keep         保留临时文件夹（合成内容和生成的网站），便于查看
EOF
}

while [ $# -gt 0 ]; do
  case "$1" in
    --units) units="$2"; shift 2 ;;
    --projects) projects="$2"; shift 2 ;;
    --year) year="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --frozen) frozen=1; shift ;;
    --keep) keep=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "不认识的参数：$1" >&2; usage >&2; exit 2 ;;
  esac
done
for n in "$units" "$projects" "$runs" "$warmup" "$year"; do
  if ! [[ "$n" =~ ^[0-9]+$ ]]; then
    echo "参数“$n”应当是非负整数。" >&2
    exit 2
  fi
done
if [ "$runs" -lt 1 ]; then
  echo "--runs 至少为 1。" >&2
  exit 2
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/gongkai-bench.XXXXXX")"
cleanup() {
  if [ "$keep" = 1 ]; then
    echo "临时文件夹已保留：$tmp"
  else
    rm -rf "$tmp"
  fi
}
trap cleanup EXIT

have_time=0
if [ -x /usr/bin/time ]; then
  have_time=1
fi

# ---- machine ------------------------------------------------------------------------------------------------
echo "== 机器 =="
echo "CPU 核数（nproc）：$(nproc)"
if grep -q 'model name' /proc/cpuinfo 2>/dev/null; then
  echo "CPU 型号：$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
fi
echo "内存（free -h）："
free -h | sed 's/^/  /'
echo "Java：$(java -version 2>&1 | head -1)"
echo

# ---- jar ------------------------------------------------------------------------------------------------------
# The launcher rebuilds target/gongkai.jar when the sources are newer; do it now so that no measured run compiles.
"$root/gongkai" --help >/dev/null
if [ "$frozen" = 1 ]; then
  cp "$root/target/gongkai.jar" "$tmp/gongkai.jar"
  # The same JVM flags as the launcher (its default_opts, or GONGKAI_JAVA_OPTS when set).
  read -r -a flags <<<"${GONGKAI_JAVA_OPTS:-$(sed -n 's/^default_opts="\(.*\)"$/\1/p' "$root/gongkai")} -Dfile.encoding=UTF-8"
  cmd=(java "${flags[@]}" -jar "$tmp/gongkai.jar")
  echo "运行方式：java ${flags[*]} -jar（jar 的副本，--frozen）"
else
  cmd=("$root/gongkai")
  echo "运行方式：./gongkai（启动脚本，含检查 jar 是否过期的时间）"
fi
echo

# ---- helpers --------------------------------------------------------------------------------------------------
# measure ARGS…: runs gongkai once with ARGS; sets $elapsed (s) and $rss_kb; output in $tmp/last.out / last.err.
measure() {
  local start end rc=0
  start=$(date +%s.%N)
  if [ "$have_time" = 1 ]; then
    /usr/bin/time -f '%M' -o "$tmp/rss" "${cmd[@]}" "$@" >"$tmp/last.out" 2>"$tmp/last.err" || rc=$?
  else
    "${cmd[@]}" "$@" >"$tmp/last.out" 2>"$tmp/last.err" || rc=$?
  fi
  end=$(date +%s.%N)
  if [ "$rc" -ne 0 ]; then
    echo "命令失败（退出状态 $rc）：gongkai $*" >&2
    cat "$tmp/last.out" "$tmp/last.err" >&2
    exit 1
  fi
  if grep -q '正在编译' "$tmp/last.err"; then
    echo "测量期间源代码有改动，./gongkai 重新编译了 jar，这次计时不可用。请稍后重跑，或加上 --frozen。" >&2
    exit 1
  fi
  elapsed=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')
  rss_kb=0
  if [ "$have_time" = 1 ]; then
    rss_kb=$(tail -1 "$tmp/rss")
  fi
}

median() {
  printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) printf "%.3f", a[(NR + 1) / 2]; else printf "%.3f", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

max_of() {
  printf '%s\n' "$@" | sort -g | tail -1
}

mb() {
  awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }'
}

# bench LABEL PREPARE-COMMAND -- GONGKAI-ARGS…: warm-up, then $runs measured runs; prints one summary.
# PREPARE-COMMAND runs before every run, untimed (e.g. removing the previous site so each build starts fresh).
bench() {
  local label="$1" prepare="$2"
  shift 3
  times=()
  rsses=()
  self=()
  for ((i = 0; i < warmup; i++)); do
    eval "$prepare"
    measure "$@"
  done
  for ((i = 0; i < runs; i++)); do
    eval "$prepare"
    measure "$@"
    times+=("$elapsed")
    rsses+=("$rss_kb")
    local reported
    reported=$(grep -o '用时 [0-9.]* 秒' "$tmp/last.out" | grep -o '[0-9.]*' || true)
    if [ -n "$reported" ]; then
      self+=("$reported")
    fi
  done
  pages=$(grep -o '[0-9]* 个页面' "$tmp/last.out" | grep -o '^[0-9]*' || true)
  med=$(median "${times[@]}")
  echo "$label"
  echo "  各次用时（秒，含 JVM 启动）：${times[*]}"
  echo "  中位数：$med 秒"
  if [ -n "$pages" ]; then
    echo "  页面数：$pages；按中位数计 $(awk -v p="$pages" -v t="$med" 'BEGIN { printf "%.0f", p / t }') 页/秒"
  fi
  if [ "${#self[@]}" -gt 0 ]; then
    echo "  程序自报的构建用时（不含 JVM 启动）中位数：$(median "${self[@]}") 秒"
  fi
  if [ "$have_time" = 1 ]; then
    echo "  峰值常驻内存（最大 RSS）：$(mb "$(max_of "${rsses[@]}")")"
  fi
}

# ---- 1. generated content ---------------------------------------------------------------------------------------
content="$tmp/content"
site="$tmp/site"
echo "== 合成内容：$units 个单位 × $projects 个项目，$year 年，随机种子 $seed =="
measure generate --out "$content" --units "$units" --projects "$projects" --years "$year" --seed "$seed"
echo "  生成用时：$elapsed 秒（含 JVM 启动）"
files=$(find "$content" -type f | wc -l)
size=$(du -sh "$content" | cut -f1)
echo "  文件：$files 个，共 $size"
measure validate --strict --content "$content"
echo "  validate --strict：通过，用时 $elapsed 秒"
echo

# The site goes beside the content, not inside it: a site/ folder inside content/ is not a year and fails the check.
# The PDF font is found in fonts/ beside the content folder, as in the repository.
ln -s "$root/fonts" "$tmp/fonts"
bench "== gongkai build --no-pdf（合成内容，只生成网页；$warmup 次预热 + $runs 次计时，每次新启动 JVM，每次先删除上次的网站）==" \
  'rm -rf "$site"' -- build --no-pdf --content "$content" --templates "$root/templates" --out "$site"
echo
rm -rf "$site"
measure build --content "$content" --templates "$root/templates" --out "$site"
pdfs=$(find "$site" -name '*.pdf' | wc -l)
echo "== gongkai build（合成内容，网页和 PDF，1 次）=="
echo "  用时：$elapsed 秒（含 JVM 启动）；PDF：$pdfs 个；峰值常驻内存：$((rss_kb / 1024)) MB"
grep -o '已生成网站.*' "$tmp/last.out" | sed 's/^/  /' || true
echo

# ---- 2. bundled content -----------------------------------------------------------------------------------------
echo "== 随附内容 content/：$(find "$root/content" -name '*.yaml' -path '*/projects/*' | wc -l) 个项目 =="
bench "gongkai validate（$warmup 次预热 + $runs 次计时）" ':' -- validate --content "$root/content"
bench "gongkai build（$warmup 次预热 + $runs 次计时，输出到临时文件夹）" 'rm -rf "$tmp/bundled-site"' -- \
  build --content "$root/content" --templates "$root/templates" --out "$tmp/bundled-site"
