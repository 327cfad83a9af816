package io.eteam.feed;

import java.security.SecureRandom;
import java.util.Base64;

/// Feed tokens (FEED-1): 256 random bits, URL-safe, prefixed `etf_` so that a person (or a log
/// reader) tells one from an API token (`et_`). Hashed and compared like API tokens (`Tokens`).
final class FeedTokens {

    private static final String PREFIX = "etf_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /// Longer than any token this class makes: a longer text is no feed token and is not hashed.
    static final int MAX_LENGTH = 200;

    private FeedTokens() {
    }

    static String generate() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
