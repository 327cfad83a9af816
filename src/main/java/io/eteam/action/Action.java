package io.eteam.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/// A decision to carry out (ACT-1): the resolved blocker `id`'s decision, who owns it and by when.
public record Action(long id, String title, String decision, String owner,
                     LocalDate due, @JsonProperty("decided_at") Instant decidedAt, String status,
                     @JsonProperty("done_at") Instant doneAt, @JsonProperty("done_by") String doneBy, String note) {

    public static final String OPEN = "open";
    public static final String DONE = "done";
    public static final String OVERDUE = "overdue";
}
