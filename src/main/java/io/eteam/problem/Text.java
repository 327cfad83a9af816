package io.eteam.problem;

/// Checks of free text from people: trimmed, a length counted in characters as people count
/// them (code points, so an emoji is one), no control characters, no broken Unicode.
public final class Text {

    private Text() {
    }

    /// Required single-line text of 1 to `max` characters, trimmed.
    public static String required(String field, String value, int max) {
        var text = optional(field, value, max, false);
        if (text == null) {
            throw Problem.invalid(field, field + " is required.");
        }
        return text;
    }

    /// Optional text of at most `max` characters, trimmed; null or blank gives null.
    public static String optional(String field, String value, int max, boolean multiline) {
        if (value == null) {
            return null;
        }
        var text = value.strip();
        if (text.isEmpty()) {
            return null;
        }
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            // A valid pair comes back as one code point above U+FFFF, a lone surrogate as its own
            // value; narrowing to char first made U+2D800 look like the lone U+D800.
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                throw Problem.invalid(field, field + " contains broken Unicode (a lone surrogate).");
            }
            boolean allowedControl = multiline && (cp == '\n' || cp == '\t' || cp == '\r');
            if (Character.isISOControl(cp) && !allowedControl) {
                throw Problem.invalid(field, field + " contains a control character; use plain text.");
            }
            length++;
            i += Character.charCount(cp);
        }
        if (length > max) {
            throw Problem.invalid(field, field + " is " + length + " characters long; the limit is " + max + ".");
        }
        return text;
    }
}
