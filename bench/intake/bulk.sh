#!/usr/bin/env bash
# `vigil intake` of a bulk folder: files/s and MB/s into the vault and the queue, on SQLite and PostgreSQL
# (docs/PERFORMANCE.md). Baseline in the same run: reading and SHA-256 of the same files (sha256sum), the floor
# any intake pays. The files are ffmpeg test cards (testsrc2 with noise, so they do not compress away), PNG.
# Usage: bench/intake/bulk.sh [FILES] [WxH]   (default 1000 files of 640x480)
# PostgreSQL: the cluster named by VIGIL_TEST_POSTGRES, else a throwaway one on loopback (scripts/postgres-test.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
files="${1:-1000}"
size="${2:-640x480}"
work="$(mktemp -d)"
cleanup() { rm -rf "$work"; [ -n "${own_pg:-}" ] && scripts/postgres-test.sh stop >/dev/null 2>&1 || true; }
trap cleanup EXIT
dotnet build src/Vigil.Cli -c Release -nologo -clp:ErrorsOnly >/dev/null
vigil="dotnet $(pwd)/src/Vigil.Cli/bin/Release/net10.0/vigil.dll"
if [ -z "${VIGIL_TEST_POSTGRES:-}" ]; then
  export VIGIL_PG_DIR="${VIGIL_PG_DIR:-${TMPDIR:-/tmp}/vigil-pg-bench}"
  VIGIL_TEST_POSTGRES="$(scripts/postgres-test.sh start)"
  export VIGIL_TEST_POSTGRES
  own_pg=1
fi
mkdir -p "$work/in"
ffmpeg -loglevel error -f lavfi -i "testsrc2=size=$size:rate=25" -vf "noise=alls=3:allf=t" -frames:v "$files" "$work/in/%06d.png"
bytes="$(du -sb "$work/in" | cut -f1)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $files files, $((bytes / files / 1024)) KiB each"
rate() { python3 -c "import sys; n,b,s=map(float,sys.argv[1:]); print(f'{n/s:.1f} files/s, {b/s/1e6:.1f} MB/s ({s:.2f} s)')" "$files" "$bytes" "$1"; }
sync
start=$(date +%s.%N); find "$work/in" -type f -print0 | xargs -0 sha256sum >/dev/null; end=$(date +%s.%N)
base=$(python3 -c "print($end-$start)")
echo "baseline: read + SHA-256 (sha256sum): $(rate "$base")"
for provider in sqlite postgresql; do
  data="$work/data-$provider"
  if [ "$provider" = postgresql ]; then
    db="vigil_bulk_$$"
    pg() { echo "$VIGIL_TEST_POSTGRES" | tr ';' '\n' | sed -n "s/^$1=//p"; }
    PGHOST="$(pg Host)" PGPORT="$(pg Port)" PGUSER="$(pg Username)" PGPASSWORD="$(pg Password)" psql -d postgres -qc "CREATE DATABASE $db"
    export Vigil__Database__Provider=PostgreSql Vigil__Database__ConnectionString="${VIGIL_TEST_POSTGRES/Database=postgres/Database=$db}"
  else
    unset Vigil__Database__Provider Vigil__Database__ConnectionString
  fi
  $vigil --data "$data" db migrate >/dev/null
  start=$(date +%s.%N); $vigil --data "$data" intake "$work/in" --per-report 500 | tail -1; end=$(date +%s.%N)
  t=$(python3 -c "print($end-$start)")
  echo "$provider: vigil intake (process start included): $(rate "$t"); $(python3 -c "print(f'{$base/$t:.2f}')")x baseline"
done
