# Shared by src/bench/http.sh and src/bench/cli.sh (sourced, not run): a throwaway eteam
# installation in a temp dir — an H2 file database, a chair, a VP and one blocker — served
# on a free port of 127.0.0.1. Everything is removed again when the sourcing script exits.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR=$ROOT/target/eteam.jar
if [[ ! -f $JAR ]]; then
    echo "target/eteam.jar is missing: run 'mvn -B -q package -DskipTests' in $ROOT first." >&2
    exit 2
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/eteam-bench.XXXXXX")
SERVER_PID=
cleanup() {
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Client commands must not read or write the user's own saved credentials.
export XDG_CONFIG_HOME=$WORK/config
# BENCH_DB: the JDBC URL of an empty database to run on instead of a fresh H2 file, e.g. a
# PostgreSQL database made with `createdb` for this run (it is left filled afterwards).
DB=${BENCH_DB:-"jdbc:h2:file:$WORK/db/eteam"}
unset ETEAM_SERVER ETEAM_TOKEN ETEAM_DB ETEAM_PORT BENCH_DB

# The command used for setup steps (init, people add, raise); not itself measured.
eteam() {
    java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$JAR" "$@"
}

# The benchmarks' own reference programs (io.eteam.bench, built with the tests) as a jar in the
# temp dir: an AppCDS archive can only be made from a class path of jars. Sets BENCH_CP.
bench_jar() {
    if [[ ! -d $ROOT/target/test-classes/io/eteam/bench ]]; then
        echo "target/test-classes is missing: run 'mvn -B -q package -DskipTests' in $ROOT first." >&2
        exit 2
    fi
    jar --create --file "$WORK/bench.jar" -C "$ROOT/target/test-classes" io/eteam/bench
    BENCH_CP=$JAR:$WORK/bench.jar
}

# median N...: the middle of the numbers given (the upper middle of an even count).
median() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

now_ms() {
    echo $(( $(date +%s%N) / 1000000 ))
}

# Makes the database and its chair; sets CHAIR_TOKEN.
init_db() {
    CHAIR_TOKEN=$(eteam init --handle chair --name "Casey Chair" --db "$DB" | tail -n 1)
}

# Runs `COMMAND... serve` on a free port (COMMAND is e.g. `java -Xmx128m -jar $JAR`); sets
# SERVER_PID, URL and STARTUP_MS (from just before the process starts until
# /api/v1/health answers 200).
start_server() {
    local log=$WORK/server.log port= started
    : >"$log"
    started=$(now_ms)
    "$@" serve --host 127.0.0.1 --port 0 --db "$DB" >>"$log" 2>&1 &
    SERVER_PID=$!
    while :; do
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "The server stopped while starting:" >&2
            cat "$log" >&2
            exit 1
        fi
        if [[ -z $port ]]; then
            port=$(sed -n 's|.*serving on http://localhost:\([0-9]*\).*|\1|p' "$log")
        fi
        if [[ -n $port ]] && curl -fs -o /dev/null "http://127.0.0.1:$port/api/v1/health"; then
            break
        fi
        if (( $(now_ms) - started > 60000 )); then
            echo "The server did not answer within 60 s:" >&2
            cat "$log" >&2
            exit 1
        fi
        sleep 0.005
    done
    STARTUP_MS=$(( $(now_ms) - started ))
    STARTUP_CPU_MS=$(cpu_ms "$SERVER_PID")
    URL=http://127.0.0.1:$port
}

# CPU time (user + system, ms) used so far by process PID and its children: on a busy
# machine a steadier figure than wall time.
cpu_ms() {
    local pids ticks
    pids=$(echo "$1"; pgrep -P "$1" || true)
    ticks=$(for p in $pids; do cat "/proc/$p/stat" 2>/dev/null; done \
        | awk '{ sub(/^.*\) /, ""); n += $12 + $13 } END { print n + 0 }')
    echo $(( ticks * 1000 / $(getconf CLK_TCK) ))
}

# Stops the server started by start_server (SIGTERM, as an operator would).
stop_server() {
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
}

# Adds a VP through the CLI and raises one blocker as them; sets VP_TOKEN and BLOCKER_ID.
add_vp_and_blocker() {
    VP_TOKEN=$(eteam people add vp-bench --name "Val Bench" --role vp --team Bench \
        --server "$URL" --token "$CHAIR_TOKEN" | tail -n 1)
    BLOCKER_ID=$(eteam raise "Benchmark blocker" --kind blocked --impact high \
        --detail "Raised by the benchmark setup." --server "$URL" --token "$VP_TOKEN" | tail -n 1)
}

# One line about the machine, since other work on it moves every figure.
machine() {
    echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg);" \
        "$(java -version 2>&1 | head -n 1)"
}
