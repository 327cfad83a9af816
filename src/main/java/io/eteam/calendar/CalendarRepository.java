package io.eteam.calendar;

import static io.eteam.db.schema.Tables.CALENDAR_HOLIDAY;
import static io.eteam.db.schema.Tables.CALENDAR_SETTING;
import static io.eteam.db.schema.Tables.CALENDAR_VERSION;

import io.eteam.db.schema.tables.records.CalendarVersionRecord;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The stored calendar: one row of settings plus the holidays added by hand.
public final class CalendarRepository {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarRepository.class);

    private final DSLContext dsl;

    public CalendarRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public static CalendarRepository in(DSLContext tx) {
        return new CalendarRepository(tx);
    }

    /// The stored settings. A value that cannot be read (edited by hand, or stored by an older
    /// version) is replaced by its default and logged: a calendar nobody can read must not take
    /// every route down, least of all the `PUT` that would repair it. `now` picks the version
    /// in force.
    public CalendarSettings load(Instant now) {
        var r = dsl.selectFrom(CALENDAR_SETTING)
                .where(CALENDAR_SETTING.ID.eq(1))
                .fetchSingle();
        var manual = new TreeMap<LocalDate, String>();
        var partDays = new TreeMap<LocalDate, Hours>();
        dsl.select(CALENDAR_HOLIDAY.HOLIDAY_DATE, CALENDAR_HOLIDAY.NAME, CALENDAR_HOLIDAY.WORK_START, CALENDAR_HOLIDAY.WORK_END)
                .from(CALENDAR_HOLIDAY)
                .orderBy(CALENDAR_HOLIDAY.HOLIDAY_DATE)
                .forEach(h -> {
                    manual.put(h.value1(), h.value2());
                    if (h.value3() != null && h.value4() != null) {
                        partDays.put(h.value1(), readable("calendar_holiday.work_start", h.value3(), t -> new Hours(t, h.value4()), null));
                    }
                });
        partDays.values().removeIf(java.util.Objects::isNull);
        var versions = dsl.selectFrom(CALENDAR_VERSION)
                .orderBy(CALENDAR_VERSION.EFFECTIVE_FROM, CALENDAR_VERSION.ID)
                .fetch(CalendarRepository::version);
        var current = versions.stream()
                .filter(v -> v.team() == null && !v.superseded() && !v.effectiveFrom().isAfter(now))
                .reduce((a, b) -> b)
                .orElseGet(() -> versions.stream().filter(v -> v.team() == null && !v.superseded()).findFirst()
                        .orElseGet(CalendarRepository::defaultVersion));
        var meetingDay = readable("meeting_day", r.getMeetingDay(), d -> CalendarText.day("meeting_day", d), DayOfWeek.TUESDAY);
        var meetingTime = r.getMeetingTime() == null ? LocalTime.of(13, 0) : r.getMeetingTime();
        var meetingMinutes = r.getMeetingMinutes() == null ? 180 : r.getMeetingMinutes();
        return new CalendarSettings(current, versions.isEmpty() ? List.of(current) : versions, manual, partDays,
                meetingDay, meetingTime, meetingMinutes, r.getFollowUpMinutes() == null ? 10 : r.getFollowUpMinutes());
    }

    /// The installation's default calendar, in force since 1970: what a database without any
    /// version (emptied by hand) counts with.
    private static CalendarVersion defaultVersion() {
        var d = WorkCalendar.defaults();
        return new CalendarVersion(0, null, Instant.EPOCH, d.zone(), d.workingDays(), d.dayStart(), d.dayEnd(), List.of(),
                Set.of(Holidays.Kind.PUBLIC), d.targetDays(), Instant.EPOCH, null, false, false);
    }

    private static CalendarVersion version(CalendarVersionRecord r) {
        var defaults = WorkCalendar.defaults();
        var zone = readable("zone", r.getZone(), z -> CalendarText.zone("zone", z), defaults.zone());
        var days = readable("working_days", r.getWorkingDays(), d -> CalendarText.days("working_days", d), defaults.workingDays());
        var start = r.getDayStart();
        var end = r.getDayEnd();
        if (start == null || end == null || start.getSecond() != 0 || end.getSecond() != 0 || start.getNano() != 0 || end.getNano() != 0) {
            LOG.warn("The stored working hours {}-{} cannot be used; counting {}-{} until a chair sets them.",
                    start, end, defaults.dayStart(), defaults.dayEnd());
            start = defaults.dayStart();
            end = defaults.dayEnd();
        }
        var sources = readable("holiday_country", r.getHolidayCountry(), Holidays::parse, List.<String>of());
        var kinds = readable("holiday_types", r.getHolidayTypes(), Holidays.Kind::parse, Set.of(Holidays.Kind.PUBLIC));
        var target = readable("target_days", r.getTargetDays(), t -> CalendarText.target("target_days", t), defaults.targetDays());
        return new CalendarVersion(r.getId(), r.getTeam(), r.getEffectiveFrom(), zone, days, start, end, sources, kinds,
                target, r.getSetAt(), r.getSetBy(), Boolean.TRUE.equals(r.getRestated()), Boolean.TRUE.equals(r.getSuperseded()));
    }

    /// `stored` read by `read`, or `fallback` when it is missing or `read` refuses it.
    private static <S, T> T readable(String column, S stored, Function<S, T> read, T fallback) {
        if (stored == null) {
            return fallback;
        }
        try {
            return read.apply(stored);
        } catch (RuntimeException unreadable) {
            LOG.warn("The stored calendar setting {} = '{}' cannot be read; using {} until a chair sets it again.",
                    column, stored, fallback == null ? "none" : fallback);
            return fallback;
        }
    }

    /// True once any blocker is recorded: from then on a calendar change has a past to keep.
    public boolean anyBlocker() {
        return dsl.fetchExists(io.eteam.db.schema.Tables.BLOCKER);
    }

    /// Stores the meeting schedule.
    public void saveSchedule(DayOfWeek day, LocalTime time, int minutes, int followUpMinutes) {
        dsl.update(CALENDAR_SETTING)
                .set(CALENDAR_SETTING.MEETING_DAY, CalendarText.abbreviation(day))
                .set(CALENDAR_SETTING.MEETING_TIME, time)
                .set(CALENDAR_SETTING.MEETING_MINUTES, minutes)
                .set(CALENDAR_SETTING.FOLLOW_UP_MINUTES, followUpMinutes)
                .where(CALENDAR_SETTING.ID.eq(1))
                .execute();
    }

    /// Adds `v` as the newest version of its calendar, in force from its instant: the versions of
    /// the same calendar from that instant on are superseded (kept for the history).
    public void addVersion(CalendarVersion v) {
        var sameTeam = v.team() == null ? CALENDAR_VERSION.TEAM.isNull() : CALENDAR_VERSION.TEAM.eq(v.team());
        dsl.update(CALENDAR_VERSION)
                .set(CALENDAR_VERSION.SUPERSEDED, true)
                .where(sameTeam)
                .and(CALENDAR_VERSION.EFFECTIVE_FROM.ge(v.effectiveFrom()))
                .and(CALENDAR_VERSION.SUPERSEDED.isFalse())
                .execute();
        dsl.insertInto(CALENDAR_VERSION)
                .set(CALENDAR_VERSION.TEAM, v.team())
                .set(CALENDAR_VERSION.EFFECTIVE_FROM, v.effectiveFrom())
                .set(CALENDAR_VERSION.ZONE, v.zone().getId())
                .set(CALENDAR_VERSION.WORKING_DAYS, v.workingDays().stream().map(CalendarText::abbreviation).collect(Collectors.joining(",")))
                .set(CALENDAR_VERSION.DAY_START, v.dayStart())
                .set(CALENDAR_VERSION.DAY_END, v.dayEnd())
                .set(CALENDAR_VERSION.HOLIDAY_COUNTRY, v.holidaySources().isEmpty() ? null : String.join(",", v.holidaySources()))
                .set(CALENDAR_VERSION.HOLIDAY_TYPES, Holidays.Kind.text(v.holidayKinds()))
                .set(CALENDAR_VERSION.TARGET_DAYS, v.targetDays())
                .set(CALENDAR_VERSION.SET_AT, v.setAt())
                .set(CALENDAR_VERSION.SET_BY, v.setBy())
                .set(CALENDAR_VERSION.RESTATED, v.restated())
                .execute();
    }

    /// The name of the hand-added holiday on `day`, if it is one.
    public java.util.Optional<String> holidayName(LocalDate day) {
        return dsl.select(CALENDAR_HOLIDAY.NAME)
                .from(CALENDAR_HOLIDAY)
                .where(CALENDAR_HOLIDAY.HOLIDAY_DATE.eq(day))
                .fetchOptional(CALENDAR_HOLIDAY.NAME);
    }

    /// Adds or changes a hand-added holiday (with `hours`: a part day); answers true when the date was new.
    public boolean putHoliday(LocalDate day, String name, Hours hours) {
        int updated = dsl.update(CALENDAR_HOLIDAY)
                .set(CALENDAR_HOLIDAY.NAME, name)
                .set(CALENDAR_HOLIDAY.WORK_START, hours == null ? null : hours.start())
                .set(CALENDAR_HOLIDAY.WORK_END, hours == null ? null : hours.end())
                .where(CALENDAR_HOLIDAY.HOLIDAY_DATE.eq(day))
                .execute();
        if (updated == 0) {
            dsl.insertInto(CALENDAR_HOLIDAY)
                    .set(CALENDAR_HOLIDAY.HOLIDAY_DATE, day)
                    .set(CALENDAR_HOLIDAY.NAME, name)
                    .set(CALENDAR_HOLIDAY.WORK_START, hours == null ? null : hours.start())
                    .set(CALENDAR_HOLIDAY.WORK_END, hours == null ? null : hours.end())
                    .execute();
            return true;
        }
        return false;
    }

    public boolean removeHoliday(LocalDate day) {
        return dsl.deleteFrom(CALENDAR_HOLIDAY)
                .where(CALENDAR_HOLIDAY.HOLIDAY_DATE.eq(day))
                .execute() == 1;
    }
}
