package io.eteam.calendar;

import java.time.LocalTime;
import java.util.Objects;

/// Working hours of a day in whole minutes, from `start` for as long as it takes to reach `end`:
/// an end before the start crosses midnight (22:00-06:00 is eight hours ending the next morning),
/// and an end equal to the start is a whole day (00:00-24:00, stored as 00:00-00:00).
public record Hours(LocalTime start, LocalTime end) {

    static final long SECONDS_PER_DAY = 86_400;

    public Hours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!isWholeMinute(start) || !isWholeMinute(end)) {
            throw new IllegalArgumentException("Working hours are whole minutes (HH:MM): got " + start + "-" + end + ".");
        }
    }

    /// Seconds after local midnight of its date at which the hours begin.
    long opens() {
        return start.toSecondOfDay();
    }

    /// How long they last, in seconds: from 60 to a whole day.
    long seconds() {
        long s = Math.floorMod(end.toSecondOfDay() - start.toSecondOfDay(), SECONDS_PER_DAY);
        return s == 0 ? SECONDS_PER_DAY : s;
    }

    public int minutes() {
        return (int) (seconds() / 60);
    }

    /// As chairs type them: "09:00-17:00", "22:00-06:00", "00:00-24:00".
    @Override
    public String toString() {
        var endText = end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString();
        return start + "-" + endText;
    }

    private static boolean isWholeMinute(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0;
    }
}
