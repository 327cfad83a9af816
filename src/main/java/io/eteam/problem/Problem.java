package io.eteam.problem;

/// A refusal a person can act on: the API's error code, the status it travels with,
/// the offending field (for invalid input) and one sentence that says what to do.
public final class Problem extends RuntimeException {

    /// Every way a request can be refused, with its HTTP status and wire code.
    public enum Kind {
        INVALID(400, "invalid_request"),
        UNAUTHENTICATED(401, "unauthenticated"),
        FORBIDDEN(403, "forbidden"),
        VPS_ONLY(403, "vps_only"),
        NOT_FOUND(404, "not_found"),
        CONFLICT(409, "conflict"),
        TOO_LARGE(413, "too_large"),
        DEFERRAL_REJECTED(422, "deferral_rejected"),
        IDEMPOTENCY_MISMATCH(422, "idempotency_mismatch"),
        TOO_MANY_REQUESTS(429, "too_many_requests"),
        UNAVAILABLE(503, "unavailable");

        public final int status;
        public final String code;

        Kind(int status, String code) {
            this.status = status;
            this.code = code;
        }
    }

    private final Kind kind;
    private final String field;

    private Problem(Kind kind, String field, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.field = field;
    }

    public static Problem invalid(String field, String message) {
        return new Problem(Kind.INVALID, field, message);
    }

    public static Problem unauthenticated(String message) {
        return new Problem(Kind.UNAUTHENTICATED, null, message);
    }

    public static Problem forbidden(String message) {
        return new Problem(Kind.FORBIDDEN, null, message);
    }

    public static Problem vpsOnly(String message) {
        return new Problem(Kind.VPS_ONLY, null, message);
    }

    public static Problem notFound(String message) {
        return new Problem(Kind.NOT_FOUND, null, message);
    }

    public static Problem conflict(String message) {
        return new Problem(Kind.CONFLICT, null, message);
    }

    public static Problem tooLarge(String message) {
        return new Problem(Kind.TOO_LARGE, null, message);
    }

    public static Problem deferralRejected(String message) {
        return new Problem(Kind.DEFERRAL_REJECTED, null, message);
    }

    public static Problem idempotencyMismatch(String message) {
        return new Problem(Kind.IDEMPOTENCY_MISMATCH, null, message);
    }

    /// Too many refused sign-ins from one address; the caller sets `Retry-After`.
    /// The server cannot do it now (its database is not answering); the same request may work later.
    public static Problem unavailable(String message) {
        return new Problem(Kind.UNAVAILABLE, null, message);
    }

    public static Problem tooManyRequests(String message) {
        return new Problem(Kind.TOO_MANY_REQUESTS, null, message);
    }

    public Kind kind() {
        return kind;
    }

    /// The request field that was wrong, or null when the refusal is not about one field.
    public String field() {
        return field;
    }
}
