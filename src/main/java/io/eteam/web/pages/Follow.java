package io.eteam.web.pages;

import static io.eteam.event.EventType.ACTION_DONE;
import static io.eteam.event.EventType.AGENDA_RANKED;
import static io.eteam.event.EventType.BLOCKERS_IMPORTED;
import static io.eteam.event.EventType.BLOCKER_CHANGED;
import static io.eteam.event.EventType.BLOCKER_RAISED;
import static io.eteam.event.EventType.BLOCKER_RESOLVED;
import static io.eteam.event.EventType.BLOCKER_WITHDRAWN;
import static io.eteam.event.EventType.CALENDAR_CHANGED;
import static io.eteam.event.EventType.CHECKIN;
import static io.eteam.event.EventType.CHECKIN_REFUSED;
import static io.eteam.event.EventType.MEETING_ENDED;
import static io.eteam.event.EventType.MEETING_STEP;
import static io.eteam.event.EventType.MEETING_STARTED;
import static io.eteam.event.EventType.PERSON_ADDED;
import static io.eteam.event.EventType.PERSON_DEACTIVATED;

import io.eteam.event.EventType;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/// PAGE-5 — the events on which each live page refetches the part it shows, as the value of its
/// `hx-trigger`. `sync` is always among them: it means "you may have missed anything".
public final class Follow {

    /// The open blockers and their SLA clocks.
    public static final String DASHBOARD = triggers(BLOCKER_RAISED, BLOCKER_CHANGED, BLOCKER_RESOLVED,
            BLOCKER_WITHDRAWN, BLOCKERS_IMPORTED, CALENDAR_CHANGED);

    /// The actions not done: a resolution makes one, marking one done ends it, and a calendar
    /// change may move "today" (overdue).
    public static final String ACTIONS = triggers(BLOCKER_RESOLVED, ACTION_DONE, CALENDAR_CHANGED);

    /// The follow-up, the slots, the cut-off and the overflow; the order form while the meeting has not ended.
    public static final String AGENDA = triggers(BLOCKER_RAISED, BLOCKER_CHANGED, BLOCKER_RESOLVED,
            BLOCKER_WITHDRAWN, BLOCKERS_IMPORTED, CALENDAR_CHANGED, AGENDA_RANKED, MEETING_STARTED, MEETING_ENDED,
            ACTION_DONE);

    /// Everything on the live meeting page: the status, the current item, what was decided,
    /// who is in the room and who was refused at the door, and whom a chair may check in.
    public static final String MEETING = triggers(BLOCKER_RAISED, BLOCKER_CHANGED, BLOCKER_RESOLVED,
            BLOCKER_WITHDRAWN, BLOCKERS_IMPORTED, CALENDAR_CHANGED, AGENDA_RANKED, MEETING_STARTED, MEETING_ENDED,
            MEETING_STEP, CHECKIN, CHECKIN_REFUSED, PERSON_ADDED, PERSON_DEACTIVATED, ACTION_DONE);

    private Follow() {
    }

    private static String triggers(EventType... types) {
        return Stream.concat(Stream.of("sync"), Arrays.stream(types).map(EventType::wire))
                .map(name -> "sse:" + name)
                .collect(Collectors.joining(", "));
    }
}
