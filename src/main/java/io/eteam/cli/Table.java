package io.eteam.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/// A plain-text table: a header, aligned columns, long cells cut with an ellipsis; on a
/// terminal, a status column in colour (red breached or overdue, yellow at risk, green met or
/// done), padded by the text's own width so that the columns stay aligned.
final class Table {

    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String GREEN = "\u001b[32m";
    private static final String RESET = "\u001b[0m";

    private final List<String> header;
    private final int[] maxWidths;
    private final List<List<String>> rows = new ArrayList<>();
    private int fitWidth;
    private int flexible = -1;
    private int statusColumn = -1;

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

    /// Column `column` holds a status, coloured when `on` (see `Terminal.colour`).
    Table colour(boolean on, int column) {
        this.statusColumn = on ? column : -1;
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
        line(out, header, widths, -1);
        for (var row : rows) {
            if (separator(row)) {
                out.println(row.get(0).substring(1));
            } else if (flexible >= 0 && flexible < row.size()) {
                var fitted = new ArrayList<>(row);
                fitted.set(flexible, cut(row.get(flexible), widths[flexible]));
                line(out, fitted, widths, statusColumn);
            } else {
                line(out, row, widths, statusColumn);
            }
        }
        out.flush();
    }

    /// One row; the cell in column `painted` (-1: none) in its status's colour. The padding
    /// counts the cell's text, never the escape codes around it.
    private static void line(PrintWriter out, List<String> cells, int[] widths, int painted) {
        var sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            var cell = cells.get(i);
            var colour = i == painted ? colourOf(cell) : null;
            sb.append(colour == null ? cell : colour + cell + RESET);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(widths[i] - width(cell) + 2));
            }
        }
        out.println(sb.toString().stripTrailing());
    }

    /// How a status reads at a glance, wherever the CLI shows one in colour (tables, `meeting run`).
    enum Shade { BAD, WARNING, GOOD }

    /// The shade of an SLA status (`Format.sla` or the API's word), an action's status, or the
    /// agenda's days "2.61 breached"; null for any other text.
    static Shade shadeOf(String status) {
        var word = status.strip().toLowerCase(java.util.Locale.ROOT);
        if (word.equals("breached") || word.endsWith(" breached") || word.equals("overdue")) {
            return Shade.BAD;
        }
        if (word.equals("at risk") || word.equals("at_risk")) {
            return Shade.WARNING;
        }
        if (word.equals("met") || word.equals("done")) {
            return Shade.GOOD;
        }
        return null;
    }

    /// The colour of a status as the tables print it (see [#shadeOf]); null for none.
    static String colourOf(String status) {
        var shade = shadeOf(status);
        return shade == null ? null : switch (shade) {
            case BAD -> RED;
            case WARNING -> YELLOW;
            case GOOD -> GREEN;
        };
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
