#!/usr/bin/env bash
# The deferral check's speed and the server's memory with the model loaded (README, "Deferral
# classifier"). Needs target/eteam.jar: mvn -B -q package -DskipTests.
#   1. one check, warm: median and p99 over every text of the corpus pool (target: ≤ 5 ms, ≤ 20 ms);
#   2. `eteam serve` on an in-memory database: time to the first healthy answer, and RSS then and
#      once the model has loaded in the background.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR=$ROOT/target/eteam.jar
[[ -f $JAR ]] || { echo "target/eteam.jar is missing: run 'mvn -B -q package -DskipTests' first." >&2; exit 2; }
cd "$ROOT"

echo "== one check, warm"
java -cp "$JAR:$ROOT/target/test-classes" io.eteam.deferral.Bench src/corpus/deferral 2>/dev/null

echo "== eteam serve"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
start=$(date +%s%N)
java -jar "$JAR" serve --port "$PORT" --db "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" >/dev/null 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 1000); do
    curl -sf "http://127.0.0.1:$PORT/api/v1/health" >/dev/null && break
    sleep 0.01
done
echo "first healthy answer after $(( ($(date +%s%N) - start) / 1000000 )) ms; RSS $(awk '/VmRSS/ {print $2, $3}' /proc/$PID/status)"
sleep 10
echo "10 s later, model loaded: RSS $(awk '/VmRSS/ {print $2, $3}' /proc/$PID/status)"
