package io.eteam.deferral;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/// Training's memory of the texts it has embedded, kept in a file between runs: embedding the
/// corpus takes about 90 s of a two-minute training here, and the same text always embeds the
/// same, so a run that changes only the heads or the mix reads them back instead. Keyed by what
/// `Embedder` actually embeds (a long text's ends); a file of another reader is ignored.
final class EmbeddingCache {

    /// The reader and what it embeds; a cache written by any other is not read.
    private static final String READER = "all-minilm-l6-v2-q mean, ends " + Embedder.END_WORDS;

    private final Path file;
    private final Map<String, float[]> vectors = new HashMap<>();
    private boolean changed;

    private EmbeddingCache(Path file) {
        this.file = file;
    }

    /// The cache in `file`, empty where there is none yet or it is another reader's.
    static EmbeddingCache open(Path file) throws IOException {
        var cache = new EmbeddingCache(file);
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readUTF().equals(READER)) {
                int count = in.readInt();
                for (int i = 0; i < count; i++) {
                    var text = in.readUTF();
                    var vector = new float[Embedder.DIM];
                    for (int d = 0; d < vector.length; d++) {
                        vector[d] = in.readFloat();
                    }
                    cache.vectors.put(text, vector);
                }
            }
        } catch (NoSuchFileException e) {
            // A first run: nothing remembered yet.
        } catch (EOFException e) {
            // Cut short (copied in part): embed everything again.
            return new EmbeddingCache(file);
        }
        return cache;
    }

    float[] embed(Embedder embedder, String text) {
        return vectors.computeIfAbsent(Embedder.ends(text), key -> {
            changed = true;
            return embedder.embed(text);
        });
    }

    /// Writes the file again when a text was added, through a temporary file so that a run
    /// stopped midway leaves the old cache whole.
    void save() throws IOException {
        if (!changed) {
            return;
        }
        var parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        var temporary = Files.createTempFile(parent, "embeddings", ".tmp");
        try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
            out.writeUTF(READER);
            out.writeInt(vectors.size());
            for (var entry : vectors.entrySet()) {
                out.writeUTF(entry.getKey());
                for (float value : entry.getValue()) {
                    out.writeFloat(value);
                }
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
