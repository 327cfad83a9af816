package io.eteam.csv;

/// One cell of the CSV eteam writes (rules CSV-1, CSV-2 in package-info): safe to open in a spreadsheet.
public final class CsvCell {

    private CsvCell() {
    }

    /// Appends `text` as one field, neutralised if a spreadsheet would take it for a formula.
    public static void append(StringBuilder out, CharSequence text) {
        if (isFormula(text)) {
            out.append("\"'");
            escaped(out, text);
            out.append('"');
        } else if (needsQuotes(text)) {
            out.append('"');
            escaped(out, text);
            out.append('"');
        } else {
            out.append(text);
        }
    }

    /// CSV-2 — true when a spreadsheet would evaluate `text` rather than show it.
    public static boolean isFormula(CharSequence text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static boolean needsQuotes(CharSequence text) {
        if (text.isEmpty()) {
            return false;
        }
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    private static void escaped(StringBuilder out, CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
    }
}
