package io.eteam.people;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/// Someone who may use eteam. The rules of who may do what are stated here once, in the words
/// the domain uses, and every check goes through them.
public record Person(String handle, String name, Role role, String team, boolean active, Instant createdAt) {

    /// A chair: runs the meeting, decides for the room, changes settings and people.
    @JsonIgnore
    public boolean isChair() {
        return role == Role.CHAIR;
    }

    /// Has a seat at the table (a VP or a chair), active or not: whom history may name as the
    /// raiser of a blocker.
    @JsonIgnore
    public boolean hasSeat() {
        return role.attends();
    }

    /// May attend, check in, raise, own and be the area that blocks: only VPs and chairs who are
    /// active, in person, no proxies.
    @JsonIgnore
    public boolean canAttend() {
        return active && hasSeat();
    }

    /// A chair, or the person named by `handle` (who raised the blocker acted on).
    public boolean isChairOr(String handle) {
        return isChair() || this.handle.equals(handle);
    }
}
