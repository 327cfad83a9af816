#!/usr/bin/env bash
# Slow and hostile clients (issue 11): with 1,000 anonymous slow-body connections open, a
# signed-in GET /api/v1/blockers/{id} (and health) must still answer within 1 s. Also shows
# the per-address connection limit and the 429 answer to a burst of wrong tokens.
#
#   src/bench/slow-clients.sh     (after: mvn -B -q package -DskipTests)
#
# Starts the packaged server (target/eteam, else java -jar target/eteam.jar) on a fresh H2
# file with its production limits, then runs src/bench/slow-clients.py: the attackers bind to
# 127.0.0.2-127.0.0.52, the signed-in client to 127.0.0.1, so that they are different
# addresses to the server. Settings (environment): SLOW (1000) connections, LOAD_SECONDS (20) of
# load, SAMPLES (60) signed-in reads. Needs java, curl and python3; everything stays on
# loopback and ends by itself in well under a minute. Builds nothing itself.

source "$(dirname "$0")/common.sh"

SLOW=${SLOW:-1000}
SECONDS_OF_LOAD=${LOAD_SECONDS:-20}
SAMPLES=${SAMPLES:-60}

for tool in curl python3; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y $tool" >&2; exit 2; }
done
# A thousand sockets, and the server's as many, need more than the usual 1,024 descriptors.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

machine
init_db
if [[ -x $ROOT/target/eteam ]]; then
    start_server "$ROOT/target/eteam"
    echo "server: target/eteam serve --host 127.0.0.1 --port 0 --db jdbc:h2:file:TEMP/eteam"
else
    start_server java -jar "$JAR"
    echo "server: java -jar target/eteam.jar serve --host 127.0.0.1 --port 0 --db jdbc:h2:file:TEMP/eteam"
fi
add_vp_and_blocker

timeout $(( SECONDS_OF_LOAD + 120 )) python3 "$ROOT/src/bench/slow-clients.py" \
    "${URL##*:}" "$VP_TOKEN" "$BLOCKER_ID" "$SLOW" "$SECONDS_OF_LOAD" "$SAMPLES"

echo "server log (refusals, cut-offs):"
(grep -cE "Refused sign-in" "$WORK/server.log" || true) | sed 's/^/   refused sign-ins logged: /'
grep -E "Throttling|Refusing connections|Closing a connection" "$WORK/server.log" | sed "s/^/   /" | head -n 5 || true
