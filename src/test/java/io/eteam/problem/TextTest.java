package io.eteam.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/// People's text: characters counted as people count them, broken Unicode refused.
class TextTest {

    /// U+2D800, a CJK ideograph in the Supplementary Ideographic Plane: the pair D876 DC00 in UTF-16.
    static final String U2D800 = new String(Character.toChars(0x2D800));

    @Test
    void a_character_outside_the_basic_multilingual_plane_is_accepted_not_refused_as_a_lone_surrogate() {
        assertThat(Text.required("title", "Launch " + U2D800, 200)).isEqualTo("Launch " + U2D800);
    }

    @Test
    void a_supplementary_character_counts_as_one_character() {
        assertThat(Text.required("title", U2D800.repeat(200), 200)).isEqualTo(U2D800.repeat(200));
        assertThatThrownBy(() -> Text.required("title", U2D800.repeat(201), 200))
                .hasMessage("title is 201 characters long; the limit is 200.");
    }

    @Test
    void a_lone_surrogate_is_still_refused() {
        for (var broken : new String[] {"a\ud800", "\udc00b", "\ud876", U2D800.substring(0, 1) + "x", "x" + U2D800.substring(1)}) {
            assertThatThrownBy(() -> Text.required("title", broken, 200))
                    .isInstanceOf(Problem.class)
                    .hasMessage("title contains broken Unicode (a lone surrogate).");
        }
    }
}
