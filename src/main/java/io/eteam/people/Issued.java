package io.eteam.people;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/// A person together with a token just made for them; the only time a token is ever shown.
public record Issued(@JsonUnwrapped Person person, String token) {
}
