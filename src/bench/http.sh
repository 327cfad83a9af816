#!/usr/bin/env bash
# HTTP benchmark (SPEC "Speed and size"): start-up time, requests/s of GET /api/v1/health,
# GET /api/v1/me, GET /api/v1/blockers/{id} and POST /api/v1/blockers under the same
# wrk load in one run, errors, and the server's resident memory with a 128 MB heap.
#
#   src/bench/http.sh            (after: mvn -B -q package -DskipTests)
#
# Start-up is timed for `java -jar target/eteam.jar serve` and, if the build made it, for
# the launcher `target/eteam serve` (the documented way: an AppCDS archive,
# target/eteam-serve.jsa, and C2 compiling later); the load runs against the launcher's
# server when there is one, else against the plain `java -jar` one. Beside them, the floor
# (BENCH-6): a Javalin server with only the health route (io.eteam.bench.BareJavalin, from
# target/test-classes), with the launcher's serve options and an AppCDS archive of its own.
#
# Settings (environment): WRK_THREADS (2), WRK_CONNECTIONS (32), WRK_DURATION (10s) for
# each measured run, WRK_WARMUP (10s) for the unmeasured run of each endpoint first, ROUNDS
# (3) of measured runs, SERVER_JAVA_OPTS (-Xmx128m), STARTS (5) start-ups to time each way.
# Needs java, wrk and curl; takes about four minutes. Builds nothing itself.

source "$(dirname "$0")/common.sh"

THREADS=${WRK_THREADS:-2}
CONNECTIONS=${WRK_CONNECTIONS:-32}
DURATION=${WRK_DURATION:-10s}
WARMUP=${WRK_WARMUP:-10s}
ROUNDS=${ROUNDS:-3}
STARTS=${STARTS:-5}
read -r -a SERVER_OPTS <<<"${SERVER_JAVA_OPTS:--Xmx128m}"
LUA=$ROOT/src/bench/eteam.lua

for tool in wrk curl; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y $tool" >&2; exit 2; }
done

machine
init_db

# time_starts LABEL COMMAND...: STARTS start-ups of `COMMAND... serve` (a fresh JVM each, same
# database); the last server stays up. Sets STARTUP_MEDIAN.
time_starts() {
    local label=$1 times=() cpu=() i
    shift
    for (( i = 1; i <= STARTS; i++ )); do
        [[ -z $SERVER_PID ]] || stop_server
        start_server "$@"
        times+=("$STARTUP_MS")
        cpu+=("$STARTUP_CPU_MS")
    done
    STARTUP_MEDIAN=$(median "${times[@]}")
    printf 'start-up %-40s %s ms (median %s; CPU time %s ms)\n' "$label:" "${times[*]}" "$STARTUP_MEDIAN" "${cpu[*]}"
}

echo "start-up: from process start until GET /api/v1/health answers, $STARTS times each"
# BENCH-6: the floor, a Javalin server with only the health route, the launcher's serve options
# and an AppCDS archive of its own (made by a first, untimed start).
read -r -a LATER <<<"$(sed -n 's/^later="\(.*\)"$/\1/p' "$ROOT/src/main/sh/eteam" 2>/dev/null || true)"
bench_jar
BARE=(java "${LATER[@]}" -XX:+UseSerialGC -Xms64m "${SERVER_OPTS[@]}" -cp "$BENCH_CP")
start_server "${BARE[@]}" -XX:ArchiveClassesAtExit="$WORK/bare.jsa" io.eteam.bench.BareJavalin
stop_server
time_starts "bare Javalin (health route only)" "${BARE[@]}" -XX:SharedArchiveFile="$WORK/bare.jsa" -Xlog:cds=off io.eteam.bench.BareJavalin
stop_server
BARE_MEDIAN=$STARTUP_MEDIAN
time_starts "java ${SERVER_OPTS[*]} -jar target/eteam.jar" java "${SERVER_OPTS[@]}" -jar "$JAR"
SERVED_BY="java ${SERVER_OPTS[*]} -jar target/eteam.jar serve"
if [[ -x $ROOT/target/eteam ]]; then
    # The documented launcher, started last so that its server takes the load. Its first
    # start after a build writes target/eteam-serve.jsa when it stops, so that one is slow.
    JAVA_MEDIAN=$STARTUP_MEDIAN
    time_starts "JAVA_OPTS='${SERVER_OPTS[*]}' target/eteam" env JAVA_OPTS="${SERVER_OPTS[*]}" "$ROOT/target/eteam"
    LAUNCHER_MEDIAN=$STARTUP_MEDIAN
    STARTUP_MEDIAN=$JAVA_MEDIAN
    SERVED_BY="JAVA_OPTS='${SERVER_OPTS[*]}' target/eteam serve"
fi
echo "server under load: $SERVED_BY --host 127.0.0.1 --port 0 --db ${DB//$WORK/TEMP}"
add_vp_and_blocker

RAISE_BODY='{"title":"Benchmark load blocker","kind":"blocked","impact":"low","detail":"Raised by src/bench/http.sh."}'

# run_wrk SECONDS PATH TOKEN [BODY]: one wrk run; prints its RESULT line.
run_wrk() {
    local duration=$1 path=$2 token=$3 body=(${4+"$4"})
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" -s "$LUA" "$URL$path" -- "$token" "${body[@]}" | grep '^RESULT'
}

# measure NAME PATH [TOKEN [BODY]]: one measured run, added to ROUND_RPS[NAME], NON2XX and SOCKET.
declare -A ROUND_RPS RPS NON2XX SOCKET
measure() {
    local name=$1 path=$2 token=${3:--} result
    result=$(run_wrk "$DURATION" "$path" "$token" ${4+"$4"})
    printf '%-32s %s\n' "$name" "${result#RESULT }"
    ROUND_RPS[$name]+=" $(sed -n 's/.* rps=\([0-9]*\).*/\1/p' <<<"$result")"
    NON2XX[$name]=$(( ${NON2XX[$name]:-0} + $(sed -n 's/.* non2xx=\([0-9]*\).*/\1/p' <<<"$result") ))
    SOCKET[$name]=$(( ${SOCKET[$name]:-0} + $(awk '{ n = 0; for (i = 1; i <= NF; i++) if ($i ~ /^(connect|read|write|timeout)=/) { split($i, kv, "="); n += kv[2] } print n }' <<<"$result") ))
}

GET_PATH=/api/v1/blockers/$BLOCKER_ID
echo "load: wrk -t$THREADS -c$CONNECTIONS -d$DURATION -s src/bench/eteam.lua, one endpoint at a time: a $WARMUP"
echo "      warm-up of each, then $ROUNDS rounds of the three, each endpoint's figure the median of its rounds"
echo "      (rounds, not one long run each, so that a change in the machine's speed hits all three alike)"
run_wrk "$WARMUP" /api/v1/health - >/dev/null
run_wrk "$WARMUP" /api/v1/me "$VP_TOKEN" >/dev/null
run_wrk "$WARMUP" "$GET_PATH" "$VP_TOKEN" >/dev/null
run_wrk "$WARMUP" /api/v1/blockers "$VP_TOKEN" "$RAISE_BODY" >/dev/null
for (( round = 1; round <= ROUNDS; round++ )); do
    measure "GET /api/v1/health" /api/v1/health
    measure "GET /api/v1/me" /api/v1/me "$VP_TOKEN"
    measure "GET $GET_PATH" "$GET_PATH" "$VP_TOKEN"
    measure "POST /api/v1/blockers" /api/v1/blockers "$VP_TOKEN" "$RAISE_BODY"
done
for name in "${!ROUND_RPS[@]}"; do
    read -r -a figures <<<"${ROUND_RPS[$name]}"
    RPS[$name]=$(median "${figures[@]}")
done

health=${RPS["GET /api/v1/health"]}
me=${RPS["GET /api/v1/me"]}
get=${RPS["GET /api/v1/blockers/$BLOCKER_ID"]}
post=${RPS["POST /api/v1/blockers"]}
non2xx=0 socket=0
for name in "${!NON2XX[@]}"; do
    non2xx=$(( non2xx + NON2XX[$name] ))
    socket=$(( socket + SOCKET[$name] ))
done
# The JVM itself: the launcher replaces itself with it, unless it is writing its archive.
jvm=$SERVER_PID
[[ $(cat "/proc/$jvm/comm") == java ]] || jvm=$(pgrep -P "$SERVER_PID" java | head -n 1)
rss=$(awk '/^VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$jvm/status")
hwm=$(awk '/^VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$jvm/status")

echo
echo "== summary =="
echo "health rps:             $health"
echo "blockers/{id} rps:      $get"
echo "POST blockers rps:      $post"
echo "me rps:                 $me (the token check and the person's JSON alone: a reference for blockers/{id})"
echo "ratio me/health:        $(awk -v a="$me" -v b="$health" 'BEGIN { printf "%.2f", a / b }')"
echo "ratio blockers/health:  $(awk -v a="$get" -v b="$health" 'BEGIN { printf "%.2f", a / b }') (targets >= 0.40, next >= 0.60)"
echo "non-2xx responses:      $non2xx (target 0)"
echo "socket errors:          $socket (target 0)"
echo "server VmRSS after load: $rss (peak VmHWM $hwm)"
echo "start-up until health:  median ${STARTUP_MEDIAN} ms with java -jar${LAUNCHER_MEDIAN:+, $LAUNCHER_MEDIAN ms with target/eteam}; bare Javalin $BARE_MEDIAN ms (targets <= 1500 ms, next <= 600 ms)"
# Where the resident memory is: the heap and the JVM's own (anonymous), files mapped (the jar,
# the AppCDS archive, native libraries); the ONNX runtime's memory is anonymous too.
echo "server RSS by kind:     $(awk '/^Rss(Anon|File|Shmem)/ { printf "%s %.0f MB  ", $1, $2 / 1024 }' "/proc/$jvm/status")"
if grep -qiE 'exception|error' "$WORK/server.log"; then
    echo "server log mentions errors:"
    grep -iE 'exception|error' "$WORK/server.log" | head -n 5
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
