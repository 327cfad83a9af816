package io.eteam.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/// A clock set by hand: the demo moves it step by step while it plays twelve weeks of history
/// through the services, and tests move it across meetings and deadlines.
public final class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /// Moves the clock to `instant`, forwards or back.
    public void set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
    }

    /// Moves the clock forwards by `duration`.
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
