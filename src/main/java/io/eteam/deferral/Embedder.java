package io.eteam.deferral;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/// MiniLM-L6 (quantised) sentence embeddings, computed in-process on the CPU from the model that
/// ships inside its jar: no network, no download. Loading takes most of a second, so the server
/// does it in the background.
final class Embedder {

    static final int DIM = 384;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    float[] embed(String text) {
        return model.embed(text).content().vector();
    }
}
