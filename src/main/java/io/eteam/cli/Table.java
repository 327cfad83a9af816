package io.eteam.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/// A plain-text table: a header, aligned columns, long cells cut with an ellipsis.
final class Table {

    private final List<String> header;
    private final int[] maxWidths;
    private final List<List<String>> rows = new ArrayList<>();
    private int fitWidth;
    private int flexible = -1;

    /// `maxWidths` caps each column (0: no cap).
    Table(List<String> header, int... maxWidths) {
        this.header = header;
        this.maxWidths = maxWidths;
    }

    /// Lines at most `width` columns wide, where column `column` gives up what the others take
    /// (down to 12): long handles or ids must not push a listing past a terminal's edge.
    Table fit(int width, int column) {
        this.fitWidth = width;
        this.flexible = column;
        return this;
    }

    Table row(Object... cells) {
        var row = new ArrayList<String>();
        for (int i = 0; i < cells.length; i++) {
            var text = cells[i] == null ? "" : cells[i].toString().replaceAll("\\s+", " ");
            row.add(cut(text, i < maxWidths.length ? maxWidths[i] : 0));
        }
        rows.add(row);
        return this;
    }

    /// A full-width line of text between rows, e.g. the agenda's cut-off.
    Table separator(String text) {
        rows.add(java.util.List.of("\u0000" + text));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out) {
        var widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(header.get(i));
            for (var row : rows) {
                if (row.size() > i && !separator(row)) {
                    widths[i] = Math.max(widths[i], width(row.get(i)));
                }
            }
        }
        if (flexible >= 0 && flexible < widths.length) {
            int total = 2 * (widths.length - 1);
            for (int w : widths) {
                total += w;
            }
            widths[flexible] = Math.max(12, widths[flexible] - Math.max(0, total - fitWidth));
        }
        line(out, header, widths);
        for (var row : rows) {
            if (separator(row)) {
                out.println(row.get(0).substring(1));
            } else if (flexible >= 0 && flexible < row.size()) {
                var fitted = new ArrayList<>(row);
                fitted.set(flexible, cut(row.get(flexible), widths[flexible]));
                line(out, fitted, widths);
            } else {
                line(out, row, widths);
            }
        }
        out.flush();
    }

    private static void line(PrintWriter out, List<String> cells, int[] widths) {
        var sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            var cell = cells.get(i);
            sb.append(cell);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(widths[i] - width(cell) + 2));
            }
        }
        out.println(sb.toString().stripTrailing());
    }

    /// `text` cut to `cap` characters with an ellipsis (0: no cap).
    private static String cut(String text, int cap) {
        if (cap > 0 && width(text) > cap) {
            return text.substring(0, text.offsetByCodePoints(0, cap - 1)) + "…";
        }
        return text;
    }

    private static boolean separator(List<String> row) {
        return row.size() == 1 && row.get(0).startsWith("\u0000");
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
