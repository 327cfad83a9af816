package io.eteam.web.pages;

/// A page that only says why a request was refused.
public record ErrorView(Chrome chrome, int status, String message) {
}
