package io.eteam.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/// Whether a browser's `Origin` header names this server as the browser reached it (`Host`):
/// how the sign-in form, the pages' forms and `/mcp` tell a request from another site.
public final class Origins {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private Origins() {
    }

    /// Whether a request that names `host` (its `Host` header) can have reached this server as one
    /// of `names`, `localhost` or an IP address. A page that DNS rebinding brought here names
    /// its own domain, which is none of these.
    public static boolean servedAs(String host, List<String> names) {
        if (host == null || host.isBlank()) {
            return false;
        }
        var name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            return name.indexOf(']') > 0;
        }
        int colon = name.lastIndexOf(':');
        if (colon >= 0) {
            name = name.substring(0, colon);
        }
        if (name.equals("localhost") || name.endsWith(".localhost") || IPV4.matcher(name).matches()) {
            return true;
        }
        for (var served : names) {
            if (served.strip().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
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
