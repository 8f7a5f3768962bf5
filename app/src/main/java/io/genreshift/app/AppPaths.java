package io.genreshift.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the bundled assets are: {@code genreshift.home} (set by the launcher) or the working directory, holding
 * {@code assets/models/} and {@code assets/demo/} (whose file {@code DEFAULT} names the demo song to open).
 */
public record AppPaths(Path home) {

    public static AppPaths detect() {
        String prop = System.getProperty("genreshift.home");
        return new AppPaths(prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("").toAbsolutePath());
    }

    public Path modelsDir() {
        return home.resolve("assets").resolve("models");
    }

    public Path demoDir() {
        return home.resolve("assets").resolve("demo");
    }

    /** The demo song named in {@code assets/demo/DEFAULT}, else the first MIDI file there. */
    public Optional<Path> defaultDemo() {
        Path dir = demoDir();
        try {
            Path named = dir.resolve("DEFAULT");
            if (Files.isRegularFile(named)) {
                String name = Files.readString(named, StandardCharsets.UTF_8).trim();
                if (!name.isEmpty() && Files.isRegularFile(dir.resolve(name))) return Optional.of(dir.resolve(name));
            }
            if (!Files.isDirectory(dir)) return Optional.empty();
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.toString().toLowerCase(Locale.ROOT).matches(".*\\.midi?$")).sorted().findFirst();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
