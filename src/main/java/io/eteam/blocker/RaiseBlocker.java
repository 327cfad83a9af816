package io.eteam.blocker;

/// What a VP sends to raise a blocker. Only `title` and `kind` are required; `team` is the team
/// it blocks (default: the raiser's team), whose calendar its SLA clock runs on; `repeats` the
/// earlier blocker it repeats (BLK-11).
public record RaiseBlocker(String title, String detail, String kind, String impact, String blocking, Integer minutes,
                           String team, Long repeats) {

    public RaiseBlocker(String title, String detail, String kind, String impact, String blocking, Integer minutes) {
        this(title, detail, kind, impact, blocking, minutes, null, null);
    }

    public RaiseBlocker(String title, String detail, String kind, String impact, String blocking, Integer minutes,
                        String team) {
        this(title, detail, kind, impact, blocking, minutes, team, null);
    }
}
