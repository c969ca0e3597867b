#!/usr/bin/env bash
# `vigil scan` against a 10 M-entry PDQ index: is it limited by decoding or by matching? (issue 4)
# Makes N benign test-card JPEGs (ffmpeg testsrc2, 1920x1080), builds the CLI in Release and runs
# `vigil bench scan --hashes H FOLDER`; its last line splits the time: hash_s (read+decode+hash) vs lookup_s.
# Usage: bench/matching/run.sh [images=300] [hashes=10000000]
set -euo pipefail
images=${1:-300}
hashes=${2:-10000000}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The cards go in their own folder: the CLI is built into $work/cli and must not be scanned with them.
mkdir -p "$work/images"
ffmpeg -hide_banner -loglevel error -f lavfi -i "testsrc2=size=1920x1080:rate=25" -frames:v "$images" -q:v 3 "$work/images/card%05d.jpg"
dotnet build "$root/src/Vigil.Cli" -c Release -o "$work/cli" >/dev/null
/usr/bin/time -v dotnet "$work/cli/vigil.dll" bench scan --hashes "$hashes" "$work/images" > "$work/out.jsonl" 2> "$work/err.txt" || true
grep -E "Maximum resident|Elapsed \(wall" "$work/err.txt" || true
tail -n 1 "$(grep -l files= "$work/err.txt" || echo "$work/err.txt")" | grep files= || grep files= "$work/err.txt"
echo "matches: $(grep -c '"list":' "$work/out.jsonl" || true) of $(wc -l < "$work/out.jsonl") files"
