package io.eteam.sla;

import io.eteam.calendar.WorkCalendar;
import io.eteam.calendar.WorkingTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/// The SLA status of one blocker at one instant: rules SLA-1–SLA-4 and SLA-7 in `package-info.java`.
public final class SlaRules {

    private SlaRules() {
    }

    /// The SLA clock of a blocker raised at `raisedAt`, as it reads at `asOf`.
    ///
    /// `closedAt` is when it was resolved or withdrawn, null while open. A `closedAt` after
    /// `asOf` reads as open, so a report can read any past instant without first hiding what
    /// happened later. `nextMeetingEnd` is the end of the first meeting that ends after `asOf`;
    /// only an open blocker within target needs it, so it may be null for a closed one.
    public static SlaClock classify(
            WorkCalendar cal, Instant raisedAt, Instant closedAt, Instant asOf, Instant nextMeetingEnd) {
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(asOf, "asOf");
        /// The target in force when the blocker was raised: a later change does not move it.
        long target = cal.at(raisedAt).targetMinutes();
        if (closedAt != null && !closedAt.isAfter(asOf)) {
            return closed(cal, target, raisedAt, closedAt);
        }
        return open(cal, target, raisedAt, asOf, nextMeetingEnd);
    }

    /// Working minutes as working days of this calendar, two decimals, half up: the
    /// `working_days` of the report and of a blocker in the API.
    public static BigDecimal workingDays(WorkCalendar cal, long minutes) {
        return days(minutes, cal.minutesPerDay());
    }

    /// `target` is `cal.targetMinutes()`, passed in because a report reads it once for
    /// every blocker rather than multiplying decimals per row.
    static SlaClock closed(WorkCalendar cal, long target, Instant raisedAt, Instant closedAt) {
        long minutes = WorkingTime.minutesBetween(cal, raisedAt, closedAt);
        return new SlaClock(minutes <= target ? SlaStatus.MET : SlaStatus.BREACHED, minutes);
    }

    static SlaClock open(WorkCalendar cal, long target, Instant raisedAt, Instant asOf, Instant nextMeetingEnd) {
        long minutes = WorkingTime.minutesBetween(cal, raisedAt, asOf);
        if (minutes > target) {
            return new SlaClock(SlaStatus.BREACHED, minutes);
        }
        Objects.requireNonNull(nextMeetingEnd, "nextMeetingEnd");
        var targetFalls = WorkingTime.plusWorkingMinutes(cal, raisedAt, target);
        return new SlaClock(targetFalls.isBefore(nextMeetingEnd) ? SlaStatus.AT_RISK : SlaStatus.OPEN, minutes);
    }

    /// In whole hundredths, half up (`WorkingTime.hundredthsOfDays`).
    static BigDecimal days(long minutes, int minutesPerDay) {
        return BigDecimal.valueOf(WorkingTime.hundredthsOfDays(minutes, minutesPerDay), 2);
    }
}
