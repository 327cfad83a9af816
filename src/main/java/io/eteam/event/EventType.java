package io.eteam.event;

import java.util.Arrays;
import java.util.Optional;

/// The kinds of live event, by the names the SSE stream, webhooks and assistants use.
public enum EventType {
    BLOCKER_RAISED("blocker.raised"),
    BLOCKER_CHANGED("blocker.changed"),
    BLOCKER_RESOLVED("blocker.resolved"),
    BLOCKER_WITHDRAWN("blocker.withdrawn"),
    BLOCKERS_IMPORTED("blockers.imported"),
    DEFERRAL_REFUSED("deferral.refused"),
    CHECKIN("checkin"),
    CHECKIN_REFUSED("checkin.refused"),
    AGENDA_RANKED("agenda.ranked"),
    MEETING_STARTED("meeting.started"),
    MEETING_ENDED("meeting.ended"),
    MEETING_STEP("meeting.step"),
    CALENDAR_CHANGED("calendar.changed"),
    ACTION_DONE("action.done"),
    BLOCKER_AT_RISK("blocker.at_risk"),
    BLOCKER_BREACHED("blocker.breached"),
    PERSON_ADDED("person.added", true),
    PERSON_DEACTIVATED("person.deactivated", true),
    TOKEN_ISSUED("token.issued", true);

    private final String wire;
    private final boolean admin;

    EventType(String wire) {
        this(wire, false);
    }

    EventType(String wire, boolean admin) {
        this.wire = wire;
        this.admin = admin;
    }

    public String wire() {
        return wire;
    }

    /// EVT-5 — true for what only chairs, who run the installation, receive.
    public boolean admin() {
        return admin;
    }

    public static Optional<EventType> parse(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
    }
}
