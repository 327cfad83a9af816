package io.eteam.feed;

/// Folds iCalendar content lines (RFC 5545 §3.1): a line longer than 75 octets of UTF-8 goes on
/// in lines that start with a space. ical4j's `FoldingWriter` counts UTF-16 units, not octets,
/// and may fold between the two halves of a character beyond U+FFFF, which then reach the wire
/// as two '?' (FEED-5); this folds by octets and only between whole characters.
final class ContentLines {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private ContentLines() {
    }

    /// `unfolded`'s lines (CRLF-separated, as ical4j's `Calendar.toString()` writes them), folded.
    static String fold(String unfolded) {
        var out = new StringBuilder(unfolded.length() + unfolded.length() / 24);
        var lines = unfolded.split(CRLF, -1);
        for (int n = 0; n < lines.length; n++) {
            var line = lines[n];
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = utf8Octets(cp);
                if (octets + size > MAX_OCTETS) {
                    out.append(CRLF).append(' ');
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            if (n < lines.length - 1) {
                out.append(CRLF);
            }
        }
        return out.toString();
    }

    private static int utf8Octets(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp < 0x800) {
            return 2;
        }
        return cp < 0x10000 ? 3 : 4;
    }
}
