#!/usr/bin/env bash
# CLI benchmark (SPEC "Speed and size"): wall time of `eteam raise` against a local server,
# side by side with a Java hello-world, for each way of starting the JVM; and a check that
# raise loads none of the server's classes.
#
#   src/bench/cli.sh             (after: mvn -B -q package -DskipTests)
#
# Two references split raise's time (BENCH-7): the same POST with no picocli and no JSON library
# (io.eteam.bench.PlainPost), and picocli alone building and parsing raise's command line
# (io.eteam.bench.PicocliOnly); both need target/test-classes (mvn -B -q package -DskipTests).
#
# Settings (environment): RUNS (20), WARMUP (3). Needs java, javac, hyperfine and curl;
# takes about a minute. Builds nothing itself; the AppCDS archives it measures are made in
# its temp dir (target/eteam.jsa, the launcher's own archive, is measured only through
# target/eteam if that exists).

source "$(dirname "$0")/common.sh"

RUNS=${RUNS:-20}
WARMUP=${WARMUP:-3}
for tool in hyperfine javac; do
    command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 2; }
done

machine
init_db
start_server java -Xmx128m -jar "$JAR"
add_vp_and_blocker
export ETEAM_SERVER=$URL ETEAM_TOKEN=$VP_TOKEN
RAISE=(raise cli-bench --kind blocked)
C1=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

# The baseline: a hello-world compiled here, run with no options.
mkdir -p "$WORK/hello"
printf 'public class Hello {\n    public static void main(String[] args) {\n        System.out.println("Hello, world");\n    }\n}\n' >"$WORK/hello/Hello.java"
javac -d "$WORK/hello" "$WORK/hello/Hello.java"

# AppCDS (Java 17 dynamic archives): one raise with -XX:ArchiveClassesAtExit makes each.
java -XX:ArchiveClassesAtExit="$WORK/plain.jsa" -jar "$JAR" "${RAISE[@]}" >/dev/null 2>&1
java -XX:ArchiveClassesAtExit="$WORK/c1.jsa" "${C1[@]}" -jar "$JAR" "${RAISE[@]}" >/dev/null 2>&1

# Client commands must not load the server: Javalin, Jetty, H2, jOOQ, Flyway, HikariCP.
java -Xlog:class+load=info -jar "$JAR" "${RAISE[@]}" >"$WORK/classes.log"
loaded=$(grep -c '\[class,load\]' "$WORK/classes.log" || true)
from_jar=$(grep -c 'source: .*eteam\.jar' "$WORK/classes.log" || true)
server=$(grep -E '\[class,load\] (io\.javalin|org\.eclipse\.jetty|org\.h2|org\.jooq|org\.flywaydb|com\.zaxxer)\.' "$WORK/classes.log" || true)
echo "eteam raise loads $loaded classes, $from_jar of them from eteam.jar:"
grep 'source: .*eteam\.jar' "$WORK/classes.log" | awk '{ print $2 }' \
    | sed -E 's/^(picocli|com\.fasterxml\.jackson\.[a-z]+|io\.eteam\.[a-z]+|io\.eteam)\..*/\1/' \
    | sort | uniq -c | sort -rn | awk '{ printf "  %4d %s\n", $1, $2 }'
if [[ -z $server ]]; then
    echo "server classes loaded by eteam raise: none (io.javalin, org.eclipse.jetty, org.h2, org.jooq, org.flywaydb, com.zaxxer)"
else
    echo "server classes loaded by eteam raise: $(wc -l <<<"$server")"
    awk '{ print "  " $2 }' <<<"$server" | head -n 20
fi

# BENCH-7: the references that split raise's time, each with its own archive and raise's options:
# the same POST with no picocli and no Jackson, and picocli alone on raise's arguments.
bench_jar
java -XX:ArchiveClassesAtExit="$WORK/post.jsa" "${C1[@]}" -cp "$BENCH_CP" io.eteam.bench.PlainPost cli-bench >/dev/null 2>&1
java -XX:ArchiveClassesAtExit="$WORK/picocli.jsa" "${C1[@]}" -cp "$BENCH_CP" io.eteam.bench.PicocliOnly "${RAISE[@]}" >/dev/null 2>&1

names=(hello "plain POST +AppCDS+C1+SerialGC" "picocli only +AppCDS+C1+SerialGC"
    "java -jar" "java -jar +C1+SerialGC" "java -jar +AppCDS" "java -jar +AppCDS+C1+SerialGC")
commands=(
    "java -cp $WORK/hello Hello"
    "java -XX:SharedArchiveFile=$WORK/post.jsa -Xlog:cds=off ${C1[*]} -cp $BENCH_CP io.eteam.bench.PlainPost cli-bench"
    "java -XX:SharedArchiveFile=$WORK/picocli.jsa -Xlog:cds=off ${C1[*]} -cp $BENCH_CP io.eteam.bench.PicocliOnly ${RAISE[*]}"
    "java -jar $JAR ${RAISE[*]}"
    "java ${C1[*]} -jar $JAR ${RAISE[*]}"
    "java -XX:SharedArchiveFile=$WORK/plain.jsa -jar $JAR ${RAISE[*]}"
    "java -XX:SharedArchiveFile=$WORK/c1.jsa ${C1[*]} -jar $JAR ${RAISE[*]}"
)
if [[ -x $ROOT/target/eteam ]]; then
    "$ROOT/target/eteam" "${RAISE[@]}" >/dev/null   # lets the launcher make its archive if it has none yet
    names+=("target/eteam (launcher)")
    commands+=("$ROOT/target/eteam ${RAISE[*]}")
fi
args=()
for i in "${!names[@]}"; do
    args+=(-n "${names[$i]}" "${commands[$i]}")
done
echo
echo "hyperfine -N --warmup $WARMUP --runs $RUNS (eteam raise cli-bench --kind blocked, against $URL):"
hyperfine -N --style basic --warmup "$WARMUP" --runs "$RUNS" --export-csv "$WORK/times.csv" "${args[@]}" >"$WORK/hyperfine.txt"

echo
echo "== summary =="
awk -F, 'NR == 2 { hello = $2 }
         NR >= 2 { printf "%-30s mean %6.1f ms ± %5.1f  min %6.1f  CPU %6.1f ms  %5.1f× hello-world\n",
                           $1, $2 * 1000, $3 * 1000, $7 * 1000, ($5 + $6) * 1000, $2 / hello }' \
    "$WORK/times.csv"
echo "targets: eteam raise <= 6× hello-world (first), <= 4× (next; SPEC \"Speed and size\")"
machine
