package io.eteam.deferral;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Arrays;

/// MiniLM-L6 (quantised) sentence embeddings, computed in-process on the CPU from the model that
/// ships inside its jar: no network, no download. Loading takes most of a second, so the server
/// does it in the background.
final class Embedder {

    static final int DIM = 384;

    /// A longer text is embedded by its first and last {@value #END_WORDS} words: an embedding's
    /// cost grows with the text, and a long decision says what it decides (and what it leaves
    /// open) at its ends; the n-gram model still reads every word. Keeps the long texts' p99
    /// under the spec's 20 ms (see the README's figures).
    static final int END_WORDS = 12;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    float[] embed(String text) {
        return model.embed(ends(text)).content().vector();
    }

    static String ends(String text) {
        var words = text.strip().split("\\s+");
        if (words.length <= 2 * END_WORDS) {
            return text;
        }
        return String.join(" ", Arrays.copyOfRange(words, 0, END_WORDS)) + " … "
                + String.join(" ", Arrays.copyOfRange(words, words.length - END_WORDS, words.length));
    }
}
