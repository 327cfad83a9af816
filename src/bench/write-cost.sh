#!/usr/bin/env bash
# What durability costs: POST /api/v1/blockers per second (each answered only once committed)
# on this build's target/eteam.jar beside OTHER_JAR, an earlier build, under the same wrk load
# in alternating rounds, each server on an H2 file of its own.
#
#   src/bench/write-cost.sh OTHER_JAR
#
# e.g. the build before a change to how writes commit:
#   git worktree add /tmp/before COMMIT && (cd /tmp/before && mvn -B -q package -DskipTests)
#   src/bench/write-cost.sh /tmp/before/target/eteam.jar
#
# Needs java, wrk and curl; takes about two minutes. Builds nothing itself.

source "$(dirname "$0")/common.sh"

OTHER=${1:?usage: src/bench/write-cost.sh OTHER_JAR}
[[ -f $OTHER ]] || { echo "$OTHER is missing." >&2; exit 2; }
THREADS=${WRK_THREADS:-2}
CONNECTIONS=${WRK_CONNECTIONS:-32}
DURATION=${WRK_DURATION:-10s}
WARMUP=${WRK_WARMUP:-10s}
ROUNDS=${ROUNDS:-3}
LUA=$ROOT/src/bench/eteam.lua
BODY='{"title": "Benchmark blocker", "kind": "blocked", "impact": "high"}'

for tool in wrk curl; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y $tool" >&2; exit 2; }
done

machine

# serve NAME JAR: an installation of its own (database, chair, VP) served by JAR on a free
# port; sets URL_NAME, TOKEN_NAME and PID_NAME.
declare -A URLS TOKENS PIDS
serve() {
    local name=$1 jar=$2
    DB="jdbc:h2:file:$WORK/$name/eteam"
    CHAIR_TOKEN=$(java -jar "$jar" init --handle chair --name "Casey Chair" --db "$DB" | tail -n 1)
    start_server java -jar "$jar"
    PIDS[$name]=$SERVER_PID
    URLS[$name]=$URL
    TOKENS[$name]=$(java -jar "$jar" people add vp-bench --name "Val Bench" --role vp \
        --server "$URL" --token "$CHAIR_TOKEN" | tail -n 1)
    SERVER_PID=
}
stop_both() {
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    cleanup
}
trap stop_both EXIT

serve this "$JAR"
serve other "$OTHER"

declare -A ROUND_RPS
post() {
    local name=$1 duration=$2 result
    result=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" -s "$LUA" "${URLS[$name]}/api/v1/blockers" \
        -- "${TOKENS[$name]}" "$BODY" | grep '^RESULT')
    echo "$result"
}

echo "load: wrk -t$THREADS -c$CONNECTIONS -d$DURATION POST /api/v1/blockers, a $WARMUP warm-up of each, then $ROUNDS alternating rounds"
post this "$WARMUP" >/dev/null
post other "$WARMUP" >/dev/null
for round in $(seq 1 "$ROUNDS"); do
    for name in this other; do
        result=$(post "$name" "$DURATION")
        printf 'round %d %-6s %s\n' "$round" "$name" "${result#RESULT }"
        ROUND_RPS[$name]+=" $(sed -n 's/.* rps=\([0-9]*\).*/\1/p' <<<"$result")"
    done
done

this=$(median ${ROUND_RPS[this]})
other=$(median ${ROUND_RPS[other]})
echo "POST /api/v1/blockers per second, median of $ROUNDS: this build $this, $OTHER $other," \
    "ratio $(awk -v a="$this" -v b="$other" 'BEGIN { printf "%.2f", a / b }')"
