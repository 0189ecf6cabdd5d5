#!/usr/bin/env bash
# The server's load benchmark (issue 14), outside CI: starts the app jar on loopback and runs Debian's wrk
# (apt-get install wrk) at 64 connections for 30 s against GET /v1/practices, then POST /v1/recommendations.
# Bounded in time: two 30 s runs plus start-up; the server is stopped at the end.
#   mvn -B -DskipTests package && server/load/run.sh [connections] [seconds]
# Targets on a 2-core machine: 0 errors, >= 5,000 recommendations/s, p99 < 20 ms.
set -euo pipefail
cd "$(dirname "$0")/../.."
connections=${1:-64}
seconds=${2:-30}
port=${SECUNITY_LOAD_PORT:-18080}
jar=examples/target/secunity.jar
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -f "$jar" ] || { echo "$jar is missing: mvn -B -DskipTests package" >&2; exit 2; }
log=$(mktemp)
java -Xms512m -Xmx512m -jar "$jar" serve --host 127.0.0.1 --port "$port" 2>"$log" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 300); do
  grep -q 'listening on' "$log" && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.1
done
base="http://127.0.0.1:$port"
echo "== warm-up (5 s)"
wrk -t2 -c16 -d5s --latency -s server/load/recommendations.lua "$base/v1/recommendations" >/dev/null
wrk -t2 -c16 -d5s "$base/v1/practices" >/dev/null
echo "== GET /v1/practices, $connections connections, $seconds s"
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s -s server/load/practices.lua "$base/v1/practices"
echo "== POST /v1/recommendations, $connections connections, $seconds s"
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s -s server/load/recommendations.lua "$base/v1/recommendations"
