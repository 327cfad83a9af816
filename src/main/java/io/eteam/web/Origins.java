package io.eteam.web;

import java.net.URI;

/// Whether a browser's `Origin` header names this server as the browser reached it (`Host`):
/// how the sign-in form, the pages' forms and `/mcp` tell a request from another site.
public final class Origins {

    private Origins() {
    }

    public static boolean sameServer(String origin, String host) {
        try {
            var authority = URI.create(origin).getAuthority();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
