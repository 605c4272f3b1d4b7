#!/usr/bin/env bash
# Obtains the default PDF font into fonts/ (ignored by git; no font file is committed):
# the static Noto Sans SC TrueType instances (SIL Open Font License) from the npm package
# @expo-google-fonts/noto-sans-sc, weights 400 and 700.
#
# The stock font maps both the CJK/Kangxi radicals (U+2E80–U+2FDF) and the unified ideographs to the same
# glyphs (一 and ⼀ share one glyph). PDFBox writes the lowest code point of a glyph into the PDF's ToUnicode
# map, so copied or searched text would come out as radicals. The copy made here has those radical code
# points removed from its cmap, once, so every PDF extracts to exactly the source text at no cost per PDF.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$here/fonts"
version="0.4.3"
regular="$dest/NotoSansSC-Regular.ttf"
bold="$dest/NotoSansSC-Bold.ttf"

if [ -s "$regular" ] && [ -s "$bold" ]; then
  exit 0
fi

say() { echo "$*" >&2; }

# Debian's python3-fonttools lives in the system Python, which may not be the first python3 on PATH.
python=""
for candidate in /usr/bin/python3 python3; do
  if "$candidate" -c "import fontTools" >/dev/null 2>&1; then python="$candidate"; break; fi
done
if [ -z "$python" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    say "正在安装 python3-fonttools（处理 PDF 字体需要）……"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-fonttools) >/dev/null
    python=/usr/bin/python3
  else
    say "缺少 Python 的 fontTools。请先安装：sudo apt-get install python3-fonttools（或 pip install fonttools），再重试。"
    exit 1
  fi
fi
if ! command -v npm >/dev/null 2>&1; then
  say "缺少 npm，无法下载默认的 PDF 字体。请安装 Node.js 和 npm，或在 content/site.yaml 中用 pdf_fonts 指定本机已有的中文 TrueType 字体。"
  exit 1
fi

say "正在获取 PDF 字体 Noto Sans SC（约 57 MB，只需一次）……"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "@expo-google-fonts/noto-sans-sc@$version" >/dev/null && tar xzf ./*.tgz)
mkdir -p "$dest"

"$python" - "$tmp/package/400Regular/NotoSansSC_400Regular.ttf" "$regular.tmp" \
          "$tmp/package/700Bold/NotoSansSC_700Bold.ttf" "$bold.tmp" <<'PY'
import sys
from fontTools.ttLib import TTFont

RADICALS = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals
args = sys.argv[1:]
for src, dst in zip(args[0::2], args[1::2]):
    font = TTFont(src)
    if "glyf" not in font:
        sys.exit(f"{src}: no TrueType outlines")
    for table in font["cmap"].tables:
        if table.isUnicode():
            for cp in RADICALS:
                table.cmap.pop(cp, None)
    font.save(dst)
PY
mv "$regular.tmp" "$regular"
mv "$bold.tmp" "$bold"
cp "$tmp/package/LICENSE"* "$dest/" 2>/dev/null || true
say "PDF 字体已就绪：$dest"
