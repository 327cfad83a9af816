package io.eteam.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/// Whether a browser's `Origin` header names this server as the browser reached it (`Host`):
/// how the sign-in form, the pages' forms and `/mcp` tell a request from another site.
public final class Origins {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    /// Hexadecimal groups and colons, with an IPv4 tail or a zone allowed: enough to tell an
    /// address a browser sends from a name.
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:]*:[0-9a-f:.]*(%[0-9a-z._~-]+)?");
    private static final Pattern NAME = Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)*");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private Origins() {
    }

    /// Whether a request that names `host` (its `Host` header) can have reached this server as one
    /// of `names` (as `hostName` gives them), `localhost` or an IP address. A page that DNS rebinding brought here names
    /// its own domain, which is none of these.
    public static boolean servedAs(String host, List<String> names) {
        var name = hostName(host);
        if (name == null) {
            return false;
        }
        if (name.startsWith("[") || name.equals("localhost") || name.endsWith(".localhost") || IPV4.matcher(name).matches()) {
            return true;
        }
        return names.contains(name);
    }

    /// The host of a `Host` header or a configured name, lowercase, without its port or a final
    /// dot; an IPv6 address keeps its brackets. Null when it is not a well-formed host.
    public static String hostName(String host) {
        if (host == null) {
            return null;
        }
        var name = host.strip().toLowerCase(Locale.ROOT);
        String port = null;
        if (name.startsWith("[")) {
            int close = name.indexOf(']');
            if (close < 0) {
                return null;
            }
            var address = name.substring(1, close);
            if (!IPV6.matcher(address).matches()) {
                return null;
            }
            if (close + 1 < name.length()) {
                if (name.charAt(close + 1) != ':') {
                    return null;
                }
                port = name.substring(close + 2);
            }
            name = name.substring(0, close + 1);
        } else {
            int colon = name.indexOf(':');
            if (colon >= 0) {
                port = name.substring(colon + 1);
                name = name.substring(0, colon);
            }
            if (name.endsWith(".")) {
                name = name.substring(0, name.length() - 1);
            }
            if (!NAME.matcher(name).matches()) {
                return null;
            }
        }
        return port == null || PORT.matcher(port).matches() ? name : null;
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
