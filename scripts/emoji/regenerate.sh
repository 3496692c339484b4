#!/usr/bin/env bash
# Regenerates Gloss's emoji images and index from the npm package emoji-datasource-twitter
# (emoji data: MIT, Cal Henderson; images: Twemoji, CC-BY 4.0, Twitter, Inc and other
# contributors). The build never runs this: its output is committed, so a fresh clone builds with
# Maven alone. Needs node and npm. Twemoji rather than Noto: Noto draws the family sequences as
# grey tiles that read as a missing glyph at text size; Twemoji's are coloured.
#
#   scripts/emoji/regenerate.sh [VERSION]     (default 16.0.0)
#
# Writes into modules/threads/src/main/resources/dev/gloss/threads/emoji/:
#   sheet-32.png   every emoji at 32x32 px in a 1 px transparent frame (cell 34 px), the
#                  256-colour sheet of the package (img/twitter/sheets-256/32.png; the package's
#                  sheets hold Twemoji only, no other vendor's fallbacks)
#   emoji.tsv      one emoji a line, see the header line that generate-index.mjs writes
#   LICENSE.txt    the licences of both
set -euo pipefail
version="${1:-16.0.0}"
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/modules/threads/src/main/resources/dev/gloss/threads/emoji"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "emoji-datasource-twitter@$version" >/dev/null && tar xzf ./*.tgz)
pkg="$work/package"
mkdir -p "$out"
cp "$pkg/img/twitter/sheets-256/32.png" "$out/sheet-32.png"
node "$here/generate-index.mjs" "$pkg/emoji.json" "$version" > "$out/emoji.tsv"
{
    cat "$here/LICENSE-header.txt"
    echo
    echo "==== emoji data (emoji.json of emoji-datasource $version), MIT ===="
    echo
    cat "$pkg/LICENSE"
    echo
    echo "==== Twemoji images, CC-BY 4.0 ===="
    echo
    cat "$here/CC-BY-4.0.txt"
} > "$out/LICENSE.txt"
echo "wrote $out"
