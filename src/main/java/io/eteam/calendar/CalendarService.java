package io.eteam.calendar;

import io.eteam.event.EventBus;
import io.eteam.db.Outbox;
import io.eteam.event.EventType;
import io.eteam.people.Person;
import io.eteam.problem.Problem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

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
    /// Hears `calendar.changed` from every server sharing the database (EVT-6), once subscribed.
    private final AtomicBoolean listening = new AtomicBoolean();

    /// Settings read at `readAt` (System.nanoTime), the installation's calendar and each team's
    /// built on them.
    private record Snapshot(CalendarSettings settings, WorkCalendar calendar, Map<String, WorkCalendar> teams, long readAt) {
    }

    /// How long a read of the settings is used before it is read again. Changes made through
    /// this service are seen at once, and so are those of another server sharing the database,
    /// through their `calendar.changed` events; the age bounds how late a change is seen when its
    /// event is lost.
    private static final long FRESH_NANOS = 1_000_000_000L;

    public CalendarService(CalendarRepository repository, Holidays holidays, EventBus events, Clock clock) {
        this.repository = repository;
        this.holidays = holidays;
        this.events = events;
        this.clock = clock;
    }

    /// The installation's calendar as people read it, with the holidays of the coming twelve months.
    public CalendarView view() {
        return view(null);
    }

    /// `team`'s calendar (null: the installation's) as people read it.
    public CalendarView view(String team) {
        var s = settings();
        var v = s.inForce(team, clock.instant());
        var today = clock.instant().atZone(v.zone()).toLocalDate();
        var upcoming = holidaysBetween(s, v, today, today.plusYears(1)).entrySet().stream()
                .map(e -> new CalendarView.Holiday(e.getKey(), e.getValue()[0], e.getValue()[1], hoursText(s, e.getKey())))
                .toList();
        var added = s.manualHolidays().entrySet().stream()
                .map(e -> new CalendarView.Holiday(e.getKey(), e.getValue(), "added", hoursText(s, e.getKey())))
                .toList();
        return new CalendarView(team, v.zone().getId(), CalendarText.days(v.workingDays()),
                v.hours().toString(), v.hours().minutes(), sourcesText(v.holidaySources()),
                Holidays.Kind.text(v.holidayKinds()), added, upcoming,
                v.targetDays(), CalendarText.abbreviation(s.meetingDay()), s.meetingTime().toString(), s.meetingMinutes(),
                s.followUpMinutes());
    }

    /// Every version of every calendar, oldest first, superseded ones marked: `eteam calendar history`.
    public List<CalendarView.Version> history() {
        return repository.load(clock.instant()).versions().stream()
                .map(v -> new CalendarView.Version(v.id(), v.team(), v.effectiveFrom(), v.zone().getId(),
                        CalendarText.days(v.workingDays()), v.hours().toString(), sourcesText(v.holidaySources()),
                        Holidays.Kind.text(v.holidayKinds()), v.targetDays(), v.setAt(), v.setBy(), v.restated(), v.superseded()))
                .toList();
    }

    /// The stored settings. Every API request that shows an SLA clock needs them, so they are
    /// read from the database at most once a second and at once after a change through here.
    public CalendarSettings settings() {
        return snapshot().settings();
    }

    private Snapshot snapshot() {
        if (!listening.get()) {
            listen();
        }
        var s = snapshot;
        long now = System.nanoTime();
        if (s == null || now - s.readAt() > FRESH_NANOS) {
            long before;
            synchronized (this) {
                before = changes;
            }
            var settings = repository.load(clock.instant());
            s = new Snapshot(settings, calendarOf(settings, null), teamCalendars(settings), now);
            synchronized (this) {
                if (changes == before) {
                    snapshot = s;
                }
            }
        }
        return s;
    }

    /// Subscribes on first use, when the database is open: a server's bus may need it to start.
    /// Holds no lock of this service meanwhile, since the bus calls `changed` under its own.
    private void listen() {
        if (listening.compareAndSet(false, true)) {
            try {
                events.subscribe(event -> {
                    if (event.type() == EventType.CALENDAR_CHANGED) {
                        changed();
                    }
                });
            } catch (RuntimeException e) {
                listening.set(false);
                throw e;
            }
        }
    }

    /// Forgets the snapshot, so the next read sees a change just committed.
    private synchronized void changed() {
        changes++;
        snapshot = null;
    }

    /// The installation's calendar, with every version: the settings plus every holiday
    /// (the sources' and hand-added).
    public WorkCalendar calendar() {
        return snapshot().calendar();
    }

    /// Every calendar an SLA clock may run on: the installation's and each team's own.
    public Calendars calendars() {
        var s = snapshot();
        return new Calendars(s.calendar(), s.teams());
    }

    /// The calendars on `s`; built once per snapshot when `s` is the one `settings()` gave.
    public Calendars calendars(CalendarSettings s) {
        var current = snapshot;
        if (current != null && current.settings() == s) {
            return new Calendars(current.calendar(), current.teams());
        }
        return new Calendars(calendarOf(s, null), teamCalendars(s));
    }

    private Map<String, WorkCalendar> teamCalendars(CalendarSettings s) {
        var teams = new java.util.HashMap<String, WorkCalendar>();
        s.teams().forEach(team -> teams.put(team, calendarOf(s, team)));
        return Map.copyOf(teams);
    }

    /// The installation's calendar on `s`; built once per snapshot when `s` is the one `settings()` gave.
    public WorkCalendar calendar(CalendarSettings s) {
        var current = snapshot;
        return current != null && current.settings() == s ? current.calendar() : calendarOf(s, null);
    }

    /// `team`'s calendar (null: the installation's) on `s`, its versions keyed by when each
    /// comes into force, the one in force now on top.
    private WorkCalendar calendarOf(CalendarSettings s, String team) {
        var byStart = new TreeMap<Instant, WorkCalendar>();
        for (var v : s.timeline(team)) {
            byStart.put(v.effectiveFrom(), version(s, v));
        }
        var now = s.inForce(team, clock.instant());
        return version(s, now).withVersions(byStart);
    }

    private WorkCalendar version(CalendarSettings s, CalendarVersion v) {
        var all = new HashSet<>(s.manualHolidays().keySet());
        for (var code : v.holidaySources()) {
            all.addAll(holidays.of(code, v.holidayKinds()).keySet());
        }
        return new WorkCalendar(v.zone(), v.workingDays(), v.dayStart(), v.dayEnd(), all, v.targetDays(), s.partDays());
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
        return holidaysBetween(s, s.current(), from, to);
    }

    private Map<LocalDate, String[]> holidaysBetween(CalendarSettings s, CalendarVersion v, LocalDate from, LocalDate to) {
        var result = new TreeMap<LocalDate, String[]>();
        for (var code : v.holidaySources()) {
            holidays.of(code, v.holidayKinds()).forEach((day, name) -> {
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

    /// CAL-7 — only a chair changes a calendar; every field is checked before anything is saved.
    /// CAL-10 — a change of the working week is a new version in force from `from` (a date, from its
    /// start in the version's zone; default: now); earlier moments keep the version they had,
    /// unless a chair names an earlier date, which restates the past and is recorded as such.
    /// Until the first blocker is recorded, a change holds from the start (setting up).
    /// With `team` the change makes or changes that team's own calendar; the meeting schedule is
    /// the installation's.
    public CalendarSettings update(Person actor, CalendarUpdate u) {
        requireChair(actor);
        var team = u.team() == null || u.team().isBlank() ? null : io.eteam.problem.Text.optional("team", u.team(), 100, false);
        boolean schedule = u.meetingDay() != null || u.meetingTime() != null || u.meetingMinutes() != null
                || u.followUpMinutes() != null;
        if (team != null && schedule) {
            throw Problem.invalid("team", "The meeting schedule is the installation's, not a team's: set meeting_day, "
                    + "meeting_time, meeting_minutes and follow_up_minutes without team.");
        }
        var now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var changes = repository.dsl().transactionResult(tx -> {
            var repo = CalendarRepository.in(tx.dsl());
            var s = repo.load(now);
            var base = s.inForce(team, now);
            /// Before the first blocker is recorded nobody has read a figure: setting the
            /// installation up is not rewriting history, so a change then holds from the start.
            var settingUp = !repo.anyBlocker();
            var version = changed(base, u, team, now, settingUp, actor);
            var fields = version == null ? new ArrayList<String>() : changedFields(base, version);
            if (version != null && (!fields.isEmpty() || version.restated() || !Objects.equals(base.team(), team))) {
                repo.addVersion(version);
                if (fields.isEmpty()) {
                    fields.add(version.restated() ? "restated" : "team");
                }
            }
            var meetingDay = u.meetingDay() == null ? s.meetingDay() : CalendarText.day("meeting_day", u.meetingDay());
            var meetingTime = u.meetingTime() == null ? s.meetingTime() : CalendarText.time("meeting_time", u.meetingTime());
            int meetingMinutes = s.meetingMinutes();
            if (u.meetingMinutes() != null) {
                if (u.meetingMinutes() < 15 || u.meetingMinutes() > 720) {
                    throw Problem.invalid("meeting_minutes", "meeting_minutes must be from 15 to 720; the E-Team's default is 180.");
                }
                meetingMinutes = u.meetingMinutes();
            }
            int followUpMinutes = u.followUpMinutes() == null ? s.followUpMinutes() : u.followUpMinutes();
            if (followUpMinutes < 0 || followUpMinutes > 60) {
                throw Problem.invalid("follow_up_minutes", "follow_up_minutes must be from 0 to 60; the E-Team's default is 10.");
            }
            if (followUpMinutes >= meetingMinutes) {
                throw Problem.invalid("follow_up_minutes", "follow_up_minutes (" + followUpMinutes
                        + ") must leave time for the blockers in a meeting of " + meetingMinutes + " minutes.");
            }
            if (meetingDay != s.meetingDay()) {
                fields.add("meeting_day");
            }
            if (!meetingTime.equals(s.meetingTime())) {
                fields.add("meeting_time");
            }
            if (meetingMinutes != s.meetingMinutes()) {
                fields.add("meeting_minutes");
            }
            if (followUpMinutes != s.followUpMinutes()) {
                fields.add("follow_up_minutes");
            }
            repo.saveSchedule(meetingDay, meetingTime, meetingMinutes, followUpMinutes);
            if (!fields.isEmpty()) {
                Outbox.stage(tx.dsl(), EventType.CALENDAR_CHANGED, now, actor.handle(), changeFields(fields, team));
            }
            return fields;
        });
        changed();
        if (!changes.isEmpty()) {
            events.publish(EventType.CALENDAR_CHANGED, now, actor.handle(), changeFields(changes, team));
        }
        return settings();
    }

    /// The new version `u` asks for on top of `base`, or null when it names no working-week field.
    private static CalendarVersion changed(CalendarVersion base, CalendarUpdate u, String team, Instant now, boolean settingUp,
            Person actor) {
        if (u.zone() == null && u.workingDays() == null && u.workingHours() == null && u.holidays() == null
                && u.holidayTypes() == null && u.targetDays() == null && u.from() == null
                && (team == null || Objects.equals(base.team(), team))) {
            return null;
        }
        var zone = u.zone() == null ? base.zone() : CalendarText.zone("zone", u.zone());
        var days = u.workingDays() == null ? base.workingDays() : CalendarText.days("working_days", u.workingDays());
        var hours = u.workingHours() == null ? base.hours() : CalendarText.hours("working_hours", u.workingHours());
        var sources = base.holidaySources();
        if (u.holidays() != null) {
            var text = u.holidays().strip();
            try {
                sources = text.equalsIgnoreCase("none") || text.isEmpty() ? List.of() : Holidays.parse(text);
            } catch (IllegalArgumentException e) {
                throw Problem.invalid("holidays", e.getMessage());
            }
        }
        var kinds = base.holidayKinds();
        if (u.holidayTypes() != null) {
            try {
                kinds = Holidays.Kind.parse(u.holidayTypes());
            } catch (IllegalArgumentException e) {
                throw Problem.invalid("holiday_types", e.getMessage());
            }
        }
        var target = u.targetDays() == null ? base.targetDays() : CalendarText.target("target_days", u.targetDays());
        var from = settingUp ? Instant.EPOCH : now;
        if (u.from() != null) {
            var date = CalendarText.date("from", u.from());
            var today = now.atZone(zone).toLocalDate();
            if (date.isAfter(today.plusYears(1)) || date.getYear() < Holidays.FIRST_YEAR) {
                throw Problem.invalid("from", "from must be a date from " + Holidays.FIRST_YEAR + " to a year ahead; got '" + u.from() + "'.");
            }
            from = date.atStartOfDay(zone).toInstant();
        }
        return new CalendarVersion(0, team, from, zone, days, hours.start(), hours.end(), sources, kinds, target, now,
                actor.handle(), u.from() != null && from.isBefore(now), false);
    }

    /// The names (as `PUT /api/v1/calendar` takes them) of the working-week settings that differ.
    private static List<String> changedFields(CalendarVersion before, CalendarVersion after) {
        var fields = new ArrayList<String>();
        if (!before.zone().equals(after.zone())) {
            fields.add("zone");
        }
        if (!before.workingDays().equals(after.workingDays())) {
            fields.add("working_days");
        }
        if (!before.hours().equals(after.hours())) {
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
        return fields;
    }

    private static Map<String, Object> changeFields(List<String> fields, String team) {
        var event = new java.util.LinkedHashMap<String, Object>();
        event.put("fields", fields);
        if (team != null) {
            event.put("team", team);
        }
        return event;
    }

    private static Map<String, Object> holidayFields(LocalDate day) {
        return Map.of("fields", List.of("added_holidays"), "date", day.toString());
    }

    /// CAL-8 — a chair adds a holiday by hand, or with `hours` a part day (the hours still worked
    /// that day); answers true when the date was new.
    public boolean addHoliday(Person actor, String date, String name, String hours) {
        requireChair(actor);
        var day = CalendarText.date("date", date);
        var label = name == null || name.isBlank() ? "" : io.eteam.problem.Text.optional("name", name, 200, false);
        var worked = hours == null || hours.isBlank() ? null : CalendarText.hours("hours", hours);
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var before = repository.dsl().transactionResult(tx -> {
            var repo = CalendarRepository.in(tx.dsl());
            var stored = repo.load(now);
            repo.putHoliday(day, label, worked);
            if (differs(stored, day, label, worked)) {
                Outbox.stage(tx.dsl(), EventType.CALENDAR_CHANGED, now, actor.handle(), holidayFields(day));
            }
            return stored;
        });
        changed();
        if (differs(before, day, label, worked)) {
            events.publish(EventType.CALENDAR_CHANGED, now, actor.handle(), holidayFields(day));
        }
        return !before.manualHolidays().containsKey(day);
    }

    /// True when adding `day` as `label` with `worked` hours changes what `before` had.
    private static boolean differs(CalendarSettings before, LocalDate day, String label, Hours worked) {
        return !before.manualHolidays().containsKey(day) || !before.manualHolidays().get(day).equals(label)
                || !Objects.equals(before.partDays().get(day), worked);
    }

    /// CAL-8 — a chair removes a hand-added holiday; a country's holidays come from the library.
    public void removeHoliday(Person actor, String date) {
        requireChair(actor);
        var day = CalendarText.date("date", date);
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        boolean removed = repository.dsl().transactionResult(tx -> {
            if (!CalendarRepository.in(tx.dsl()).removeHoliday(day)) {
                return false;
            }
            Outbox.stage(tx.dsl(), EventType.CALENDAR_CHANGED, now, actor.handle(), holidayFields(day));
            return true;
        });
        changed();
        if (removed) {
            events.publish(EventType.CALENDAR_CHANGED, now, actor.handle(), holidayFields(day));
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
