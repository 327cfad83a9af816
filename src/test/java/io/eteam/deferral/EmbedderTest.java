package io.eteam.deferral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EmbedderTest {

    private static String words(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    }

    @Test
    void aTextUpToTwiceTheEndsIsEmbeddedWhole() {
        var text = words(1, 2 * Embedder.END_WORDS);
        assertThat(Embedder.ends(text)).isSameAs(text);
        assertThat(Embedder.ends("Ship it Monday.")).isEqualTo("Ship it Monday.");
    }

    @Test
    void aLongerTextIsEmbeddedByItsFirstAndLastWords() {
        int n = 2 * Embedder.END_WORDS + 7;
        var ends = Embedder.ends(words(1, n));
        assertThat(ends).startsWith(words(1, Embedder.END_WORDS) + " … ")
                .endsWith(" … " + words(n - Embedder.END_WORDS + 1, n))
                .doesNotContain("w" + (Embedder.END_WORDS + 1) + " ");
    }
}
