package io.eteam.meeting;

import io.eteam.problem.Problem;
import java.time.Instant;
import java.util.Arrays;

/// What a chair did to the current item of a running meeting, other than recording its outcome
/// (MTG-13–MTG-15): moved on to the next item, gave it another minute, or pushed it to overflow.
public record Step(long blockerId, Kind kind, Instant at, String by) {

    public enum Kind {
        /// MTG-13 — move on: the item goes to the back of the queue, still in this meeting.
        NEXT("next"),
        /// MTG-14 — one more minute on the item's time box.
        EXTEND("extend"),
        /// MTG-15 — below the cut-off line: the item is left for the next meeting.
        OVERFLOW("overflow");

        private final String wire;

        Kind(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        /// The kind named `wire`, or `400 invalid_request` naming `step`.
        public static Kind parse(String wire) {
            return Arrays.stream(values()).filter(k -> k.wire.equals(wire)).findFirst()
                    .orElseThrow(() -> Problem.invalid("step", "step must be next, extend or overflow."));
        }
    }
}
