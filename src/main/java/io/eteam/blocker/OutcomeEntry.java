package io.eteam.blocker;

import java.time.Instant;

/// One history entry about a blocker's outcome: a resolution or withdrawal (who recorded it), a
/// decision or reason the deferral check refused, or one a chair overruled it for. `text` is the
/// decision or reason typed, `phrase` the words the check quoted, `overrule` the chair's reason.
public record OutcomeEntry(long blockerId, Instant at, String actor, Kind kind, String field, String text,
                           String phrase, String overrule) {

    /// What the entry records.
    public enum Kind {
        RESOLVED("resolved"), WITHDRAWN("withdrawn"), DEFERRAL_REFUSED("deferral_refused"),
        DEFERRAL_OVERRULED("deferral_overruled");

        final String action;

        Kind(String action) {
            this.action = action;
        }
    }
}
