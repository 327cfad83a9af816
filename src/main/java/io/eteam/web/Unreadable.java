package io.eteam.web;

import io.eteam.db.SqlErrors;
import io.eteam.problem.Problem;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import org.eclipse.jetty.http.HttpException;

/// A request body that cannot be read, found where Jetty raised it, inside whatever read the
/// body (`bodyAsBytes`, `formParam`), wrapped or not: Jetty's verdict that the body ended before
/// its `Content-Length`, that a chunk was malformed or missing, or that a multipart body does
/// not match its boundary; a form whose Content-Type names a charset Java does not know; or
/// text the database cannot store.
/// Each is the client's fault, so the client is told, with a 4xx.
final class Unreadable {

    private Unreadable() {
    }

    /// The refusal for `failure` when the request could not be read; empty for any other failure.
    /// `contentType` is the request's header as sent (parsing it may be what failed).
    static Optional<Problem> refusal(Throwable failure, String contentType) {
        // Validation refuses U+0000 in every field it knows; text that reaches the database
        // another way is refused here rather than answered 500 (PostgreSQL cannot store it).
        if (SqlErrors.UNSTORABLE_TEXT.causes(failure)) {
            return Optional.of(Problem.invalid("text", "Text may not contain the NUL character (U+0000)."));
        }
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return Optional.of(http.getCode() == 413
                        ? Problem.tooLarge("The request body is too large.")
                        : Problem.invalid("body", message(contentType)));
            }
            if (cause instanceof UnsupportedCharsetException || cause instanceof IllegalCharsetNameException) {
                return Optional.of(Problem.invalid("Content-Type", "The Content-Type names a charset eteam cannot read; send UTF-8."));
            }
        }
        return Optional.empty();
    }

    private static String message(String contentType) {
        if (contentType != null && contentType.startsWith("multipart/")) {
            return "The form could not be read: its multipart body is cut short or does not match the boundary in its "
                    + "Content-Type. Send the form again.";
        }
        return "The request body could not be read: it ended before its Content-Length, or its chunked encoding is "
                + "malformed. Send the whole body again.";
    }
}
