#!/usr/bin/env bash
# End-to-end `vigil hash` throughput (read + digests + decode + PDQ) over generated benign JPEGs, on 1 and 2 cores.
# Usage: bench/hashing/throughput.sh [COUNT] [WIDTHxHEIGHT ...]    (default: 24 images, 1152x864 and 4000x3000)
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-24}; shift || true
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1152x864 4000x3000)
dotnet build src/Vigil.Cli -c Release -nologo -v q >/dev/null
vigil=(dotnet src/Vigil.Cli/bin/Release/net10.0/vigil.dll)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
for size in "${sizes[@]}"; do
  dir="$work/$size"; mkdir -p "$dir"
  ffmpeg -hide_banner -loglevel error -f lavfi -i "testsrc2=size=$size:rate=1" -frames:v "$count" -q:v 3 "$dir/img%03d.jpg"
  "${vigil[@]}" hash "$dir" --format jsonl --jobs 1 >/dev/null   # warm the page cache and the JIT's disk cache
  for jobs in 1 2; do
    start=$(date +%s.%N)
    "${vigil[@]}" hash "$dir" --format jsonl --jobs "$jobs" >/dev/null
    end=$(date +%s.%N)
    awk -v n="$count" -v s="$start" -v e="$end" -v size="$size" -v j="$jobs" \
      'BEGIN { printf "size=%s jobs=%d images=%d seconds=%.2f images_per_s=%.1f\n", size, j, n, e - s, n / (e - s) }'
  done
done
