#!/usr/bin/env bash
# Video hashing throughput: seconds of video hashed per second of wall time, for 720p and 1080p H.264 clips made
# with ffmpeg's lavfi sources, pinned to 2 cores. Baseline in the same run: ffmpeg decoding the same clip alone to
# the null muxer (every frame, as the reference vPDQ decodes every frame), which bounds what any vPDQ can do.
#
#   bench/video/run.sh                 # 60 s testsrc2 clips, 10 s mandelbrot clips
#   TESTSRC_S=600 bench/video/run.sh   # the 10-minute 1080p case directly
set -euo pipefail

testsrc_s=${TESTSRC_S:-60}
mandelbrot_s=${MANDELBROT_S:-10}
cores=${CORES:-0,1}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
clips=${CLIPS:-$work}   # set CLIPS=DIR to keep the generated clips between runs
mkdir -p "$clips"

dotnet build "$root/src/Vigil.Cli" -c Release -o "$work/vigil" -v quiet -nologo >/dev/null

clip() { # source seconds name
  [ -s "$clips/$3-$2s.mp4" ] || ffmpeg -hide_banner -nostdin -v error -y -f lavfi -i "$1" -t "$2" \
    -c:v libx264 -preset veryfast -pix_fmt yuv420p "$clips/$3-$2s.mp4"
  ln -sf "$clips/$3-$2s.mp4" "$work/$3.mp4"
}
clip "testsrc2=size=1280x720:rate=25" "$testsrc_s" "testsrc2-720p"
clip "testsrc2=size=1920x1080:rate=25" "$testsrc_s" "testsrc2-1080p"
clip "mandelbrot=size=1280x720:rate=25" "$mandelbrot_s" "mandelbrot-720p"
clip "mandelbrot=size=1920x1080:rate=25" "$mandelbrot_s" "mandelbrot-1080p"

timed() { # prints "wall cpu" in seconds for the command
  /usr/bin/time -o "$work/time" -f "%e %U %S" taskset -c "$cores" "$@" >/dev/null 2>&1
  awk '{ printf "%.2f %.2f", $1, $2 + $3 }' "$work/time"
}

echo "| clip | video s | decode only: wall s (CPU s) | vigil hash: wall s (CPU s) | video s per s | vs decode only | 10 min at this rate |"
echo "|---|---|---|---|---|---|---|"
for name in testsrc2-720p testsrc2-1080p mandelbrot-720p mandelbrot-1080p; do
  f="$work/$name.mp4"
  len=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$f")
  read -r dw dc <<<"$(timed ffmpeg -nostdin -v error -i "$f" -f null -)"
  read -r vw vc <<<"$(timed dotnet "$work/vigil/vigil.dll" hash "$f" --format jsonl)"
  awk -v n="$name" -v len="$len" -v dw="$dw" -v dc="$dc" -v vw="$vw" -v vc="$vc" 'BEGIN {
    printf "| %s | %.0f | %.2f (%.2f) | %.2f (%.2f) | %.1f | %.2fx | %.0f s |\n", n, len, dw, dc, vw, vc, len / vw, vw / dw, 600 * vw / len }'
done
echo
echo "cores: $cores ($(nproc) online), load average: $(cut -d' ' -f1-3 /proc/loadavg), $(ffmpeg -version | head -n 1 | cut -d' ' -f1-3)"
