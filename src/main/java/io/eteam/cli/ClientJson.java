package io.eteam.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/// The client's JSON: trees of Jackson's nodes, read and written with Jackson's streaming parser
/// and generator rather than an `ObjectMapper`. The client reads and writes nothing but trees,
/// and making a mapper sets up its binding and date formats (the JDK's locale data among them),
/// the longest part of a client command's start after picocli (about 40 ms of `eteam raise`,
/// README). Numbers are read exactly: a working-days figure stays 1.75, not 1.7499...
final class ClientJson {

    static final ClientJson JSON = new ClientJson();

    private final JsonFactory factory = new JsonFactory();
    private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);

    private ClientJson() {
    }

    JsonNodeFactory getNodeFactory() {
        return nodes;
    }

    ObjectNode createObjectNode() {
        return nodes.objectNode();
    }

    JsonNode nullNode() {
        return nodes.nullNode();
    }

    /// The first JSON value of `text` (what follows it is ignored, as a mapper's `readTree` does);
    /// a missing node for empty text.
    JsonNode readTree(String text) throws IOException {
        try (var parser = factory.createParser(text)) {
            return read(parser);
        }
    }

    JsonNode readTree(byte[] bytes) throws IOException {
        try (var parser = factory.createParser(bytes)) {
            return read(parser);
        }
    }

    JsonNode readTree(InputStream in) throws IOException {
        try (var parser = factory.createParser(in)) {
            return read(parser);
        }
    }

    byte[] writeValueAsBytes(JsonNode node) {
        return write(node, false).toByteArray();
    }

    /// Indented as a mapper's default pretty printer indents it.
    String pretty(JsonNode node) {
        return write(node, true).toString(StandardCharsets.UTF_8);
    }

    byte[] prettyBytes(JsonNode node) {
        return write(node, true).toByteArray();
    }

    private JsonNode read(JsonParser parser) throws IOException {
        var token = parser.nextToken();
        return token == null ? nodes.missingNode() : value(parser, token);
    }

    private JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                var object = nodes.objectNode();
                for (var t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    var name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                var array = nodes.arrayNode();
                for (var t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(value(parser, t));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE -> {
                return nodes.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return nodes.booleanNode(false);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new IOException("Unexpected JSON token " + token + " at " + parser.currentLocation());
        }
    }

    private ByteArrayOutputStream write(JsonNode node, boolean pretty) {
        var bytes = new ByteArrayOutputStream();
        try (var generator = factory.createGenerator(bytes)) {
            if (pretty) {
                generator.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            write(generator, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    private static void write(JsonGenerator out, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.writeStartObject();
                for (var it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    out.writeFieldName(field.getKey());
                    write(out, field.getValue());
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (var element : node) {
                    write(out, element);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case NUMBER -> {
                if (node.isIntegralNumber()) {
                    if (node.canConvertToLong()) {
                        out.writeNumber(node.longValue());
                    } else {
                        out.writeNumber(node.bigIntegerValue());
                    }
                } else if (node.isBigDecimal()) {
                    out.writeNumber(node.decimalValue());
                } else {
                    out.writeNumber(node.doubleValue());
                }
            }
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL, MISSING -> out.writeNull();
            default -> throw new IOException("The client writes no " + node.getNodeType() + " JSON values");
        }
    }
}
