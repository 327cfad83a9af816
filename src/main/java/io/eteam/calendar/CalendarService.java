package io.eteam.calendar;

import io.eteam.event.EventBus;
import io.eteam.event.EventType;
import io.eteam.people.Person;
import io.eteam.problem.Problem;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/// The installation's work calendar and meeting schedule. Rules are in package-info.
public final class CalendarService {

    private final CalendarRepository repository;
    private final Holidays holidays;
    private final EventBus events;
    private final Clock clock;
    /// The last settings read and the calendar built on them (see `settings()`).
    private volatile Snapshot snapshot;
    /// Counts changes, so a read that raced a change is not kept as the snapshot.
    private long changes;

    /// Settings read at `readAt` (System.nanoTime) and the calendar built on them.
    private record Snapshot(CalendarSettings settings, WorkCalendar calendar, long readAt) {
    }

    /// How long a read of the settings is used before it is read again. Changes made through
    /// this service are seen at once; the age only bounds how late another server sharing the
    /// database sees a change made through it.
    private static final long FRESH_NANOS = 1_000_000_000L;

    public CalendarService(CalendarRepository repository, Holidays holidays, EventBus events, Clock clock) {
        this.repository = repository;
        this.holidays = holidays;
        this.events = events;
        this.clock = clock;
    }

    /// The calendar as people read it, with the holidays of the coming twelve months.
    public CalendarView view() {
        var s = settings();
        var today = clock.instant().atZone(s.zone()).toLocalDate();
        var upcoming = holidaysBetween(s, today, today.plusYears(1)).entrySet().stream()
                .map(e -> new CalendarView.Holiday(e.getKey(), e.getValue()[0], e.getValue()[1], hoursText(s, e.getKey())))
                .toList();
        var added = s.manualHolidays().entrySet().stream()
                .map(e -> new CalendarView.Holiday(e.getKey(), e.getValue(), "added", hoursText(s, e.getKey())))
                .toList();
        return new CalendarView(s.zone().getId(), CalendarText.days(s.workingDays()),
                s.hours().toString(), s.hours().minutes(), sourcesText(s.holidaySources()),
                Holidays.Kind.text(s.holidayKinds()), added, upcoming,
                s.targetDays(), CalendarText.abbreviation(s.meetingDay()), s.meetingTime().toString(), s.meetingMinutes());
    }

    /// The stored settings. Every API request that shows an SLA clock needs them, so they are
    /// read from the database at most once a second and at once after a change through here.
    public CalendarSettings settings() {
        return snapshot().settings();
    }

    private Snapshot snapshot() {
        var s = snapshot;
        long now = System.nanoTime();
        if (s == null || now - s.readAt() > FRESH_NANOS) {
            long before;
            synchronized (this) {
                before = changes;
            }
            var settings = repository.load();
            s = new Snapshot(settings, build(settings), now);
            synchronized (this) {
                if (changes == before) {
                    snapshot = s;
                }
            }
        }
        return s;
    }

    /// Forgets the snapshot, so the next read sees a change just committed.
    private synchronized void changed() {
        changes++;
        snapshot = null;
    }

    /// The calendar the SLA clock runs on: the settings plus every holiday (country's and hand-added).
    public WorkCalendar calendar() {
        return snapshot().calendar();
    }

    /// The calendar on `s`; built once per snapshot when `s` is the one `settings()` gave.
    public WorkCalendar calendar(CalendarSettings s) {
        var current = snapshot;
        return current != null && current.settings() == s ? current.calendar() : build(s);
    }

    private WorkCalendar build(CalendarSettings s) {
        var all = new HashSet<>(s.manualHolidays().keySet());
        for (var code : s.holidaySources()) {
            all.addAll(holidays.of(code, s.holidayKinds()).keySet());
        }
        return new WorkCalendar(s.zone(), s.workingDays(), s.dayStart(), s.dayEnd(), all, s.targetDays(), s.partDays());
    }

    /// "GB-ENG,company" as people read it; "none" for no source.
    private static String sourcesText(List<String> sources) {
        return sources.isEmpty() ? "none" : String.join(",", sources.stream()
                .map(c -> c.equals(Holidays.COMPANY) ? c : c.toUpperCase(java.util.Locale.ROOT)).toList());
    }

    private static String hoursText(CalendarSettings s, LocalDate day) {
        var hours = s.partDays().get(day);
        return hours == null ? null : hours.toString();
    }

    /// Every holiday between two dates, with its name and where it comes from (the country or
    /// subdivision code, or "added" for a date a chair added by hand).
    public Map<LocalDate, String[]> holidaysBetween(CalendarSettings s, LocalDate from, LocalDate to) {
        var result = new TreeMap<LocalDate, String[]>();
        for (var code : s.holidaySources()) {
            holidays.of(code, s.holidayKinds()).forEach((day, name) -> {
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    result.putIfAbsent(day, new String[] {name, code.toUpperCase(java.util.Locale.ROOT)});
                }
            });
        }
        s.manualHolidays().forEach((day, name) -> {
            if (!day.isBefore(from) && !day.isAfter(to)) {
                result.put(day, new String[] {name, "added"});
            }
        });
        return result;
    }

    /// K1 — only a chair changes the calendar; every field is checked before anything is saved.
    public CalendarSettings update(Person actor, CalendarUpdate u) {
        requireChair(actor);
        var saved = repository.dsl().transactionResult(tx -> {
            var repo = CalendarRepository.in(tx.dsl());
            var s = repo.load();
            var zone = u.zone() == null ? s.zone() : CalendarText.zone("zone", u.zone());
            var days = u.workingDays() == null ? s.workingDays() : CalendarText.days("working_days", u.workingDays());
            var start = s.dayStart();
            var end = s.dayEnd();
            if (u.workingHours() != null) {
                var hours = CalendarText.hours("working_hours", u.workingHours());
                start = hours.start();
                end = hours.end();
            }
            var sources = s.holidaySources();
            if (u.holidays() != null) {
                var text = u.holidays().strip();
                try {
                    sources = text.equalsIgnoreCase("none") || text.isEmpty() ? List.of() : Holidays.parse(text);
                } catch (IllegalArgumentException e) {
                    throw Problem.invalid("holidays", e.getMessage());
                }
            }
            var kinds = s.holidayKinds();
            if (u.holidayTypes() != null) {
                try {
                    kinds = Holidays.Kind.parse(u.holidayTypes());
                } catch (IllegalArgumentException e) {
                    throw Problem.invalid("holiday_types", e.getMessage());
                }
            }
            var target = u.targetDays() == null ? s.targetDays() : CalendarText.target("target_days", u.targetDays());
            var meetingDay = u.meetingDay() == null ? s.meetingDay() : CalendarText.day("meeting_day", u.meetingDay());
            var meetingTime = u.meetingTime() == null ? s.meetingTime() : CalendarText.time("meeting_time", u.meetingTime());
            int meetingMinutes = s.meetingMinutes();
            if (u.meetingMinutes() != null) {
                if (u.meetingMinutes() < 15 || u.meetingMinutes() > 720) {
                    throw Problem.invalid("meeting_minutes", "meeting_minutes must be from 15 to 720; the E-Team's default is 180.");
                }
                meetingMinutes = u.meetingMinutes();
            }
            var updated = new CalendarSettings(zone, days, start, end, sources, kinds, s.manualHolidays(), s.partDays(), target,
                    meetingDay, meetingTime, meetingMinutes);
            repo.save(updated);
            return new Saved(s, updated);
        });
        changed();
        var fields = changedFields(saved.before(), saved.after());
        if (!fields.isEmpty()) {
            announce(actor, Map.of("fields", fields));
        }
        return saved.after();
    }

    /// The settings before and after an update.
    private record Saved(CalendarSettings before, CalendarSettings after) {
    }

    /// The names (as `PUT /api/v1/calendar` takes them) of the settings that differ.
    private static List<String> changedFields(CalendarSettings before, CalendarSettings after) {
        var fields = new ArrayList<String>();
        if (!before.zone().equals(after.zone())) {
            fields.add("zone");
        }
        if (!before.workingDays().equals(after.workingDays())) {
            fields.add("working_days");
        }
        if (!before.dayStart().equals(after.dayStart()) || !before.dayEnd().equals(after.dayEnd())) {
            fields.add("working_hours");
        }
        if (!before.holidaySources().equals(after.holidaySources())) {
            fields.add("holidays");
        }
        if (!before.holidayKinds().equals(after.holidayKinds())) {
            fields.add("holiday_types");
        }
        if (before.targetDays().compareTo(after.targetDays()) != 0) {
            fields.add("target_days");
        }
        if (before.meetingDay() != after.meetingDay()) {
            fields.add("meeting_day");
        }
        if (!before.meetingTime().equals(after.meetingTime())) {
            fields.add("meeting_time");
        }
        if (before.meetingMinutes() != after.meetingMinutes()) {
            fields.add("meeting_minutes");
        }
        return fields;
    }

    /// E1 — after the change has committed.
    private void announce(Person actor, Map<String, Object> fields) {
        events.publish(EventType.CALENDAR_CHANGED, clock.instant().truncatedTo(ChronoUnit.MILLIS), actor.handle(), fields);
    }

    /// K2 — a chair adds a holiday by hand, or with `hours` a part day (the hours still worked
    /// that day); answers true when the date was new.
    public boolean addHoliday(Person actor, String date, String name, String hours) {
        requireChair(actor);
        var day = CalendarText.date("date", date);
        var label = name == null || name.isBlank() ? "" : io.eteam.problem.Text.optional("name", name, 200, false);
        var worked = hours == null || hours.isBlank() ? null : CalendarText.hours("hours", hours);
        var before = repository.dsl().transactionResult(tx -> {
            var repo = CalendarRepository.in(tx.dsl());
            var stored = repo.load();
            repo.putHoliday(day, label, worked);
            return stored;
        });
        changed();
        boolean existed = before.manualHolidays().containsKey(day);
        if (!existed || !before.manualHolidays().get(day).equals(label) || !Objects.equals(before.partDays().get(day), worked)) {
            announce(actor, Map.of("fields", List.of("added_holidays"), "date", day.toString()));
        }
        return !existed;
    }

    /// K2 — a chair removes a hand-added holiday; a country's holidays come from the library.
    public void removeHoliday(Person actor, String date) {
        requireChair(actor);
        var day = CalendarText.date("date", date);
        boolean removed = repository.removeHoliday(day);
        changed();
        if (removed) {
            announce(actor, Map.of("fields", List.of("added_holidays"), "date", day.toString()));
        } else {
            throw Problem.notFound(day + " is not a holiday added by hand; a country's public holidays are switched off with 'calendar set --holidays none'.");
        }
    }

    private static void requireChair(Person actor) {
        if (!actor.isChair()) {
            throw Problem.forbidden("Only a chair may change the work calendar; " + actor.handle() + " is a " + actor.role().wire() + ".");
        }
    }
}
