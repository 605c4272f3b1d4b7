#!/usr/bin/env bash
# Runs every test. Installs first what the tests need on a fresh Debian machine:
#   python3-fonttools     to prepare the default PDF font (scripts/setup-fonts.sh)
#   fonts-noto-cjk        a CFF-based font, to test that such fonts are refused; the CJK font of the screenshots
#   fonts-droid-fallback  a font without digits or Latin letters, to test the missing-glyph check
#   chromium, chromium-driver  headless Chromium and its WebDriver, for the accessibility tests in a real browser
#                         (axe-core, reflow, keyboard, read aloud, print; src/test/java/gongkai/browser); the
#                         tests fail, never skip, when either is missing
# Under CI=true anything missing that cannot be installed is a failure, never a skip.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

packages=(python3-fonttools fonts-noto-cjk fonts-droid-fallback chromium chromium-driver)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "安装测试所需的软件包：${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "测试需要以下软件包，请先安装：sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

scripts/setup-fonts.sh
scripts/setup-frictionless.sh

mvn -B -Dstyle.color=never verify
