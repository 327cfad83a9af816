package io.eteam.people;

/// A request to add a person: `role` is `chair`, `vp` or `member`; `team` is optional.
public record NewPerson(String handle, String name, String role, String team) {
}
