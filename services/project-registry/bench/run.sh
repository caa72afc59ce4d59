#!/usr/bin/env bash
# Benchmark of project-registry (issue 3): imports N generated projects (default 100,000) through
# POST /projects/import as one streamed CSV, then measures a list/search request with wrk and the
# same query's floor with pgbench on the same database, and prints the figures and their ratio.
# Run from the repository root: services/project-registry/bench/run.sh [N]
# Needs a JDK; installs wrk and pgbench (Debian packages) when missing and run as root.
set -euo pipefail
N=${1:-100000}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
PORT=8082
PG_PORT=${ATLAS_PG_PORT:-25432}
WORK=$(mktemp -d /tmp/atlas-bench.XXXXXX)
DURATION=${BENCH_SECONDS:-30}
QUERY="/projects?country=KEN&category=MOBILE_NETWORK,DATA_CENTRE,SAFE_CITY&sort=-valueUsd&size=50"

for tool in wrk pgbench; do
  if ! command -v $tool >/dev/null; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk postgresql-client bc curl >/dev/null; else echo "install $tool first" >&2; exit 1; fi
  fi
done

./mvnw -B -q package -DskipTests -pl services/embedded-postgres,services/project-registry -am
java services/project-registry/bench/GenerateProjects.java "$N" "$WORK/projects.csv"
echo "Generated $N projects: $(du -h "$WORK/projects.csv" | cut -f1) of CSV"

# A 256 MB heap for the service (and the launcher), to show that a large import fits in little memory.
JAVA_TOOL_OPTIONS="-Xmx256m" ATLAS_DATA_DIR="$WORK/data" ATLAS_PG_PORT=$PG_PORT ATLAS_SERVICES=project-registry \
  java -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "services/embedded-postgres/target/classes:services/embedded-postgres/target/lib/*" \
  io.influenceatlas.embeddedpg.LocalSuite "$ROOT" >"$WORK/suite.log" 2>&1 &
SUITE=$!
trap 'kill $SUITE 2>/dev/null; wait $SUITE 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null && break
  sleep 1
done
SERVICE=$(pgrep -f "project-registry/target/quarkus-app/quarkus-run.jar" | head -1)

for i in $(seq 1 100); do
  curl -sf -H 'Content-Type: application/json' -d "{\"name\":\"Bench Org $i\",\"type\":\"COMPANY\",\"originCountry\":\"$([ $((i % 3)) = 0 ] && echo SWE || echo CHN)\"}" \
    "http://localhost:$PORT/organisations" >/dev/null
done

rss_before=$(awk '/VmRSS/ {print $2}' /proc/$SERVICE/status)
start=$(date +%s.%N)
status=$(curl -s -o "$WORK/import.json" -w '%{http_code}' -H 'Content-Type: text/csv; charset=UTF-8' \
  --data-binary @"$WORK/projects.csv" "http://localhost:$PORT/projects/import")
if [ "$status" != 200 ]; then echo "Import failed ($status): $(head -c 2000 "$WORK/import.json")" >&2; exit 1; fi
end=$(date +%s.%N)
peak=$(awk '/VmHWM/ {print $2}' /proc/$SERVICE/status)
secs=$(echo "$end - $start" | bc -l)
echo "Import: $(cat "$WORK/import.json")"
printf 'Import: %d rows in %.1f s = %.0f rows/s; service (heap -Xmx256m) RSS %d MB before, peak (VmHWM) %d MB\n' \
  "$N" "$secs" "$(echo "$N / $secs" | bc -l)" $((rss_before / 1024)) $((peak / 1024))

# Both measurements below run on the same, vacuumed and analysed tables.
export PGPASSWORD=project_registry
for t in project project_country project_organisation organisation; do
  psql -q -h localhost -p $PG_PORT -U project_registry project_registry -c "vacuum analyze $t"
done
curl -sf "http://localhost:$PORT$QUERY" -o "$WORK/first.json"
echo "First page: $(head -c 200 "$WORK/first.json")…"
wrk -t2 -c8 -d5s "http://localhost:$PORT$QUERY" >/dev/null   # warm-up
wrk -t2 -c8 -d${DURATION}s --latency "http://localhost:$PORT$QUERY" | tee "$WORK/wrk.txt"
pgbench -n -h localhost -p $PG_PORT -U project_registry -c8 -j2 -T5 -f services/project-registry/bench/search.sql project_registry >/dev/null
pgbench -n -h localhost -p $PG_PORT -U project_registry -c8 -j2 -T$DURATION -f services/project-registry/bench/search.sql \
  project_registry | tee "$WORK/pgbench.txt"

http=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")
floor=$(awk '/^tps/ {print $3}' "$WORK/pgbench.txt")
floor_latency=$(awk '/latency average/ {print $4}' "$WORK/pgbench.txt")
echo
echo "Search over $N projects: $QUERY"
printf '  through the service (wrk, 8 connections): %s req/s, p99 %s\n' "$http" "$p99"
printf '  SQL floor (pgbench, 8 clients, same statements): %s tps, mean latency %s ms\n' "$floor" "$floor_latency"
printf '  service / SQL floor: %.2f\n' "$(echo "$http / $floor" | bc -l)"
