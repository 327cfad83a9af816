package io.eteam.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.eteam.problem.Problem;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.stream.Collectors;

/// The API's JSON: snake_case names, ISO-8601 instants, and strict reading of request bodies
/// (unknown fields, wrong types and malformed JSON are refused with 400 naming the field).
final class Json {

    static final ObjectMapper MAPPER = strictScalars(new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new BlackbirdModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT));

    private Json() {
    }

    /// Jackson by default reads `5` as the title "5" and `"10"` as 10 minutes; here a text field
    /// takes only a JSON string and a number field only a JSON number, as `PATCH` already requires.
    private static ObjectMapper strictScalars(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /// Reads the request body as `type`; anything but a JSON object of known fields is refused.
    static <T> T read(Context ctx, Class<T> type) {
        var node = object(ctx);
        try {
            return MAPPER.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            throw Problem.invalid(e.getPropertyName(), "Unknown field '" + e.getPropertyName() + "'; allowed: "
                    + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ".");
        } catch (JsonMappingException e) {
            var field = e.getPath().isEmpty() ? "body" : e.getPath().get(0).getFieldName();
            throw Problem.invalid(field, field + " has the wrong type.");
        } catch (JsonProcessingException e) {
            throw Problem.invalid("body", "The request body is not valid JSON.");
        }
    }

    /// The request body as a JSON object.
    static ObjectNode object(Context ctx) {
        var body = ctx.bodyAsBytes();
        if (body.length > BodyLimit.JSON.bytes) {
            throw Problem.tooLarge(BodyLimit.JSON.refusal);
        }
        if (body.length == 0) {
            throw Problem.invalid("body", "The request body is empty; send a JSON object.");
        }
        try {
            var node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw Problem.invalid("body", "The request body must be a JSON object.");
            }
            return (ObjectNode) node;
        } catch (JsonParseException e) {
            throw Problem.invalid("body", "The request body is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ").");
        } catch (IOException e) {
            throw Problem.invalid("body", "The request body is not valid JSON.");
        }
    }
}
