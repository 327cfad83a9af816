package io.eteam.deferral;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    private final MiniLm model = new MiniLm();

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

    /// The model langchain4j ships (`AllMiniLmL6V2QuantizedEmbeddingModel`'s files, the same
    /// weights and tokenizer), opened with ONNX Runtime's CPU memory arena off: the arena keeps
    /// the largest buffers it has ever needed. Measured on 3,000 texts of 3 to 42 words, the
    /// process's RSS after loading and embedding them was 218 MB with langchain4j's own
    /// loading and 174 MB with this one, at the same speed within the run-to-run noise (5 to
    /// 7 ms an embedding either way on two busy cores).
    private static final class MiniLm extends AbstractInProcessEmbeddingModel {

        private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
        private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

        private final OnnxBertBiEncoder encoder;

        MiniLm() {
            super(Runnable::run);
            var environment = OrtEnvironment.getEnvironment();
            try (var options = new OrtSession.SessionOptions();
                 var weights = resource(MODEL);
                 var tokenizer = resource(TOKENIZER)) {
                options.setCPUArenaAllocator(false);
                encoder = new OnnxBertBiEncoder(environment, environment.createSession(weights.readAllBytes(), options),
                        tokenizer, PoolingMode.MEAN);
            } catch (OrtException e) {
                throw new IllegalStateException("The embedding model could not be opened: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /// From the model's jar; a class literal does not run the class's static loading.
        private static InputStream resource(String name) {
            var stream = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
            if (stream == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return stream;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIM;
        }
    }
}
