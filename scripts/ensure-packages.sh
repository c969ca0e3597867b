#!/usr/bin/env bash
# Installs the Debian packages Vigil needs when any is missing: libvips42 (image decoding), ffmpeg (video),
# libsqlite3-0 (the one SQLite in the process), postgresql (tests, multi-node), chromium (UI tests, PDF reports), fonts. Safe to run repeatedly.
set -euo pipefail
want=(libvips42 ffmpeg libsqlite3-0 "$@")
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "vigil: installing Debian packages: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
