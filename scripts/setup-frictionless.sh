#!/usr/bin/env bash
# Obtains the official Frictionless Data profiles (JSON Schemas of Data Package v1, Tabular Data Package and its
# Table Schema) into frictionless/ (ignored by git; nothing is vendored): the files src/profiles/*.json of the npm
# package `datapackage` (frictionlessdata/datapackage-js, MIT licence), the reference JavaScript implementation.
# The tests validate the site's datapackage.json against tabular-data-package.json.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$here/frictionless"
version="1.1.10"

if [ -s "$dest/tabular-data-package.json" ] && [ -s "$dest/data-package.json" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "缺少 npm，无法下载 Frictionless Data 的规范文件。请安装 Node.js 和 npm 后重试。" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "datapackage@$version" >/dev/null && tar xzf "datapackage-$version.tgz")
mkdir -p "$dest"
cp "$work/package/src/profiles/"*.json "$dest/"
cp "$work/package/LICENSE"* "$dest/" 2>/dev/null || true
echo "datapackage@$version (npm), src/profiles/" > "$dest/SOURCE"
