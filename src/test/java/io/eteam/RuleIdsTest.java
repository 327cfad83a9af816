package io.eteam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/// The rules each package states in its `package-info.java` carry one kind of id, `AGD-3`,
/// `BLK-4`: unique across the code base, each cited where the code enforces it, and no code
/// citing a rule that no package states.
class RuleIdsTest {

    static final Pattern DEFINED = Pattern.compile("^/// ([A-Z]+-\\d+) — ", Pattern.MULTILINE);
    static final Pattern LEGACY = Pattern.compile("^/// ([A-Z]\\d+) — ", Pattern.MULTILINE);
    static final Pattern CITED = Pattern.compile("\\b([A-Z]{2,5})-(\\d+)(?:–\\1-(\\d+))?\\b");

    static List<Path> sources() throws IOException {
        var files = new ArrayList<Path>();
        for (var root : List.of(Path.of("src/main/java"), Path.of("src/bench/java"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void every_rule_has_one_unique_id_and_is_cited_where_it_is_enforced() throws IOException {
        var defined = new HashMap<String, Path>();
        var duplicates = new ArrayList<String>();
        var legacy = new ArrayList<String>();
        var cited = new HashSet<String>();
        for (var file : sources()) {
            var text = Files.readString(file);
            if (file.getFileName().toString().equals("package-info.java")) {
                var m = DEFINED.matcher(text);
                while (m.find()) {
                    if (defined.put(m.group(1), file) != null) {
                        duplicates.add(m.group(1));
                    }
                }
                LEGACY.matcher(text).results().forEach(r -> legacy.add(r.group(1) + " in " + file));
                continue;
            }
            var m = CITED.matcher(text);
            while (m.find()) {
                int from = Integer.parseInt(m.group(2));
                int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
                for (int n = from; n <= to; n++) {
                    cited.add(m.group(1) + "-" + n);
                }
            }
        }
        Set<String> prefixes = new HashSet<>();
        defined.keySet().forEach(id -> prefixes.add(id.substring(0, id.indexOf('-'))));
        var undefined = cited.stream().filter(id -> prefixes.contains(id.substring(0, id.indexOf('-'))))
                .filter(id -> !defined.containsKey(id)).sorted().toList();
        var uncited = defined.keySet().stream().filter(id -> !cited.contains(id)).sorted().toList();

        assertThat(defined).as("rules stated").hasSizeGreaterThan(80);
        assertThat(duplicates).as("ids stated twice").isEmpty();
        assertThat(legacy).as("rules in the old one-letter scheme").isEmpty();
        assertThat(undefined).as("ids cited that no package states").isEmpty();
        assertThat(uncited).as("rules no code cites where it enforces them").isEmpty();
        Map<String, Path> onePackagePerPrefix = new HashMap<>();
        defined.forEach((id, file) -> {
            var prefix = id.substring(0, id.indexOf('-'));
            var earlier = onePackagePerPrefix.putIfAbsent(prefix, file);
            assertThat(earlier == null || earlier.equals(file)).as(prefix + " is stated in one package only").isTrue();
        });
    }
}
