package io.eteam.blocker;

/// What a VP sends to raise a blocker. Only `title` and `kind` are required; `team` is the team
/// it blocks (default: the raiser's team), whose calendar its SLA clock runs on.
public record RaiseBlocker(String title, String detail, String kind, String impact, String blocking, Integer minutes,
                           String team) {

    public RaiseBlocker(String title, String detail, String kind, String impact, String blocking, Integer minutes) {
        this(title, detail, kind, impact, blocking, minutes, null);
    }
}
