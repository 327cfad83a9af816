package io.eteam.sla;

import io.eteam.blocker.Impact;
import io.eteam.blocker.Kind;
import io.eteam.blocker.Status;
import io.eteam.calendar.WorkCalendar;
import io.eteam.calendar.WorkingTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/// Blockers and instants for the report tests, on the default calendar (Stockholm, Monday to
/// Friday 09:00–17:00, target 1200 minutes). Week 2026-W47 runs Monday 2026-11-16 to Sunday
/// 2026-11-22; its end is Monday 2026-11-23 00:00 (+01:00). Meetings end Tuesdays at 16:00.
final class Fixtures {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final WorkCalendar CAL = WorkCalendar.defaults();
    static final SlaPeriod W47 = SlaPeriod.week("2026-W47");
    static final Instant AFTER_W47 = at("2026-11-25T12:00");
    static final Instant MEETING_AFTER_W47_ENDS = at("2026-11-24T16:00");

    private Fixtures() {
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(STOCKHOLM).toInstant();
    }

    static SlaBlocker open(long id, String raised) {
        return blocker(id, "ana", null, Kind.BLOCKED, raised, null, Status.OPEN);
    }

    static SlaBlocker resolved(long id, String raised, String resolved) {
        return blocker(id, "ana", null, Kind.BLOCKED, raised, resolved, Status.RESOLVED);
    }

    static SlaBlocker blocker(long id, String raisedBy, String blocking, Kind kind, String raised, String resolved,
            Status status) {
        return new SlaBlocker(id, "Blocker " + id, kind, Impact.MEDIUM, raisedBy, blocking, at(raised),
                resolved == null ? null : at(resolved), status);
    }

    /// A blocker raised on Monday 2026-11-16 at 09:00 and resolved after exactly `minutes`
    /// working minutes (at most 2400, so it closes within week 47).
    static SlaBlocker resolvedAfter(long id, long minutes) {
        var raised = at("2026-11-16T09:00");
        return new SlaBlocker(id, "Blocker " + id, Kind.BLOCKED, Impact.MEDIUM, "ana", null, raised,
                WorkingTime.plusWorkingMinutes(CAL, raised, minutes), Status.RESOLVED);
    }

    static SlaReport week47(List<SlaBlocker> blockers) {
        return SlaReport.build(CAL, W47, AFTER_W47, asOf -> MEETING_AFTER_W47_ENDS, blockers, 0, List.of());
    }
}
