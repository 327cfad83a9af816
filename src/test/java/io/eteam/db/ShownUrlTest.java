package io.eteam.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/// What eteam prints of a database URL: never its password.
class ShownUrlTest {

    @Test
    void a_password_in_a_url_is_shown_as_stars_wherever_it_stands_and_the_rest_stays() {
        assertThat(Database.shown("jdbc:postgresql://db:5432/eteam?user=eteam&password=s3cr%20et&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/eteam?user=eteam&password=***&ssl=true");
        assertThat(Database.shown("jdbc:postgresql://db/eteam?PASSWORD=x")).isEqualTo("jdbc:postgresql://db/eteam?PASSWORD=***");
        assertThat(Database.shown("jdbc:h2:file:./data/eteam;PASSWORD=x;WRITE_DELAY=0"))
                .isEqualTo("jdbc:h2:file:./data/eteam;PASSWORD=***;WRITE_DELAY=0");
        assertThat(Database.shown("jdbc:h2:file:./data/eteam")).isEqualTo("jdbc:h2:file:./data/eteam");
    }
}
