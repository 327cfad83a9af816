package io.eteam.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/// How keys, requests and answers are kept: a key only as a hash, a request as a hash of its
/// method, path and body, and an answer sealed (AES-GCM) under a key derived from the
/// Idempotency-Key. An answer may hold a new API token, which the database otherwise keeps only
/// as a hash; sealed, it can be read back only by whoever sends the Idempotency-Key again.
final class Seal {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private Seal() {
    }

    /// The key's name in the database.
    static String keyHash(String key) {
        return hex(sha256("eteam idempotency key\0" + key));
    }

    /// What makes two requests the same: method, path with query, and body, byte for byte.
    static String requestHash(String method, String pathAndQuery, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + "\0" + pathAndQuery + "\0").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return hex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /// The body sealed for `handle` under `key`, as text: nonce then ciphertext, in Base64.
    static String seal(String key, String handle, byte[] body) {
        var nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            var cipher = cipher(Cipher.ENCRYPT_MODE, key, handle, nonce);
            var sealed = cipher.doFinal(body);
            var out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES-GCM", e);
        }
    }

    /// The body `seal` sealed; a body sealed under another key or for another person does not open.
    static byte[] open(String key, String handle, String sealed) throws GeneralSecurityException {
        var bytes = Base64.getDecoder().decode(sealed);
        var cipher = cipher(Cipher.DECRYPT_MODE, key, handle, Arrays.copyOf(bytes, NONCE_BYTES));
        return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
    }

    private static Cipher cipher(int mode, String key, String handle, byte[] nonce) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        var secret = new SecretKeySpec(sha256("eteam idempotency answer\0" + key), "AES");
        cipher.init(mode, secret, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(handle.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
