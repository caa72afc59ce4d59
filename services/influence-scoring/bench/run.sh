#!/usr/bin/env bash
# Benchmark of influence-scoring (issue 4): a score run of the default methodology fed by the registry's
# aggregates over N generated projects (default 100,000). Starts the whole suite on a throw-away
# embedded PostgreSQL, imports the projects into project-registry, then runs the JMH RunBenchmark
# (POST /runs, and one registry aggregate for comparison) and prints influence-scoring's memory.
# Run from the repository root: services/influence-scoring/bench/run.sh [N] [JMH options]
# Needs a JDK; installs curl and the PostgreSQL client (Debian packages) when missing and run as root.
set -euo pipefail
N=${1:-100000}
shift || true
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
PG_PORT=${ATLAS_PG_PORT:-25433}
WORK=$(mktemp -d /tmp/atlas-scoring-bench.XXXXXX)

for tool in curl psql bc; do
  if ! command -v $tool >/dev/null; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y -q curl postgresql-client bc >/dev/null; else echo "install $tool first" >&2; exit 1; fi
  fi
done

./mvnw -B -q package -DskipTests -pl services/embedded-postgres,services/country-profile,services/project-registry,services/influence-scoring -am
M=services/influence-scoring
./mvnw -B -q test-compile dependency:build-classpath -pl $M -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java services/project-registry/bench/GenerateProjects.java "$N" "$WORK/projects.csv"
echo "Generated $N projects: $(du -h "$WORK/projects.csv" | cut -f1) of CSV"

# Every service gets a 512 MB heap (BENCH_HEAP), so the memory figure is need, not GC slack.
JAVA_TOOL_OPTIONS="-Xmx${BENCH_HEAP:-512m}" ATLAS_DATA_DIR="$WORK/data" ATLAS_PG_PORT=$PG_PORT \
  java -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "services/embedded-postgres/target/classes:services/embedded-postgres/target/lib/*" \
  io.influenceatlas.embeddedpg.LocalSuite "$ROOT" >"$WORK/suite.log" 2>&1 &
SUITE=$!
trap 'kill $SUITE 2>/dev/null; wait $SUITE 2>/dev/null; rm -rf "$WORK"' EXIT
for port in 8081 8082 8083; do
  for _ in $(seq 1 180); do
    curl -sf "http://localhost:$port/q/health/ready" >/dev/null && break
    sleep 1
  done
done

for i in $(seq 1 100); do
  curl -sf -H 'Content-Type: application/json' -d "{\"name\":\"Bench Org $i\",\"type\":\"COMPANY\",\"originCountry\":\"$([ $((i % 3)) = 0 ] && echo SWE || echo CHN)\"}" \
    "http://localhost:8082/organisations" >/dev/null
done
status=$(curl -s -o "$WORK/import.json" -w '%{http_code}' -H 'Content-Type: text/csv; charset=UTF-8' \
  --data-binary @"$WORK/projects.csv" "http://localhost:8082/projects/import")
if [ "$status" != 200 ]; then echo "Import failed ($status): $(head -c 2000 "$WORK/import.json")" >&2; exit 1; fi
echo "Import: $(cat "$WORK/import.json")"
export PGPASSWORD=project_registry
for t in project project_country project_organisation organisation; do
  psql -q -h localhost -p $PG_PORT -U project_registry project_registry -c "vacuum analyze $t"
done
echo "Published projects in the registry: $(curl -sf 'http://localhost:8082/projects?size=1' | sed 's/.*"total":\([0-9]*\).*/\1/')"

SERVICE=$(pgrep -f "influence-scoring/target/quarkus-app/quarkus-run.jar" | head -1)
rss_before=$(awk '/VmRSS/ {print $2}' /proc/$SERVICE/status)
JAVA_TOOL_OPTIONS= java -cp "$M/target/test-classes:$M/target/classes:$(cat $M/target/bench-classpath.txt)" \
  org.openjdk.jmh.Main 'io.influenceatlas.scoring.bench.RunBenchmark' "$@" | tee "$WORK/jmh.txt"
peak=$(awk '/VmHWM/ {print $2}' /proc/$SERVICE/status)
echo
curl -sf 'http://localhost:8083/runs/latest' | head -c 600; echo
printf 'influence-scoring (heap -Xmx%s) RSS before the runs %d MB, peak (VmHWM) %d MB\n' "${BENCH_HEAP:-512m}" $((rss_before / 1024)) $((peak / 1024))
