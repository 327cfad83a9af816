package io.eteam.web.pages;

/// The sign-in page, with why the last attempt failed (null at first).
public record LoginView(Chrome chrome, String error) {
}
