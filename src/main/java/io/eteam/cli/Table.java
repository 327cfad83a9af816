package io.eteam.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/// A plain-text table: a header, aligned columns, long cells cut with an ellipsis.
final class Table {

    private final List<String> header;
    private final int[] maxWidths;
    private final List<List<String>> rows = new ArrayList<>();

    /// `maxWidths` caps each column (0: no cap).
    Table(List<String> header, int... maxWidths) {
        this.header = header;
        this.maxWidths = maxWidths;
    }

    Table row(Object... cells) {
        var row = new ArrayList<String>();
        for (int i = 0; i < cells.length; i++) {
            var text = cells[i] == null ? "" : cells[i].toString().replaceAll("\\s+", " ");
            int cap = i < maxWidths.length ? maxWidths[i] : 0;
            if (cap > 0 && text.codePointCount(0, text.length()) > cap) {
                text = text.substring(0, text.offsetByCodePoints(0, cap - 1)) + "…";
            }
            row.add(text);
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
        line(out, header, widths);
        for (var row : rows) {
            if (separator(row)) {
                out.println(row.get(0).substring(1));
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

    private static boolean separator(List<String> row) {
        return row.size() == 1 && row.get(0).startsWith("\u0000");
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
