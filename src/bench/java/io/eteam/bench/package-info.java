/// Rerunnable benchmarks and stress runs, built with the tests (not into `eteam.jar`), so that a
/// figure in the README can be reproduced on any machine with one command and no test framework.
///
/// BENCH-1 — `SlaReportBenchmark` times the SLA report for one calendar year of a generated
///           one-million-blocker history against a plain jOOQ read of the same rows.
/// BENCH-2 — the history is generated, not imported: a fixed seed gives the same blockers on every
///           machine (their instants move with the day it is generated, ending then).
/// BENCH-3 — generation goes straight to the tables in batches (`BenchRepository`), not through the
///           HTTP API or `BlockerService`: a million single inserts with their history rows would take
///           longer than the benchmark itself. Each blocker gets the history `BlockerService` would
///           have written (raised, refused deferrals, resolved or withdrawn), so that a read of the
///           history table costs what it would in an installation. People are added through
///           `PeopleService`, as a chair would add them.
/// BENCH-4 — a database that already holds the asked number of blockers is reused as it is; the
///           default one under `target/bench/` is generated again when the number differs, any other
///           is refused unless it holds no blockers.
/// BENCH-5 — each measured run follows a change to the blocker table, or H2 would hand back its last
///           result of the same query instead of reading; runs of the report and of the plain read
///           alternate, so that load from elsewhere on the machine hits both alike.
/// BENCH-6 — `BareJavalin` is the floor under `eteam serve`'s start-up: a Javalin server with only
///           the health route, started the way `src/bench/http.sh` starts eteam, with the same JVM
///           options and an AppCDS archive of its own.
/// BENCH-7 — `PlainPost` and `PicocliOnly` split `eteam raise`'s wall time in `src/bench/cli.sh`:
///           the HTTP request alone, and picocli alone building and parsing the same command line.
package io.eteam.bench;
