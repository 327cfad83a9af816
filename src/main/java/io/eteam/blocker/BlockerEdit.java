package io.eteam.blocker;

import java.util.Set;

/// A partial change to an open blocker. `present` names the fields the request carried, so
/// that `"blocking": null` clears the field while leaving it out keeps it.
public record BlockerEdit(String title, String detail, String kind, String impact, Integer minutes,
                          String blocking, Long repeats, Set<String> present) {

    public static final Set<String> FIELDS = Set.of("title", "detail", "kind", "impact", "minutes", "blocking", "repeats");

    public boolean has(String field) {
        return present.contains(field);
    }
}
