/// `eteam serve --demo`: a fictional E-Team (Cadenza, a music and audio streaming company:
/// two co-presidents, fourteen VPs, two direct reports) with twelve weeks of history ending now.
///
/// DEMO-1 — The history is played through the services, never written with SQL: every blocker is
///          raised, resolved or withdrawn, every meeting started and ended, and every check-in
///          made or refused by the same code a user calls, so the rules hold for the demo too.
///          Refused deferrals and refused check-ins are real refusals, kept where the service keeps them.
/// DEMO-2 — Time is a [io.eteam.demo.MutableClock] the history moves step by step, in time order,
///          stopping at "now": nothing is dated in the future, and a meeting under way now is left
///          running. The server then opens the same database on the system clock, so the demo
///          serves exactly like `eteam serve`.
/// DEMO-3 — The history is deterministic: one seeded `java.util.Random`, with every date relative
///          to "now", so the same instant gives the same history and tests are stable.
/// DEMO-4 — The demo database is a fresh in-memory H2 database: it needs no cleaning up, even
///          after `kill -9`, and `--demo` refuses `--db` rather than fill a real database with fiction.
package io.eteam.demo;
