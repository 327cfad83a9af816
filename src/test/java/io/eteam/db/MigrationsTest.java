package io.eteam.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A server skips Flyway only on a database that already holds every migration of its build.
class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void the_build_carries_every_migration_in_sql() throws IOException {
        try (var files = Files.list(Path.of("sql"))) {
            var inSql = files.map(f -> Migrations.version(f.getFileName().toString()))
                    .filter(v -> v != null)
                    .collect(Collectors.toSet());
            assertThat(inSql).hasSizeGreaterThan(10);
            assertThat(Migrations.bundled()).isEqualTo(inSql);
        }
    }

    @Test
    void a_new_database_is_not_up_to_date_and_one_opened_once_is() throws IOException {
        var url = Database.h2File(dir);
        assertThat(Migrations.allApplied(h2(url))).isFalse();
        // Asking fails no query: H2 writes a failed one to a trace file beside the database.
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".trace.db"));
        }
        try (var database = Database.open(url)) {
            assertThat(database.schemaVersions().current()).isEqualTo(database.schemaVersions().latest());
        }
        assertThat(Migrations.allApplied(h2(url))).isTrue();
    }

    @Test
    void a_database_one_migration_behind_is_migrated_when_it_opens() {
        var url = Database.h2File(dir);
        String latest;
        try (var database = Database.openAsIs(url)) {
            latest = database.schemaVersions().latest();
            database.migrateTo(String.valueOf(Integer.parseInt(latest) - 1));
        }
        assertThat(Migrations.allApplied(h2(url))).isFalse();
        try (var database = Database.open(url)) {
            assertThat(database.schemaVersions().current()).isEqualTo(latest);
        }
        assertThat(Migrations.allApplied(h2(url))).isTrue();
    }

    @Test
    void a_failed_migration_in_the_history_sends_the_database_through_flyway() throws Exception {
        var url = Database.h2File(dir);
        Database.open(url).close();
        var ds = h2(url);
        try (var connection = ds.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("update \"flyway_schema_history\" set \"success\" = false where \"installed_rank\" = 2");
        }
        assertThat(Migrations.allApplied(ds)).isFalse();
    }

    @Test
    void versions_compare_as_flyway_reads_them() {
        assertThat(Migrations.version("V18__meeting_step.sql")).isEqualTo("18");
        assertThat(Migrations.version("V009__x.sql")).isEqualTo("9");
        assertThat(Migrations.version("V1_2__x.sql")).isEqualTo("1.2");
        assertThat(Migrations.version("V1.0__x.sql")).isEqualTo("1");
        assertThat(Migrations.version("R__view.sql")).isNull();
        assertThat(Migrations.version("V2__x.txt")).isNull();
    }

    /// The same file, without the pool or the durability settings `Database` adds.
    private static DataSource h2(String url) {
        var ds = new JdbcDataSource();
        ds.setURL(Database.durable(url));
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }
}
