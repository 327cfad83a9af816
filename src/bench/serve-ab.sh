#!/usr/bin/env bash
# Start-up of two builds side by side: this build's target/eteam and OTHER_DIR/eteam (the
# launcher and jar of another build), started in alternation on the same H2 file, each timed
# from process start until GET /api/v1/health answers and until GET /api/v1/ready does (the
# database open and migrated). Each build first makes its own AppCDS archive with one untimed
# start. Alternation keeps a change in the machine's speed from favouring one build.
#
#   src/bench/serve-ab.sh OTHER_DIR
#
# e.g. the build before a change:
#   git worktree add /tmp/before COMMIT && (cd /tmp/before && mvn -B -q package -DskipTests)
#   src/bench/serve-ab.sh /tmp/before/target
#
# Settings (environment): STARTS (6) per build. Needs java and curl; about a minute.

source "$(dirname "$0")/common.sh"

OTHER=${1:?usage: src/bench/serve-ab.sh OTHER_DIR, the folder of another build with eteam and eteam.jar}
[[ -x $OTHER/eteam && -f $OTHER/eteam.jar ]] || { echo "$OTHER/eteam or $OTHER/eteam.jar is missing." >&2; exit 2; }
STARTS=${STARTS:-6}
# Copies, so that each build's archive is its own and neither touches the other's directory.
mkdir -p "$WORK/this" "$WORK/other"
cp "$ROOT/target/eteam" "$ROOT/target/eteam.jar" "$WORK/this/"
cp "$OTHER/eteam" "$OTHER/eteam.jar" "$WORK/other/"

machine
init_db
for build in this other; do
    start_server "$WORK/$build/eteam"
    sleep 5   # the classifier loads, so that the archive holds what a running server loads
    stop_server
done

# wait_for PATH: until PATH answers 200 on $URL; prints the ms since $started.
wait_for() {
    until curl -fs -o /dev/null "$URL$1"; do sleep 0.005; done
    echo $(( $(now_ms) - started ))
}

declare -A HEALTH READY
for (( i = 1; i <= STARTS; i++ )); do
    for build in this other; do
        log=$WORK/$build.log
        started=$(now_ms)
        "$WORK/$build/eteam" serve --host 127.0.0.1 --port 0 --db "$DB" >"$log" 2>&1 &
        SERVER_PID=$!
        port=
        until [[ -n $port ]] && curl -fs -o /dev/null "http://127.0.0.1:$port/api/v1/health"; do
            port=$(sed -n 's|.*serving on http://localhost:\([0-9]*\).*|\1|p' "$log")
            if [[ -z $port ]]; then
                # The port is printed once the database is open; until then ask the kernel.
                port=$(ss -Hltnp 2>/dev/null | awk -v pid="pid=$SERVER_PID," '$0 ~ pid { sub(/.*:/, "", $4); print $4; exit }')
            fi
            sleep 0.005
        done
        URL=http://127.0.0.1:$port
        HEALTH[$build]+=" $(( $(now_ms) - started ))"
        READY[$build]+=" $(wait_for /api/v1/ready)"
        sleep 2
        stop_server
    done
done

for build in this other; do
    read -r -a h <<<"${HEALTH[$build]}"
    read -r -a r <<<"${READY[$build]}"
    printf '%-6s health:%s ms (median %s); ready:%s ms (median %s)\n' "$build" "${HEALTH[$build]}" "$(median "${h[@]}")" \
        "${READY[$build]}" "$(median "${r[@]}")"
done
