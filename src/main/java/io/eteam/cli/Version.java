package io.eteam.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.IVersionProvider;

/// The version of this build, e.g. `0.1.0-SNAPSHOT`: Maven writes the project's version into
/// `version.txt` as it copies the resources (src/main/filtered), so the jar, the classes a test
/// runs and the release archive's man pages all say the same.
public final class Version implements IVersionProvider {

    /// The project's version, or "unknown" in classes that were not built by Maven.
    public static String number() {
        try (var in = Version.class.getResourceAsStream("version.txt")) {
            if (in == null) {
                return "unknown";
            }
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return text.isEmpty() || text.startsWith("${") ? "unknown" : text;
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"eteam " + number()};
    }
}
