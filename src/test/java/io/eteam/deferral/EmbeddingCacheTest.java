package io.eteam.deferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Training's embedding cache gives back exactly what the model embedded, without the model.
class EmbeddingCacheTest {

    @TempDir
    Path dir;

    private final Embedder embedder = new Embedder();

    /// A run that embedded `text` and saved the cache in `file`; answers the embedding.
    private float[] embeddedAndSaved(Path file, String text) throws Exception {
        var cache = EmbeddingCache.open(file);
        var vector = cache.embed(embedder, text);
        cache.save();
        return vector;
    }

    @Test
    void aSecondRunReadsTheSameEmbeddingsWithoutTheModel() throws Exception {
        var file = dir.resolve("embeddings.bin");
        var later = embeddedAndSaved(file, "We'll circle back next week");
        var decided = embeddedAndSaved(file, "Approved: Ana ships it Friday.");

        var second = EmbeddingCache.open(file);
        // No model: a text that was not remembered would need it.
        assertThat(second.embed(null, "We'll circle back next week")).containsExactly(later);
        assertThat(second.embed(null, "Approved: Ana ships it Friday.")).containsExactly(decided);
        assertThat(later).isEqualTo(embedder.embed("We'll circle back next week"));
        assertThatThrownBy(() -> second.embed(null, "A text never embedded")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aFileOfAnotherReaderIsIgnored() throws Exception {
        var file = dir.resolve("embeddings.bin");
        try (var out = new DataOutputStream(Files.newOutputStream(file))) {
            out.writeUTF("some other model");
            out.writeInt(1);
            out.writeUTF("Later.");
            for (int i = 0; i < Embedder.DIM; i++) {
                out.writeFloat(1f);
            }
        }
        var cache = EmbeddingCache.open(file);
        assertThatThrownBy(() -> cache.embed(null, "Later.")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aFileCutShortIsEmbeddedAgain() throws Exception {
        var file = dir.resolve("embeddings.bin");
        var later = embeddedAndSaved(file, "Later.");
        var bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 10));

        var cut = EmbeddingCache.open(file);
        assertThatThrownBy(() -> cut.embed(null, "Later.")).isInstanceOf(NullPointerException.class);
        assertThat(cut.embed(embedder, "Later.")).containsExactly(later);
    }
}
