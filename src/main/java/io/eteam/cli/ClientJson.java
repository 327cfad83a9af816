package io.eteam.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/// The client's JSON: numbers read exactly (a working-days figure stays 1.75, not 1.7499...).
/// In a class of its own, so that `eteam serve`, which builds every command to parse its
/// arguments, does not make this mapper before it has started anything else.
final class ClientJson {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private ClientJson() {
    }
}
