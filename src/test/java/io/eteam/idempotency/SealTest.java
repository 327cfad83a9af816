package io.eteam.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;

/// What the database keeps of a key and its answer: no key, no readable answer.
class SealTest {

    static final byte[] ANSWER = "{\"handle\":\"vp-new\",\"token\":\"et_secret\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void a_sealed_answer_opens_with_its_key_for_its_person_and_holds_nothing_readable() throws Exception {
        var sealed = Seal.seal("key-1", "chair", ANSWER);

        assertThat(sealed).doesNotContain("et_secret", "vp-new");
        assertThat(Seal.open("key-1", "chair", sealed)).isEqualTo(ANSWER);
    }

    @Test
    void a_sealed_answer_does_not_open_for_another_key_or_another_person() {
        var sealed = Seal.seal("key-1", "chair", ANSWER);

        assertThatThrownBy(() -> Seal.open("key-2", "chair", sealed)).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> Seal.open("key-1", "other-chair", sealed)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void the_key_is_kept_only_as_a_hash_and_requests_differ_by_method_path_or_body() {
        assertThat(Seal.keyHash("key-1")).hasSize(64).doesNotContain("key-1");
        var body = "{}".getBytes(StandardCharsets.UTF_8);
        var raise = Seal.requestHash("POST", "/api/v1/blockers", body);

        assertThat(Seal.requestHash("POST", "/api/v1/blockers", "{}".getBytes(StandardCharsets.UTF_8))).isEqualTo(raise);
        assertThat(Seal.requestHash("PATCH", "/api/v1/blockers", body)).isNotEqualTo(raise);
        assertThat(Seal.requestHash("POST", "/api/v1/blockers?x=1", body)).isNotEqualTo(raise);
        assertThat(Seal.requestHash("POST", "/api/v1/blockers", "{ }".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(raise);
    }
}
