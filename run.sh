#!/usr/bin/env bash
# Runs the whole suite locally: builds it, starts one embedded PostgreSQL (data in .local-data/,
# kept across restarts) and every service as its own process, waits until they are ready and
# prints their URLs. Ctrl-C stops everything. Needs only a JDK 17.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q package -DskipTests
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "services/embedded-postgres/target/classes:services/embedded-postgres/target/lib/*" \
  io.influenceatlas.embeddedpg.LocalSuite "$PWD"
