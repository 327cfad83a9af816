package io.eteam.deferral;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/// The labelled decision texts of `src/corpus/deferral` (see its LABELLING.md): what the
/// classifier is trained, tuned and measured on.
record Corpus(List<Row> rows, String sha256) {

    /// The file read only to measure: never trained or tuned on.
    static final String TEST = "test.tsv";

    /// The pool that training and tuning may read: every `.tsv` of `dir` but [#TEST], by name.
    /// `spec-examples.tsv` holds the spec's examples that DeferralTest pins: always trained on.
    static List<String> pool(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".tsv") && !f.equals(TEST))
                    .sorted()
                    .toList();
        }
    }

    /// Groups that always go to train: the spec's examples are the contract, not a measurement.
    static final String ALWAYS_TRAINED = "spec-";

    /// Groups of the files named `train-*.tsv` (their groups carry the file's name): text added
    /// once dev was fixed, which goes to train only, so that dev stays the same yardstick while
    /// the corpus grows and two models are compared on the same ground.
    static final String TRAIN_ONLY = "train-";

    /// One labelled text.
    record Row(String text, boolean deferral, String family, String lang, String group) {
    }

    /// Reads the named files of `dir`, in the order given; the hash covers their bytes, so a model
    /// can say which corpus it was trained on.
    static Corpus read(Path dir, List<String> files) throws IOException {
        var rows = new ArrayList<Row>();
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (var file : files) {
            var bytes = Files.readAllBytes(dir.resolve(file));
            digest.update(bytes);
            var lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                var cells = lines[i].split("\t", -1);
                if (cells.length < 5) {
                    throw new IOException(file + " line " + (i + 1) + " has " + cells.length + " cells, wants at least 5");
                }
                var label = cells[1].strip();
                if (!label.equals("deferral") && !label.equals("decision")) {
                    throw new IOException(file + " line " + (i + 1) + " has label '" + label + "'");
                }
                rows.add(new Row(cells[0], label.equals("deferral"), cells[2].strip(), cells[3].strip(), cells[4].strip()));
            }
        }
        return new Corpus(List.copyOf(rows), HexFormat.of().formatHex(digest.digest()));
    }
}
