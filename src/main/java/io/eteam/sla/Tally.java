package io.eteam.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/// Counts rows into one summary or trend week; keeps the closed blockers' working minutes in
/// a bare `long[]` so that a year of rows costs one sort, not a box per value.
final class Tally {

    private static final BigDecimal NO_RATE = BigDecimal.ZERO.setScale(3);

    private long[] closedMinutes = new long[16];
    private int resolved;
    private int withdrawn;
    private int met;
    private int breached;
    private int openAtEnd;
    private int openBreached;
    private int atRisk;

    void closed(long minutes, SlaStatus status, boolean wasWithdrawn) {
        if (resolved == closedMinutes.length) {
            closedMinutes = Arrays.copyOf(closedMinutes, resolved * 2);
        }
        closedMinutes[resolved++] = minutes;
        if (wasWithdrawn) {
            withdrawn++;
        }
        if (status == SlaStatus.MET) {
            met++;
        } else {
            breached++;
        }
    }

    void open(SlaStatus status) {
        openAtEnd++;
        if (status == SlaStatus.BREACHED) {
            openBreached++;
        } else if (status == SlaStatus.AT_RISK) {
            atRisk++;
        }
    }

    SlaSummary summary(int minutesPerDay) {
        Arrays.sort(closedMinutes, 0, resolved);
        return new SlaSummary(resolved, withdrawn, met, breached, breachRate(),
                percentile(50, minutesPerDay), percentile(85, minutesPerDay), percentile(100, minutesPerDay),
                openAtEnd, openBreached, atRisk);
    }

    SlaWeek week(String label, int minutesPerDay) {
        Arrays.sort(closedMinutes, 0, resolved);
        return new SlaWeek(label, resolved, met, breached, breachRate(), percentile(50, minutesPerDay));
    }

    private BigDecimal breachRate() {
        if (resolved == 0) {
            return NO_RATE;
        }
        return BigDecimal.valueOf(breached).divide(BigDecimal.valueOf(resolved), 3, RoundingMode.HALF_UP);
    }

    /// Nearest rank: the value at 1-based rank ceil(p/100 × n) of the sorted values, always one
    /// that was observed; computed in integers, so 85 % of 20 is rank 17 exactly.
    private BigDecimal percentile(int percent, int minutesPerDay) {
        if (resolved == 0) {
            return null;
        }
        int rank = (int) ((percent * (long) resolved + 99) / 100);
        return SlaRules.days(closedMinutes[rank - 1], minutesPerDay);
    }
}
