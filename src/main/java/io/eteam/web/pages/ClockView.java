package io.eteam.web.pages;

import io.eteam.sla.SlaService;
import io.eteam.sla.SlaStatus;

/// An open blocker's SLA clock as the pages show it: working days so far against the target,
/// with the words and CSS class that make at risk and breached stand out. The clock itself is
/// read by `SlaService`, so the pages and the API never disagree.
public record ClockView(long minutes, String days, String target, SlaStatus status) {

    static ClockView of(SlaService.Reading reading) {
        return new ClockView(reading.workingMinutes(), Times.days(reading.workingDays().doubleValue()),
                reading.targetDays().toPlainString(), reading.sla());
    }

    public String label() {
        return switch (status) {
            case OPEN -> "on track";
            case AT_RISK -> "at risk";
            case BREACHED -> "breached";
            case MET -> "met";
        };
    }

    public String css() {
        return status.wire().replace('_', '-');
    }

    /// Sorts breached first, then at risk, then on track.
    int urgency() {
        return switch (status) {
            case BREACHED -> 3;
            case AT_RISK -> 2;
            case OPEN -> 1;
            case MET -> 0;
        };
    }
}
