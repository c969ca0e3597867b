#!/usr/bin/env bash
# Intake and processing rates of the real server on SQLite and PostgreSQL (docs/PERFORMANCE.md, issue 3).
# Usage: bench/intake/run.sh [REPORTS] [CLIENTS]   (default 300 reports of one ~200 KB PNG, 4 concurrent clients)
# PostgreSQL: the cluster named by VIGIL_TEST_POSTGRES, else a throwaway one on loopback (scripts/postgres-test.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
reports="${1:-300}"
clients="${2:-4}"
dotnet build src/Vigil.Cli -c Release -nologo -clp:ErrorsOnly
dotnet build bench/Vigil.Benchmarks -c Release -nologo -clp:ErrorsOnly
server="$(pwd)/src/Vigil.Cli/bin/Release/net10.0/server/Vigil.Server.dll"
if [ -z "${VIGIL_TEST_POSTGRES:-}" ]; then
  # No cluster given: start a throwaway one for this run.
  export VIGIL_PG_DIR="${VIGIL_PG_DIR:-${TMPDIR:-/tmp}/vigil-pg-bench}"
  VIGIL_TEST_POSTGRES="$(scripts/postgres-test.sh start)"
  export VIGIL_TEST_POSTGRES
  trap 'scripts/postgres-test.sh stop >/dev/null 2>&1 || true' EXIT
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for provider in sqlite postgresql; do
  dotnet bench/Vigil.Benchmarks/bin/Release/net10.0/Vigil.Benchmarks.dll intake "$server" "$provider" "$reports" "$clients"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
