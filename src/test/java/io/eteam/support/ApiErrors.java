package io.eteam.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/// Checks that a refusal has the API's error shape and nothing more: `{"error", "message"}`
/// plus an optional `field`, sent as JSON, with no trace of the server's insides.
public final class ApiErrors {

    private ApiErrors() {
    }

    /// The response is a refusal with this status and code, in the error shape.
    public static void assertError(Http.Response response, int status, String code) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
        assertErrorShape(response);
        assertThat(response.error()).as("error code of %s", response.body()).isEqualTo(code);
    }

    /// The response is `400 invalid_request` naming `field`, both in `field` and in the message.
    public static void assertInvalid(Http.Response response, String field) {
        assertError(response, 400, "invalid_request");
        assertThat(response.json().path("field").asText(null)).as("field of %s", response.body()).isEqualTo(field);
        assertThat(response.json().path("message").asText()).as("message of %s", response.body()).contains(field);
    }

    /// Exactly `error` and `message` (plus optional `field`), all strings, as JSON, and no
    /// stack trace or Java class name anywhere in the body.
    public static void assertErrorShape(Http.Response response) {
        assertThat(response.contentType()).as("Content-Type of %s", response.body()).startsWith("application/json");
        assertThat(response.json()).as("JSON body of %s", response.body()).isNotNull();
        assertThat(response.json().isObject()).as("%s is an object", response.body()).isTrue();
        List<String> names = new ArrayList<>();
        response.json().fieldNames().forEachRemaining(names::add);
        assertThat(names).as("fields of %s", response.body()).contains("error", "message").isSubsetOf("error", "message", "field");
        response.json().forEach(value -> assertThat(value.isTextual()).as("%s has only text values", response.body()).isTrue());
        assertThat(response.json().path("message").asText()).as("message of %s", response.body()).isNotBlank();
        assertThat(response.body()).as("body leaks internals")
                .doesNotContain("Exception", "\tat ", "at io.eteam", "at java.", "java.lang", "com.fasterxml", "org.jooq",
                        "org.h2", "io.javalin", "org.eclipse.jetty", "SQL statement");
    }
}
