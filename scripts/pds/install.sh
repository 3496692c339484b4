#!/usr/bin/env bash
# Installs the test Bluesky server (scripts/pds/package.json) into a cache OUTSIDE the repo and
# prints the cache folder on stdout. Idempotent: a finished install (same package.json and lock)
# is reused at once. First run: about 2-3 minutes (better-sqlite3 compiles from source against
# the local node headers, since prebuilt binaries cannot be downloaded here).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
hash="$(cat "$here/package.json" $( [ -f "$here/package-lock.json" ] && echo "$here/package-lock.json") | sha256sum | cut -c1-16)"
cache="${GLOSS_CACHE:-$HOME/.cache/gloss}/pds-$hash"
if [ -f "$cache/.installed" ]; then
  echo "$cache"
  exit 0
fi
mkdir -p "$(dirname "$cache")"
# one installer at a time (two test JVMs may start together)
exec 9>"$cache.lock"
flock 9
if [ -f "$cache/.installed" ]; then
  echo "$cache"
  exit 0
fi
rm -rf "$cache"
mkdir -p "$cache"
cp "$here/package.json" "$cache/"
[ -f "$here/package-lock.json" ] && cp "$here/package-lock.json" "$cache/"
# node-gyp must build against the installed headers instead of downloading them
nodedir="$(dirname "$(dirname "$(command -v node)")")"
if [ -f "$nodedir/include/node/node.h" ]; then
  export npm_config_nodedir="$nodedir"
fi
start=$(date +%s)
(
  cd "$cache"
  if [ -f package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  else
    npm install --no-audit --no-fund --loglevel=error
  fi
) >"$cache.log" 2>&1 || { echo "install.sh: npm failed; see $cache.log" >&2; tail -20 "$cache.log" >&2; exit 1; }
node -e "require('$cache/node_modules/better-sqlite3')(':memory:').close()" \
  || { echo "install.sh: better-sqlite3 does not load; see $cache.log" >&2; exit 1; }
touch "$cache/.installed"
echo "install.sh: installed in $(( $(date +%s) - start ))s" >&2
echo "$cache"
