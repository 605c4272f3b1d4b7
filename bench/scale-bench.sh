#!/usr/bin/env bash
# Benchmark for issue 11 (a portal's scale): every figure the issue asks for, measured side by side in one run on
# generated content (400 units × 50 projects = 20,000 projects by default):
#   build      `build --no-pdf`, cold (output folder, leftover staging folders and build caches deleted first)
#   bare       a bare FreeMarker loop: the project pages rendered and written by Gongkai's own PageRenderer and
#              templates/project.ftlh from in-memory views, in a JVM of its own (src/test/java/gongkai/bench/BareRenderLoop.java)
#   hugo       Debian's hugo on the same projects as Markdown pages holding the same tables (HugoSite.java)
#   validate   `validate`
#   edit       one indicator value changed in one project file, then `build`; and the no-change `build`;
#              files of the output rewritten and changed
#   serve      `serve`: save one project file → reload event on the event stream, → page served with the new value
#              (ServeProbe.java)
#   pdf        (--pdf only) a cold `build` with PDFs: PDFs/s, CPU-s/wall, and the same output on one CPU
#   years      build, validate and edit at 3 years × 140 units × 50 projects with --continuing
#   citizens   bench/citizens-bench.sh, when it exists
# Every measurement is a whole process (fresh JVM), median of --runs runs, with wall time, CPU seconds (user+sys),
# peak RSS (/usr/bin/time) and the CPU other processes took meanwhile (/proc/stat). Ends with a summary table of
# the figures beside the issue's targets and one line starting with SCALEBENCH. Prints Chinese; see bench/README.md.
#   bench/scale-bench.sh [--units N] [--projects M] [--runs N] [--pdf] [--only build,validate,…] [--quick] [--keep]
# SC1111: the Chinese messages quote with “ ”. SC2016: the PREPARE and AFTER commands given to series are evaluated
# there, so they are written in single quotes on purpose.
# shellcheck disable=SC1111,SC2016
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# Build caches: folders that a build may keep between runs, looked for beside the output folder and beside the
# content folder and deleted before every cold build. The output folder itself and everything beside it named
# .<out>.* (the incremental build's record .<out>.cache/, leftover staging folders, the lock) are always deleted.
# Add names here, or with --cache NAME.
cache_names=(.gongkai-cache)

units=400
projects=50
year=2022
seed=42
years=2021,2022,2023
years_units=""
years_projects=""
runs=3
saves=5
threads="$(nproc)"
pdf=0
only=""
once_over=300
serve_timeout=3600
keep=0

usage() {
  cat <<'EOF'
用法：bench/scale-bench.sh [--units N] [--projects M] [--runs 次数] [--pdf] [--only 项目,…] [--quick] [--keep] [其他参数]

  --units N             合成内容的单位数（默认 400）
  --projects M          每个单位的项目数（默认 50；400 × 50 = 20000 个项目）
  --year 年度           合成内容的年度（默认 2022）
  --seed 整数           随机种子（默认 42）
  --years 年度,…        第 8 项（多个年度）的年度（默认 2021,2022,2023）
  --years-units N       第 8 项每个年度的单位数（默认 140；给了 --units 时为 --units 的 35%）
  --years-projects M    第 8 项每个单位的项目数（默认与 --projects 相同）
  --quick               快速试跑：--units 20 --projects 10（200 个项目；第 8 项 3 个年度 × 7 × 10）
  --runs 次数           每项计时的次数（默认 3），取中位数
  --saves 次数          serve 保存文件的次数（默认 5），取中位数
  --threads 个数        裸循环的线程数（默认 nproc，即 build 的并行度）
  --pdf                 测量生成 PDF 的 build（第 7 项，2 万个项目约需 8 分钟一次）；
                        同时第 5、6 项也生成 PDF（不加时第 5、6 项用 --no-pdf）
  --only 项目,…         只测这几项：build,bare,hugo,validate,edit,serve,pdf,years,citizens（pdf 隐含 --pdf）
  --once-over 秒        第一次用时超过这么多秒的测量不再重复（默认 300；0 = 总是重复）
  --serve-timeout 秒    等待 serve 首次生成的最长时间（默认 3600）
  --cache 名称          冷启动前还要删除的缓存文件夹名（在输出文件夹和内容文件夹旁边；可重复；默认 .gongkai-cache）
  --keep                保留临时文件夹（合成内容、各次生成的网站）
EOF
}

units_given=0
while [ $# -gt 0 ]; do
  case "$1" in
    --units) units="$2"; units_given=1; shift 2 ;;
    --projects) projects="$2"; shift 2 ;;
    --year) year="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --years) years="$2"; shift 2 ;;
    --years-units) years_units="$2"; shift 2 ;;
    --years-projects) years_projects="$2"; shift 2 ;;
    --quick) units=20; projects=10; units_given=1; shift ;;
    --runs) runs="$2"; shift 2 ;;
    --saves) saves="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --pdf) pdf=1; shift ;;
    --only) only="$2"; shift 2 ;;
    --once-over) once_over="$2"; shift 2 ;;
    --serve-timeout) serve_timeout="$2"; shift 2 ;;
    --cache) cache_names+=("$2"); shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "不认识的参数：$1" >&2; usage >&2; exit 2 ;;
  esac
done
if [ -z "$years_units" ]; then
  if [ "$units_given" = 1 ]; then
    years_units=$(( (units * 35 + 99) / 100 ))
  else
    years_units=140
  fi
fi
years_projects="${years_projects:-$projects}"
for n in "$units" "$projects" "$year" "$seed" "$years_units" "$years_projects" "$runs" "$saves" "$threads" "$once_over" "$serve_timeout"; do
  if ! [[ "$n" =~ ^[0-9]+$ ]]; then
    echo "参数“$n”应当是非负整数。" >&2
    exit 2
  fi
done
if [ "$runs" -lt 1 ] || [ "$saves" -lt 1 ] || [ "$threads" -lt 1 ]; then
  echo "--runs、--saves 和 --threads 至少为 1。" >&2
  exit 2
fi
all_parts=(build bare hugo validate edit serve pdf years citizens)
if [ -n "$only" ]; then
  IFS=',' read -r -a wanted <<<"$only"
  for p in "${wanted[@]}"; do
    if ! [[ " ${all_parts[*]} " == *" $p "* ]]; then
      echo "--only 中不认识的项目：$p（可用：${all_parts[*]}）" >&2
      exit 2
    fi
    if [ "$p" = pdf ]; then
      pdf=1
    fi
  done
fi
# want PART: whether PART is measured in this run.
want() {
  if [ "$1" = pdf ] && [ "$pdf" = 0 ]; then
    return 1
  fi
  [ -z "$only" ] || [[ ",$only," == *",$1,"* ]]
}
if [ ! -x /usr/bin/time ]; then
  echo "需要 GNU time（/usr/bin/time，Debian 软件包 time）来测量 CPU 时间和峰值内存。" >&2
  exit 2
fi

# PDFs carry this date (not the clock), so the same content gives the same PDF bytes.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1672531200}"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/gongkai-scale-bench.XXXXXX")"
time_pid=""
cleanup() {
  # A serve still running (the script was interrupted): stop the JVM this script started.
  if [ -n "$time_pid" ] && kill -0 "$time_pid" 2>/dev/null; then
    pkill -TERM -P "$time_pid" 2>/dev/null || true
    wait "$time_pid" 2>/dev/null || true
  fi
  if [ "$keep" = 1 ]; then
    echo "临时文件夹已保留：$tmp"
  else
    rm -rf "$tmp"
  fi
}
trap cleanup EXIT

loadavg() {
  cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo 不详
}

# ---- machine ------------------------------------------------------------------------------------------------------
echo "== 问题 11（门户规模）性能测试：bench/scale-bench.sh =="
echo "CPU 核数（nproc）：$(nproc)；CPU 型号：$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //')"
echo "内存：$(free -h | awk '/^Mem:/ { print "共 " $2 "，可用 " $7 }')"
echo "系统负载（开始时，1/5/15 分钟）：$(loadavg)"
echo "Java：$(java -version 2>&1 | head -1)"
echo "开始时间：$(date '+%Y-%m-%d %H:%M:%S')；SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH"
echo "测量项目：${only:-全部}；PDF：$([ "$pdf" = 1 ] && echo 测量（--pdf） || echo 不测（第 5、6 项用 --no-pdf）)；每项 $runs 次取中位数"
echo

# ---- a frozen copy of the code ------------------------------------------------------------------------------------
# The launcher rebuilds target/gongkai.jar when the sources are newer: let it do so now, then compile the bench
# classes and copy the jar, the classes and the templates, so that someone editing or recompiling the project during
# the run cannot change what is measured (as build-bench.sh --frozen and pdf-bench.sh do).
echo "正在准备（./gongkai 检查 jar，mvn -o test-compile）……" >&2
"$root/gongkai" --help >/dev/null
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
mkdir -p "$tmp/code/classes" "$tmp/code/test-classes"
cp "$root/target/gongkai.jar" "$tmp/code/gongkai.jar"
cp -r "$root/target/classes/." "$tmp/code/classes/"
cp -r "$root/target/test-classes/." "$tmp/code/test-classes/"
cp -r "$root/templates" "$tmp/code/templates"
templates="$tmp/code/templates"
bench_cp="$tmp/code/classes:$tmp/code/test-classes:$(cat "$tmp/classpath.txt")"
# The launcher's JVM flags (its default_opts, or GONGKAI_JAVA_OPTS when set), for Gongkai and the bench classes alike.
jvm="${GONGKAI_JAVA_OPTS:-$(sed -n 's/^default_opts="\(.*\)"$/\1/p' "$root/gongkai")}"
read -r -a jvm_flags <<<"$jvm -Dfile.encoding=UTF-8"
gk=(java "${jvm_flags[@]}" -jar "$tmp/code/gongkai.jar")
echo "运行方式：java $jvm -jar（jar 的副本，与 ./gongkai 的 JVM 参数相同）；代码：$(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- src templates pom.xml 2>/dev/null || echo '（工作区有未提交的修改）')"
# The PDF font is found in fonts/ beside the content folder, as in the repository.
if [ "$pdf" = 1 ] && [ ! -s "$root/fonts/NotoSansSC-Regular.ttf" ]; then
  "$root/scripts/setup-fonts.sh" || echo "未能获取 PDF 字体，将查找系统中已安装的中文字体。" >&2
fi
ln -s "$root/fonts" "$tmp/fonts"
echo

# ---- measuring ----------------------------------------------------------------------------------------------------
clk_tck="$(getconf CLK_TCK)"
ncpu="$(nproc)"
# Busy CPU time of the whole machine so far, in clock ticks (user nice system irq softirq steal).
busy_ticks() {
  awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat
}

# measure CMD…: runs CMD once under /usr/bin/time; sets m_wall, m_cpu (user+sys s), m_rss (KiB), m_other (CPU s that
# other processes took meanwhile). Output in $tmp/last.out and $tmp/last.err. Returns the command's exit status.
measure() {
  local start end b0 b1 rc=0 line
  b0=$(busy_ticks)
  start=$(date +%s.%N)
  /usr/bin/time -f '%U %S %M' -o "$tmp/time.txt" "$@" >"$tmp/last.out" 2>"$tmp/last.err" || rc=$?
  end=$(date +%s.%N)
  b1=$(busy_ticks)
  line=$(tail -1 "$tmp/time.txt")
  m_wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')
  m_cpu=$(awk -v l="$line" 'BEGIN { split(l, a, " "); printf "%.2f", a[1] + a[2] }')
  m_rss=$(awk -v l="$line" 'BEGIN { split(l, a, " "); print a[3] + 0 }')
  m_other=$(awk -v b0="$b0" -v b1="$b1" -v t="$clk_tck" -v c="$m_cpu" 'BEGIN { o = (b1 - b0) / t - c; printf "%.2f", o < 0 ? 0 : o }')
  return "$rc"
}

median() {
  printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) printf "%.3f", a[(NR + 1) / 2]; else printf "%.3f", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

max_of() {
  printf '%s\n' "$@" | sort -g | tail -1
}

mib() {
  awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'
}

# Results by key: W wall (median s), C CPU (median s), R peak RSS (max KiB), O other processes' CPU (% of the machine),
# N runs; X holds other figures (pages, file counts …).
declare -A W C R O N X

# series KEY PREPARE AFTER CMD…: PREPARE (untimed), CMD measured, AFTER (untimed), --runs times — or once when the
# first run took longer than --once-over seconds. Prints each run and the medians; returns 1 when CMD failed.
series() {
  # Locals are prefixed: PREPARE and AFTER are evaluated here and may use the caller's variables.
  local s_key="$1" s_prepare="$2" s_after="$3" s_i s_n="$runs" s_walls=() s_cpus=() s_rsses=() s_others=()
  shift 3
  for ((s_i = 1; s_i <= s_n; s_i++)); do
    eval "$s_prepare"
    if ! measure "$@"; then
      echo "  命令失败：$(printf '%s ' "$@" | cut -c1-300)" >&2
      tail -20 "$tmp/last.out" "$tmp/last.err" >&2
      return 1
    fi
    if grep -q '正在编译' "$tmp/last.err"; then
      echo "  测量期间重新编译了 jar，这次计时不可用。" >&2
      return 1
    fi
    s_walls+=("$m_wall")
    s_cpus+=("$m_cpu")
    s_rsses+=("$m_rss")
    s_others+=("$(awk -v o="$m_other" -v w="$m_wall" -v c="$ncpu" 'BEGIN { printf "%.0f", 100 * o / (w * c) }')")
    printf '  第 %d 次：墙钟 %s 秒，CPU %s 秒，峰值 RSS %s MiB，其他进程占用 %s%% CPU\n' "$s_i" "$m_wall" "$m_cpu" "$(mib "$m_rss")" "${s_others[-1]}"
    eval "$s_after"
    if [ "$s_i" = 1 ] && [ "$s_n" -gt 1 ] && [ "$once_over" -gt 0 ] && awk -v w="$m_wall" -v l="$once_over" 'BEGIN { exit !(w > l) }'; then
      echo "  （第一次用时超过 --once-over $once_over 秒，不再重复）"
      s_n=1
    fi
  done
  W[$s_key]=$(median "${s_walls[@]}")
  C[$s_key]=$(median "${s_cpus[@]}" | awk '{ printf "%.2f", $1 }')
  R[$s_key]=$(max_of "${s_rsses[@]}")
  O[$s_key]=$(median "${s_others[@]}" | awk '{ printf "%.0f", $1 }')
  N[$s_key]=${#s_walls[@]}
  printf '  中位数（%d 次）：墙钟 %s 秒，CPU %s 秒（CPU/墙钟 %s，%d 核），峰值 RSS %s MiB；其他进程占用 %s%% CPU\n' \
    "${N[$s_key]}" "${W[$s_key]}" "${C[$s_key]}" "$(awk -v c="${C[$s_key]}" -v w="${W[$s_key]}" 'BEGIN { printf "%.2f", c / w }')" \
    "$ncpu" "$(mib "${R[$s_key]}")" "${O[$s_key]}"
}

# clean_out OUT CONTENT: what a cold build starts without — the output folder, its leftover staging folders and lock
# (.<name>.*) and the build caches beside the output and beside the content folder.
clean_out() {
  local out="$1" parent name content_parent c
  parent="$(dirname "$out")"
  name="$(basename "$out")"
  content_parent="$(dirname "$2")"
  rm -rf "$out" "$parent/.$name".*
  for c in "${cache_names[@]}"; do
    rm -rf "${parent:?}/$c" "${content_parent:?}/$c"
  done
}

# tree_state DIR FILE: one line per file of DIR, sorted: path, inode, mtime, SHA-256.
tree_state() {
  (cd "$1" && find . -type f -printf '%P\t%i\t%T@\n' | LC_ALL=C sort -t$'\t' -k1,1) >"$tmp/state.meta"
  (cd "$1" && find . -type f -printf '%P\0' | xargs -0 -r sha256sum | awk '{ print substr($0, 67) "\t" $1 }' | LC_ALL=C sort -t$'\t' -k1,1) >"$tmp/state.hash"
  LC_ALL=C join -t$'\t' "$tmp/state.meta" "$tmp/state.hash" >"$2"
}

# compare_states BEFORE AFTER: sets d_total d_rewritten d_changed d_added d_removed and writes the paths whose content
# changed (or that were added or removed) to $tmp/changed.txt. Rewritten = a new inode or mtime, or added.
compare_states() {
  : >"$tmp/changed.txt"
  read -r d_total d_rewritten d_changed d_added d_removed < <(awk -F'\t' -v list="$tmp/changed.txt" '
    FNR == NR { ino[$1] = $2; mt[$1] = $3; h[$1] = $4; before++; next }
    {
      total++
      if (!($1 in ino)) { added++; rew++; print "新增 " $1 > list; next }
      seen[$1] = 1
      if (ino[$1] != $2 || mt[$1] != $3) rew++
      if (h[$1] != $4) { changed++; print "改变 " $1 > list }
    }
    END {
      for (p in ino) if (!(p in seen)) { removed++; print "删除 " p > list }
      printf "%d %d %d %d %d\n", total, rew, changed, added, removed
    }' "$1" "$2")
}

# first_project CONTENT: the first project file of the last year's first unit.
first_project() {
  local y u
  y=$(find "$1" -mindepth 1 -maxdepth 1 -type d -name '[0-9][0-9][0-9][0-9]' | LC_ALL=C sort | tail -1)
  u=$(find "$y" -mindepth 1 -maxdepth 1 -type d | LC_ALL=C sort | head -1)
  find "$u/projects" -name '*.yaml' | LC_ALL=C sort | head -1
}

# set_value FILE ORIGINAL VALUE: FILE becomes ORIGINAL with its first indicator's 指标值 replaced, written in place.
set_value() {
  awk -v v="$3" '!done && /^[ \t]+value:/ { match($0, /^[ \t]+/); print substr($0, 1, RLENGTH) "value: " v; done = 1; next } { print }' \
    "$2" >"$tmp/edited.yaml"
  cat "$tmp/edited.yaml" >"$1"
}

# ---- content ------------------------------------------------------------------------------------------------------
content="$tmp/content"
total=$((units * projects))
ytotal=$((years_units * years_projects))
nyears=$(awk -F, '{ print NF }' <<<"$years")
need_main=0
for p in build bare hugo validate edit serve pdf; do
  if want "$p"; then need_main=1; fi
done
if [ "$need_main" = 1 ]; then
  echo "== 合成内容：$units 个单位 × $projects 个项目 = $total 个项目，$year 年，随机种子 $seed =="
  measure "${gk[@]}" generate --out "$content" --units "$units" --projects "$projects" --years "$year" --seed "$seed" \
    || { cat "$tmp/last.out" "$tmp/last.err" >&2; exit 1; }
  echo "  生成用时 $m_wall 秒；$(find "$content" -type f | wc -l) 个文件，共 $(du -sh "$content" | cut -f1)"
  echo
fi

# ---- 1. build --no-pdf, cold ---------------------------------------------------------------------------------------
site_nopdf="$tmp/nopdf/site"
mkdir -p "$tmp/nopdf"
if want build; then
  echo "== 1. build --no-pdf，冷启动（每次先删除网站文件夹、旁边的 .site.*（含增量生成的记录 .site.cache）和缓存文件夹 ${cache_names[*]}）=="
  if series build 'clean_out "$site_nopdf" "$content"' ':' \
      "${gk[@]}" build --no-pdf --content "$content" --templates "$templates" --out "$site_nopdf"; then
    X[build.pages]=$(grep -o '（[0-9]* 个页面' "$tmp/last.out" | grep -o '[0-9]*' || echo "?")
    X[build.files]=$(find "$site_nopdf" -type f | wc -l)
    echo "  $(grep -o '已生成网站.*' "$tmp/last.out" || true)"
    echo "  其中项目页 $(find "$site_nopdf" -path '*/projects/*.html' | wc -l) 个；输出 ${X[build.files]} 个文件，$(du -sh "$site_nopdf" | cut -f1)"
  fi
  echo
fi

# ---- 2. bare FreeMarker loop ---------------------------------------------------------------------------------------
bare_out="$tmp/bare/out"
mkdir -p "$tmp/bare"
if want bare; then
  echo "== 2. 裸 FreeMarker 循环（新 JVM；Gongkai.check 读入内容，ViewBuilder 生成项目页视图，PageRenderer 和 project.ftlh 渲染，$threads 个线程写入）=="
  loops=()
  if series bare 'rm -rf "$bare_out"; mkdir -p "$bare_out"' 'loops+=("$(sed -n "s/.*loop_s=\([0-9.]*\).*/\1/p" "$tmp/last.out")")' \
      java "${jvm_flags[@]}" -cp "$bench_cp" gongkai.bench.BareRenderLoop --content "$content" --templates "$templates" \
      --out "$bare_out" --threads "$threads"; then
    X[bare.loop]=$(median "${loops[@]}")
    X[bare.pages]=$(sed -n 's/.*BARELOOP pages=\([0-9]*\).*/\1/p' "$tmp/last.out")
    grep -v '^BARELOOP' "$tmp/last.out" || true
    echo "  只计渲染+写入循环（进程内计时）中位数：${X[bare.loop]} 秒；各次：${loops[*]}"
    if [ -d "$site_nopdf" ]; then
      (cd "$bare_out" && find . -type f -print0 | xargs -0 -r sha256sum | LC_ALL=C sort -k2) >"$tmp/bare.sha"
      (cd "$site_nopdf" && find . -path '*/projects/*.html' -print0 | xargs -0 -r sha256sum | LC_ALL=C sort -k2) >"$tmp/build-projects.sha"
      if cmp -s "$tmp/bare.sha" "$tmp/build-projects.sha"; then
        echo "  核对：裸循环写出的 ${X[bare.pages]} 个项目页与 build --no-pdf 的项目页逐字节相同。"
      else
        echo "  核对：裸循环写出的项目页与 build --no-pdf 的不同（$(diff "$tmp/bare.sha" "$tmp/build-projects.sha" | grep -c '^[<>]') 行不同），比较时请注意。"
      fi
    fi
  fi
  echo
fi

# ---- 3. Hugo -------------------------------------------------------------------------------------------------------
if want hugo; then
  echo "== 3. Hugo：同样的 $total 个项目，每个项目一个 Markdown 页面（同样的表格），另有年度和单位的列表页 =="
  if ! command -v hugo >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "  没有 hugo，正在安装（apt-get install hugo）……"
      { apt-get update -qq && apt-get install -y -qq hugo; } >"$tmp/apt.log" 2>&1 || tail -5 "$tmp/apt.log" >&2
    fi
  fi
  if command -v hugo >/dev/null; then
    echo "  $(hugo version | head -1)"
    hugo_src="$tmp/hugo/src"
    if ! java "${jvm_flags[@]}" -cp "$bench_cp" gongkai.bench.HugoSite "$content" "$hugo_src" >"$tmp/hugosite.out" 2>&1; then
      cat "$tmp/hugosite.out" >&2
      echo "  无法生成 Hugo 网站的 Markdown。" >&2
    fi
    echo "  Markdown：$(find "$hugo_src/content" -name '*.md' | wc -l) 个文件，$(du -sh "$hugo_src/content" | cut -f1)（由 bench 的 HugoSite 从同一份 YAML 生成，不计时）"
    if series hugo 'rm -rf "$tmp/hugo/public" "$tmp/hugo/cache" "$hugo_src/resources" "$hugo_src/.hugo_build.lock"' ':' \
        hugo --source "$hugo_src" --destination "$tmp/hugo/public" --cacheDir "$tmp/hugo/cache" --quiet; then
      X[hugo.pages]=$(find "$tmp/hugo/public" -name '*.html' | wc -l)
      echo "  Hugo 写出 ${X[hugo.pages]} 个 HTML 页面（$(find "$tmp/hugo/public" -type f | wc -l) 个文件，$(du -sh "$tmp/hugo/public" | cut -f1)）"
    fi
  else
    echo "  没有 hugo，也无法安装（需要 root 和 apt-get），跳过。"
  fi
  echo
fi

# ---- 4. validate ---------------------------------------------------------------------------------------------------
if want validate; then
  echo "== 4. validate（整个进程）=="
  series validate ':' ':' "${gk[@]}" validate --content "$content" && echo "  $(cat "$tmp/last.out" "$tmp/last.err" | grep -v '^ *$' | tail -1)"
  echo
fi

# edit_bench KEY CONTENT OUT: part 5 on CONTENT with the site in OUT (built first, untimed, when it does not exist):
# --runs times, change the first 指标值 of one project file and build; then --runs times the no-change build.
edit_bench() {
  local key="$1" c="$2" out="$3" file rel page flags=()
  if [ "$pdf" = 0 ]; then
    flags=(--no-pdf)
  fi
  file="$(first_project "$c")"
  rel="${file#"$c"/}"
  page="${rel%.yaml}.html"
  cp "$file" "$tmp/edit-original.yaml"
  echo "  修改的文件：content/$rel（第一项指标的指标值）；对应页面 $page"
  if [ ! -d "$out" ]; then
    mkdir -p "$(dirname "$out")"
    clean_out "$out" "$c"
    if ! measure "${gk[@]}" build "${flags[@]}" --content "$c" --templates "$templates" --out "$out"; then
      cat "$tmp/last.out" "$tmp/last.err" >&2
      return 1
    fi
    echo "  先完整生成一次作为起点（不计入）：$m_wall 秒"
  else
    echo "  起点：上一项已生成的网站（不删除，也不删除缓存）"
  fi
  # shellcheck disable=SC2034 # run is counted in the PREPARE command that series evaluates
  local run=0 status=0
  series "$key.edit" \
    'run=$((run + 1)); set_value "$file" "$tmp/edit-original.yaml" "≥$((60 + run % 40)).25%"; tree_state "$out" "$tmp/before.state"' \
    'tree_state "$out" "$tmp/after.state"; compare_states "$tmp/before.state" "$tmp/after.state"; report_changes "$key.edit"' \
    "${gk[@]}" build "${flags[@]}" --content "$c" --templates "$templates" --out "$out" || status=1
  if [ "$status" = 0 ] && ! grep -q "$page" "$tmp/changed.txt"; then
    echo "  注意：修改后项目页 $page 的内容没有变化。"
  fi
  echo "  不做修改再 build（输出文件夹中已是修改后的网站）："
  series "$key.same" 'tree_state "$out" "$tmp/before.state"' \
    'tree_state "$out" "$tmp/after.state"; compare_states "$tmp/before.state" "$tmp/after.state"; report_changes "$key.same"' \
    "${gk[@]}" build "${flags[@]}" --content "$c" --templates "$templates" --out "$out" || status=1
  cat "$tmp/edit-original.yaml" >"$file"
  return "$status"
}

# report_changes KEY: prints the counts from compare_states and keeps the last run's in X.
report_changes() {
  X[$1.total]=$d_total
  X[$1.rewritten]=$d_rewritten
  X[$1.changed]=$d_changed
  X[$1.added]=$d_added
  X[$1.removed]=$d_removed
  echo "    输出 $d_total 个文件：重写 $d_rewritten 个（inode 或修改时间变了，含新增），内容变了 $d_changed 个，新增 $d_added 个，删除 $d_removed 个"
  if [ -s "$tmp/changed.txt" ]; then
    echo "    内容变了的文件（最多 8 个）：$(head -8 "$tmp/changed.txt" | tr '\n' ' ')$([ "$(wc -l <"$tmp/changed.txt")" -gt 8 ] && echo '…')"
  fi
}

# ---- 7. build with PDFs, cold (before 5, which then starts from its site) ------------------------------------------
site_pdf="$tmp/pdf/site"
if want pdf; then
  mkdir -p "$tmp/pdf" "$tmp/pdf1"
  echo "== 7. build（生成 PDF），冷启动；SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH =="
  if series pdf 'clean_out "$site_pdf" "$content"' ':' "${gk[@]}" build --content "$content" --templates "$templates" --out "$site_pdf"; then
    X[pdf.pdfs]=$(find "$site_pdf" -name '*.pdf' | wc -l)
    X[pdf.rate]=$(awk -v n="${X[pdf.pdfs]}" -v w="${W[pdf]}" 'BEGIN { printf "%.1f", n / w }')
    X[pdf.use]=$(awk -v c="${C[pdf]}" -v w="${W[pdf]}" -v n="$ncpu" 'BEGIN { printf "%.2f", c / w }')
    echo "  $(grep -o '已生成网站.*' "$tmp/last.out" || true)"
    echo "  ${X[pdf.pdfs]} 个 PDF，按墙钟中位数计 ${X[pdf.rate]} 个 PDF/秒；CPU/墙钟 = ${X[pdf.use]}（$ncpu 核全用时为 $ncpu）"
    echo "  同样的内容只用一个 CPU 再生成一次（taskset -c 0，-Djava.util.concurrent.ForkJoinPool.common.parallelism=1），比较每个文件："
    one_cpu=()
    if command -v taskset >/dev/null; then
      one_cpu=(taskset -c 0)
    fi
    clean_out "$tmp/pdf1/site" "$content"
    if measure "${one_cpu[@]}" java "${jvm_flags[@]}" -Djava.util.concurrent.ForkJoinPool.common.parallelism=1 -jar "$tmp/code/gongkai.jar" \
        build --content "$content" --templates "$templates" --out "$tmp/pdf1/site"; then
      W[pdf1]=$m_wall
      C[pdf1]=$m_cpu
      R[pdf1]=$m_rss
      echo "    一个 CPU：墙钟 $m_wall 秒，CPU $m_cpu 秒，峰值 RSS $(mib "$m_rss") MiB"
      tree_state "$site_pdf" "$tmp/pdf-n.state"
      tree_state "$tmp/pdf1/site" "$tmp/pdf-1.state"
      compare_states "$tmp/pdf-n.state" "$tmp/pdf-1.state"
      X[pdf.diff]=$((d_changed + d_added + d_removed))
      if [ "${X[pdf.diff]}" = 0 ]; then
        echo "    两次输出的 $d_total 个文件逐字节相同。"
      else
        echo "    两次输出有 ${X[pdf.diff]} 个文件不同（内容不同 $d_changed 个，只在一个 CPU 的输出中 $d_added 个，只在多核的输出中 $d_removed 个），例如：$(head -5 "$tmp/changed.txt" | tr '\n' ' ')"
      fi
    else
      echo "    一个 CPU 的生成失败：$(tail -3 "$tmp/last.err")"
    fi
  fi
  echo
fi

# ---- 5. edit one project, build; no-change build -------------------------------------------------------------------
if want edit; then
  if [ "$pdf" = 1 ]; then
    echo "== 5. 修改一个项目文件后 build（生成 PDF），以及不做修改再 build =="
    edit_out="$site_pdf"
  else
    echo "== 5. 修改一个项目文件后 build --no-pdf，以及不做修改再 build --no-pdf（没有 --pdf：不生成 PDF）=="
    edit_out="$tmp/edit/site"
  fi
  edit_bench main "$content" "$edit_out" || true
  echo
fi

# ---- 6. serve ------------------------------------------------------------------------------------------------------
if want serve; then
  serve_flags=()
  if [ "$pdf" = 0 ]; then
    serve_flags=(--no-pdf)
  fi
  echo "== 6. serve${serve_flags[*]:+ ${serve_flags[*]}}：保存一个项目文件 → 事件流收到 reload（$saves 次取中位数）=="
  mkdir -p "$tmp/serve"
  file="$(first_project "$content")"
  rel="${file#"$content"/}"
  b0=$(busy_ticks)
  start=$(date +%s.%N)
  /usr/bin/time -f '%U %S %M' -o "$tmp/serve.time" "${gk[@]}" serve "${serve_flags[@]}" --content "$content" --templates "$templates" \
    --out "$tmp/serve/preview" --port 0 >"$tmp/serve.out" 2>"$tmp/serve.err" &
  time_pid=$!
  url=""
  while kill -0 "$time_pid" 2>/dev/null; do
    url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$tmp/serve.out" | head -1 || true)
    if [ -n "$url" ]; then
      break
    fi
    if awk -v s="$start" -v n="$(date +%s.%N)" -v l="$serve_timeout" 'BEGIN { exit !(n - s > l) }'; then
      break
    fi
    sleep 0.05
  done
  if [ -n "$url" ]; then
    X[serve.first]=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
    echo "  首次生成并开始提供预览（含 JVM 启动）：${X[serve.first]} 秒；$(grep -o '首次生成：.*' "$tmp/serve.out" | head -1)"
    echo "  修改的文件：content/$rel；检查的页面：${rel%.yaml}.html"
    if java "${jvm_flags[@]}" -cp "$bench_cp" gongkai.bench.ServeProbe --url "$url" --file "$file" --page "${rel%.yaml}.html" \
        --saves "$saves" >"$tmp/probe.out" 2>&1; then
      :
    fi
    grep -v '^SERVEPROBE' "$tmp/probe.out" || true
    X[serve.reload]=$(sed -n 's/.*reload_median_ms=\([0-9.Na]*\).*/\1/p' "$tmp/probe.out")
    X[serve.page]=$(sed -n 's/.*page_median_ms=\([0-9.Na]*\).*/\1/p' "$tmp/probe.out")
    echo "  中位数：保存 → reload ${X[serve.reload]:-?} 毫秒；保存 → 页面显示新值 ${X[serve.page]:-?} 毫秒"
    echo "  serve 每次重新生成（终端输出）：$(grep -c '修改了' "$tmp/serve.out" || true) 次，例如：$(grep '修改了' "$tmp/serve.out" | head -1)"
  else
    echo "  serve 没有开始提供预览（${serve_timeout} 秒内）：$(tail -3 "$tmp/serve.err" "$tmp/serve.out")"
  fi
  # Stop the serve JVM (the child of /usr/bin/time, which ignores SIGINT) as Ctrl+C would: its shutdown hook runs.
  java_pid=$(pgrep -P "$time_pid" || true)
  if [ -n "$java_pid" ]; then
    kill -TERM "$java_pid" 2>/dev/null || true
  fi
  wait "$time_pid" 2>/dev/null || true
  time_pid=""
  end=$(date +%s.%N)
  b1=$(busy_ticks)
  line=$(tail -1 "$tmp/serve.time")
  R[serve]=$(awk -v l="$line" 'BEGIN { split(l, a, " "); print a[3] + 0 }')
  C[serve]=$(awk -v l="$line" 'BEGIN { split(l, a, " "); printf "%.2f", a[1] + a[2] }')
  W[serve]=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')
  O[serve]=$(awk -v b0="$b0" -v b1="$b1" -v t="$clk_tck" -v c="${C[serve]}" -v w="${W[serve]}" -v n="$ncpu" \
    'BEGIN { o = (b1 - b0) / t - c; if (o < 0) o = 0; printf "%.0f", 100 * o / (w * n) }')
  echo "  serve 进程：运行 ${W[serve]} 秒，CPU ${C[serve]} 秒，峰值 RSS $(mib "${R[serve]}") MiB；其他进程占用 ${O[serve]}% CPU"
  echo
fi

# ---- 8. three years with continuing projects ------------------------------------------------------------------------
if want years; then
  ycontent="$tmp/years/content"
  echo "== 8. 多个年度：$years 每年 $years_units 个单位 × $years_projects 个项目 = $ytotal 个项目（--continuing，共 $((ytotal * nyears)) 个）=="
  mkdir -p "$tmp/years"
  ln -s "$root/fonts" "$tmp/years/fonts"
  if measure "${gk[@]}" generate --out "$ycontent" --units "$years_units" --projects "$years_projects" --years "$years" --continuing --seed "$seed"; then
    echo "  生成用时 $m_wall 秒；$(find "$ycontent" -type f | wc -l) 个文件"
    echo "  -- build --no-pdf，冷启动"
    if series years.build 'clean_out "$tmp/years/site" "$ycontent"' ':' \
        "${gk[@]}" build --no-pdf --content "$ycontent" --templates "$templates" --out "$tmp/years/site"; then
      echo "  $(grep -o '已生成网站.*' "$tmp/last.out" || true)"
    fi
    echo "  -- validate"
    series years.validate ':' ':' "${gk[@]}" validate --content "$ycontent" || true
    echo "  -- 修改一个项目文件后 build$([ "$pdf" = 0 ] && echo ' --no-pdf')，以及不做修改再 build"
    edit_bench years "$ycontent" "$tmp/years/edit-site" || true
  else
    cat "$tmp/last.out" "$tmp/last.err" >&2
  fi
  echo
fi

# ---- 9. citizens' figures -------------------------------------------------------------------------------------------
if want citizens; then
  echo "== 9. 公众使用的数字（最大 HTML 页面、年度页和搜索页在 390 px 宽的无头 Chromium 中的 DOMContentLoaded）=="
  if [ -x "$root/bench/citizens-bench.sh" ]; then
    echo "  运行 bench/citizens-bench.sh --units $units --projects $projects ……"
    "$root/bench/citizens-bench.sh" --units "$units" --projects "$projects" 2>&1 | tee "$tmp/citizens.out" | sed 's/^/  /' || true
  else
    echo "  没有 bench/citizens-bench.sh（另一位工程师正在编写），跳过。"
  fi
  echo
fi

# ---- summary --------------------------------------------------------------------------------------------------------
# verdict VALUE OP TARGET: 达到 / 未达到 / — (no value).
verdict() {
  if [ -z "$1" ] || [ "$1" = "?" ] || [ "$1" = nan ] || [ "$1" = NaN ]; then
    echo "—"
  elif awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN { exit !((op == "<" && v < t) || (op == "<=" && v <= t) || (op == ">=" && v >= t) || (op == "==" && v == t)) }'; then
    echo "达到"
  else
    echo "未达到"
  fi
}
ratio() {
  if [ -n "${1:-}" ] && [ -n "${2:-}" ]; then
    awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
  fi
}
row() {
  printf '| %s | %s | %s | %s |\n' "$1" "${2:-—}" "$3" "$4"
}
secs() { # seconds with unit, or empty
  if [ -n "${1:-}" ]; then printf '%s 秒' "$1"; fi
}
rss_row() {
  if [ -n "${R[$1]:-}" ]; then
    row "峰值 RSS：$2" "$(mib "${R[$1]}") MiB" "< 512 MiB" "$(verdict "$(mib "${R[$1]}")" '<' 512)"
  fi
}
pdf_label=$([ "$pdf" = 1 ] && echo "build" || echo "build --no-pdf")

echo "== 汇总：$total 个项目（$units × $projects），$(nproc) 核，系统负载（结束时）$(loadavg) =="
echo
row "项目" "测得" "目标" "结论"
row "---" "---" "---" "---"
if [ -n "${W[build]:-}" ]; then
  row "1. build --no-pdf 冷启动（${X[build.pages]:-?} 个页面）" "$(secs "${W[build]}")，CPU ${C[build]} 秒" "" ""
fi
if [ -n "${W[bare]:-}" ]; then
  row "2. 裸循环（${X[bare.pages]:-?} 个项目页，$threads 线程）：整个进程 / 只计渲染+写入" "$(secs "${W[bare]}") / $(secs "${X[bare.loop]}")" "" ""
fi
if [ -n "${W[build]:-}" ] && [ -n "${W[bare]:-}" ]; then
  r1=$(ratio "${W[build]}" "${W[bare]}")
  r2=$(ratio "${W[build]}" "${X[bare.loop]}")
  row "build ÷ 裸循环（整个进程对整个进程）" "$r1" "≤ 1.5" "$(verdict "$r1" '<=' 1.5)"
  row "build ÷ 裸循环（只计渲染+写入循环）" "$r2" "≤ 1.5" "$(verdict "$r2" '<=' 1.5)"
fi
if [ -n "${W[hugo]:-}" ]; then
  row "3. Hugo（${X[hugo.pages]:-?} 个页面）" "$(secs "${W[hugo]}")，CPU ${C[hugo]} 秒，RSS $(mib "${R[hugo]}") MiB" "" ""
  if [ -n "${W[build]:-}" ]; then
    r3=$(ratio "${W[hugo]}" "${W[build]}")
    row "Hugo ÷ build --no-pdf（快几倍）" "$r3" "≥ 2" "$(verdict "$r3" '>=' 2)"
  fi
fi
rss_row build "build --no-pdf"
rss_row bare "裸循环"
if [ -n "${W[validate]:-}" ]; then
  row "4. validate" "$(secs "${W[validate]}")" "< 4 秒" "$(verdict "${W[validate]}" '<' 4)"
fi
rss_row validate "validate"
if [ -n "${W[main.edit]:-}" ]; then
  row "5. 修改一个项目后 $pdf_label" "$(secs "${W[main.edit]}")" "< 2 秒" "$(verdict "${W[main.edit]}" '<' 2)"
  row "   重写的文件 / 内容变了的文件（共 ${X[main.edit.total]} 个）" "${X[main.edit.rewritten]} / ${X[main.edit.changed]}" "" ""
fi
if [ -n "${W[main.same]:-}" ]; then
  row "5. 不做修改再 $pdf_label" "$(secs "${W[main.same]}")" "< 2 秒" "$(verdict "${W[main.same]}" '<' 2)"
  row "   不做修改时重写的文件" "${X[main.same.rewritten]} 个（共 ${X[main.same.total]} 个）" "0" "$(verdict "${X[main.same.rewritten]}" '==' 0)"
fi
rss_row main.edit "修改后 $pdf_label"
if [ -n "${X[serve.first]:-}" ]; then
  row "6. serve$([ "$pdf" = 0 ] && echo ' --no-pdf')：首次生成（含 JVM 启动）" "$(secs "${X[serve.first]}")" "" ""
  row "6. serve：保存 → reload（$saves 次中位数）" "${X[serve.reload]:-?} 毫秒" "< 1000 毫秒" "$(verdict "${X[serve.reload]:-}" '<' 1000)"
  row "6. serve：保存 → 页面显示新值" "${X[serve.page]:-?} 毫秒" "" ""
fi
rss_row serve "serve"
if [ -n "${W[pdf]:-}" ]; then
  row "7. build（生成 PDF）冷启动" "$(secs "${W[pdf]}")，${X[pdf.pdfs]} 个 PDF，${X[pdf.rate]} 个/秒" "" ""
  row "7. CPU 秒 ÷ 墙钟秒（用满 $ncpu 核为 $ncpu）" "${X[pdf.use]}" "" ""
  if [ -n "${X[pdf.diff]:-}" ]; then
    row "7. 一个 CPU 生成的输出与多核的相同" "$([ "${X[pdf.diff]}" = 0 ] && echo 相同 || echo "${X[pdf.diff]} 个文件不同")" "相同" \
      "$([ "${X[pdf.diff]}" = 0 ] && echo 达到 || echo 未达到)"
  fi
fi
rss_row pdf "build（生成 PDF）"
if [ -n "${W[years.build]:-}" ]; then
  row "8. $nyears 个年度 × $ytotal 个项目：build --no-pdf 冷启动" "$(secs "${W[years.build]}")" "" ""
fi
if [ -n "${W[years.validate]:-}" ]; then
  row "8. $nyears 个年度：validate" "$(secs "${W[years.validate]}")" "< 4 秒" "$(verdict "${W[years.validate]}" '<' 4)"
fi
if [ -n "${W[years.edit]:-}" ]; then
  row "8. $nyears 个年度：修改后 $pdf_label" "$(secs "${W[years.edit]}")" "< 2 秒" "$(verdict "${W[years.edit]}" '<' 2)"
fi
if [ -n "${W[years.same]:-}" ]; then
  row "8. $nyears 个年度：不做修改再 $pdf_label（重写 ${X[years.same.rewritten]} 个文件）" "$(secs "${W[years.same]}")" "< 2 秒，不重写" \
    "$( [ "$(verdict "${W[years.same]}" '<' 2)" = 达到 ] && [ "${X[years.same.rewritten]}" = 0 ] && echo 达到 || echo 未达到)"
fi
rss_row years.build "$nyears 个年度 build --no-pdf"
if want citizens; then
  row "9. 公众使用的数字" "$([ -s "$tmp/citizens.out" ] && echo '见上方 citizens-bench.sh 的输出' || echo '没有测（没有 citizens-bench.sh）')" "" ""
fi
echo
if [ "$pdf" = 0 ] && { want edit || want serve; }; then
  echo "注意：没有加 --pdf，第 5、6、8 项的 build 和 serve 不生成 PDF；问题 11 的目标针对生成 PDF 的 build。"
fi
echo "各项时间都是整个进程的墙钟时间（含 JVM 启动），“其他进程占用”超过 20% 时结果偏慢，请在机器空闲时重跑。"
echo
kv() {
  if [ -n "${2:-}" ]; then printf ' %s=%s' "$1" "$2"; fi
}
{
  printf 'SCALEBENCH nproc=%s projects=%s units=%s per_unit=%s runs=%s pdf=%s' "$ncpu" "$total" "$units" "$projects" "$runs" "$pdf"
  kv build_s "${W[build]:-}"; kv build_cpu_s "${C[build]:-}"; kv build_rss_mib "$( [ -n "${R[build]:-}" ] && mib "${R[build]}")"
  kv bare_s "${W[bare]:-}"; kv bare_loop_s "${X[bare.loop]:-}"
  kv hugo_s "${W[hugo]:-}"
  kv validate_s "${W[validate]:-}"
  kv edit_s "${W[main.edit]:-}"; kv edit_rewritten "${X[main.edit.rewritten]:-}"; kv edit_changed "${X[main.edit.changed]:-}"
  kv nochange_s "${W[main.same]:-}"; kv nochange_rewritten "${X[main.same.rewritten]:-}"
  kv serve_first_s "${X[serve.first]:-}"; kv serve_reload_ms "${X[serve.reload]:-}"; kv serve_page_ms "${X[serve.page]:-}"
  kv serve_rss_mib "$( [ -n "${R[serve]:-}" ] && mib "${R[serve]}")"
  kv pdf_s "${W[pdf]:-}"; kv pdfs "${X[pdf.pdfs]:-}"; kv pdfs_per_s "${X[pdf.rate]:-}"; kv pdf_cpu_per_wall "${X[pdf.use]:-}"
  kv pdf_one_cpu_diff "${X[pdf.diff]:-}"
  kv years_build_s "${W[years.build]:-}"; kv years_validate_s "${W[years.validate]:-}"; kv years_edit_s "${W[years.edit]:-}"
  kv years_nochange_s "${W[years.same]:-}"
  printf '\n'
}
