package io.eteam.deferral;

import java.util.List;

/// One row of the deferral corpus (src/corpus/deferral/LABELLING.md): a text, `deferral` or
/// `decision`, how it defers or which false friend it holds, its language, its group and a note.
public record LabelledText(String text, String label, String family, String lang, String group, String note) {

    static final String HEADER = "text\tlabel\tfamily\tlang\tgroup\tnote";

    /// Rows as the corpus's TSV: the header, then one line per row; a tab or line break inside
    /// a field becomes a space, so every line keeps its six fields.
    public static String tsv(List<LabelledText> rows) {
        var out = new StringBuilder(HEADER).append('\n');
        for (var r : rows) {
            out.append(field(r.text())).append('\t').append(field(r.label())).append('\t').append(field(r.family()))
                    .append('\t').append(field(r.lang())).append('\t').append(field(r.group())).append('\t')
                    .append(field(r.note())).append('\n');
        }
        return out.toString();
    }

    private static String field(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ").strip();
    }
}
