package io.eteam.idempotency;

/// What a request answered, as it is replayed: its status, Content-Type and body.
public record Answer(int status, String contentType, byte[] body) {
}
