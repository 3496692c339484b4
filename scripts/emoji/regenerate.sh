#!/usr/bin/env bash
# Regenerates Gloss's emoji images and index from the npm package emoji-datasource-google
# (emoji data: MIT, Cal Henderson; images: Noto Emoji, Apache 2.0, Google). The build never runs
# this: its output is committed, so a fresh clone builds with Maven alone. Needs node and npm.
#
#   scripts/emoji/regenerate.sh [VERSION]     (default 16.0.0)
#
# Writes into modules/threads/src/main/resources/dev/gloss/threads/emoji/:
#   sheet-32.png   every emoji at 32x32 px in a 1 px transparent frame (cell 34 px), the
#                  256-colour sheet of the package (img/google/sheets-256/32.png)
#   emoji.tsv      one emoji a line, see the header line that generate-index.mjs writes
#   LICENSE.txt    the licences of both
set -euo pipefail
version="${1:-16.0.0}"
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/modules/threads/src/main/resources/dev/gloss/threads/emoji"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "emoji-datasource-google@$version" >/dev/null && tar xzf ./*.tgz)
pkg="$work/package"
mkdir -p "$out"
cp "$pkg/img/google/sheets-256/32.png" "$out/sheet-32.png"
node "$here/generate-index.mjs" "$pkg/emoji.json" "$version" > "$out/emoji.tsv"
{
    cat "$here/LICENSE-header.txt"
    echo
    echo "==== emoji data (emoji.json of emoji-datasource $version), MIT ===="
    echo
    cat "$pkg/LICENSE"
    echo
    echo "==== Noto Emoji images, Apache License 2.0 ===="
    echo
    cat "$here/Apache-2.0.txt"
} > "$out/LICENSE.txt"
echo "wrote $out"
