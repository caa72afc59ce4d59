#!/usr/bin/env bash
# JMH benchmark of the scoring engine: the full pipeline for 250 countries × 60 indicators
# (EngineBenchmark). Run from the repository root: services/scoring-engine/bench/run.sh [JMH options]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
./mvnw -B -q test-compile dependency:build-classpath -pl services/scoring-engine \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
M=services/scoring-engine
java -cp "$M/target/test-classes:$M/target/classes:$(cat $M/target/bench-classpath.txt)" \
  org.openjdk.jmh.Main 'io.influenceatlas.engine.bench.*' -prof gc "$@"
