package io.eteam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/// What `mvn package` ships in `target/eteam.jar`: the server, the CLI and their resources, and
/// nothing that only the benchmarks or the tests use.
class ReleaseJarIT {

    @Test
    void the_jar_carries_no_benchmark_or_test_support_and_the_demo_reads_its_catalogue_from_a_resource() throws Exception {
        try (var jar = new JarFile(Path.of("target", "eteam.jar").toFile())) {
            var names = jar.stream().map(e -> e.getName()).toList();
            assertThat(names).contains("io/eteam/Main.class", "io/eteam/demo/Catalogue.class", "demo/catalogue.json",
                    "deferral/model.bin");
            assertThat(names).noneMatch(n -> n.startsWith("io/eteam/bench/"))
                    .doesNotContain("io/eteam/deferral/Bench.class")
                    .noneMatch(n -> n.startsWith("io/eteam/support/"));
        }
    }
}
