package io.eteam.calendar;

import static io.eteam.db.schema.Tables.CALENDAR_HOLIDAY;
import static io.eteam.db.schema.Tables.CALENDAR_SETTING;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/// The stored calendar: one row of settings plus the holidays added by hand.
public final class CalendarRepository {

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

    public CalendarSettings load() {
        var r = dsl.selectFrom(CALENDAR_SETTING)
                .where(CALENDAR_SETTING.ID.eq(1))
                .fetchSingle();
        var manual = dsl.select(CALENDAR_HOLIDAY.HOLIDAY_DATE, CALENDAR_HOLIDAY.NAME)
                .from(CALENDAR_HOLIDAY)
                .orderBy(CALENDAR_HOLIDAY.HOLIDAY_DATE)
                .fetchMap(CALENDAR_HOLIDAY.HOLIDAY_DATE, CALENDAR_HOLIDAY.NAME);
        var days = Arrays.stream(r.getWorkingDays().split(","))
                .map(d -> DayOfWeek.valueOf(CalendarText.dayName(d)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        return new CalendarSettings(ZoneId.of(r.getZone()), days, r.getDayStart(), r.getDayEnd(),
                r.getHolidayCountry(), new TreeMap<>(manual), CalendarText.target("target_days", r.getTargetDays()),
                DayOfWeek.valueOf(CalendarText.dayName(r.getMeetingDay())), r.getMeetingTime(), r.getMeetingMinutes());
    }

    public void save(CalendarSettings s) {
        dsl.update(CALENDAR_SETTING)
                .set(CALENDAR_SETTING.ZONE, s.zone().getId())
                .set(CALENDAR_SETTING.WORKING_DAYS, s.workingDays().stream().map(CalendarText::abbreviation).collect(Collectors.joining(",")))
                .set(CALENDAR_SETTING.DAY_START, s.dayStart())
                .set(CALENDAR_SETTING.DAY_END, s.dayEnd())
                .set(CALENDAR_SETTING.HOLIDAY_COUNTRY, s.holidayCountry())
                .set(CALENDAR_SETTING.TARGET_DAYS, s.targetDays())
                .set(CALENDAR_SETTING.MEETING_DAY, CalendarText.abbreviation(s.meetingDay()))
                .set(CALENDAR_SETTING.MEETING_TIME, s.meetingTime())
                .set(CALENDAR_SETTING.MEETING_MINUTES, s.meetingMinutes())
                .where(CALENDAR_SETTING.ID.eq(1))
                .execute();
    }

    /// Adds or renames a hand-added holiday; answers true when the date was new.
    /// The name of the hand-added holiday on `day`, if it is one.
    public java.util.Optional<String> holidayName(LocalDate day) {
        return dsl.select(CALENDAR_HOLIDAY.NAME)
                .from(CALENDAR_HOLIDAY)
                .where(CALENDAR_HOLIDAY.HOLIDAY_DATE.eq(day))
                .fetchOptional(CALENDAR_HOLIDAY.NAME);
    }

    public boolean putHoliday(LocalDate day, String name) {
        int updated = dsl.update(CALENDAR_HOLIDAY)
                .set(CALENDAR_HOLIDAY.NAME, name)
                .where(CALENDAR_HOLIDAY.HOLIDAY_DATE.eq(day))
                .execute();
        if (updated == 0) {
            dsl.insertInto(CALENDAR_HOLIDAY)
                    .set(CALENDAR_HOLIDAY.HOLIDAY_DATE, day)
                    .set(CALENDAR_HOLIDAY.NAME, name)
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
