/// `eteam serve --demo`: a fictional E-Team (Cadenza, a music and audio streaming company:
/// two co-presidents, fourteen VPs, two direct reports) with twelve weeks of history ending now,
/// in the middle of a meeting.
///
/// DEMO-1 — The history is played through the services, never written with SQL: every blocker is
///          raised, resolved or withdrawn, every meeting started and ended, every check-in made or
///          refused, the calendar set and every action marked done by the same code a user calls,
///          so the rules hold for the demo too. Refused deferrals and refused check-ins are real
///          refusals, kept where the service keeps them, and the one overruled deferral is a chair's
///          real overrule.
/// DEMO-2 — Time is a [io.eteam.demo.MutableClock] the history moves step by step, in time order,
///          stopping at "now": nothing is dated in the future, and the meeting under way now is left
///          running. The server then opens the same database on the system clock, so the demo
///          serves exactly like `eteam serve`.
/// DEMO-3 — The history is deterministic: one seeded `java.util.Random`, with every date relative
///          to "now", so the same instant gives the same history and tests are stable.
/// DEMO-4 — The demo database is a fresh in-memory H2 database: it needs no cleaning up, even
///          after `kill -9`, and `--demo` refuses `--db` rather than fill a real database with fiction.
/// DEMO-5 — Most blockers meet the target: a blocker still within it when the next meeting ends
///          waits for the room; of those that would not be, the raiser or a chair decides most
///          between meetings (or the raiser withdraws them), within target, and a few wait for the
///          room and breach: 27% of a week's blockers in the oldest week, down to 12% in the last
///          complete one, about one in five over the twelve weeks.
/// DEMO-6 — A meeting is running when the demo starts, whatever the time: the demo keeps the
///          E-Team's schedule (Tuesday 13:00, 180 minutes) when by it a meeting is between 30 and
///          75 minutes under way, and otherwise meets on today's weekday from the quarter hour 45 to
///          60 minutes ago (midnight at the earliest: a meeting takes check-ins on its own day
///          only). The calendar has Sweden's public holidays, and Trust & Safety, which moderates
///          around the clock, has its own calendar of every hour of every day, so that one of its
///          blockers is always at risk during the meeting, even at night, at a weekend or on a holiday.
/// DEMO-7 — The meeting running now has its breached items first, one or two more than it has
///          decided (one every twelve minutes or so, at most three), and the next item on the
///          clock; what it has not reached is not past the target now. In a week whose holidays
///          leave too little working time for that, the breached items are Trust & Safety's.
///          Owners do their actions on the afternoon they are due (one in six a day late), except
///          the first one or two due in the ten days before today: those are overdue, on the
///          meeting's follow-up. One decision in three whose story names no due date gets one.
/// DEMO-8 — Three meetings before the one running now, a chair overrules the deferral check once:
///          "Postpone episode 4 until the court rules." is the decision (the season launches
///          without it), though the rule refuses it when the raiser types it.
package io.eteam.demo;
