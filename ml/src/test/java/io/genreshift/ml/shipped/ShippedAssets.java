package io.genreshift.ml.shipped;

import io.genreshift.ml.io.ModelLibrary;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the repository's shipped assets are, seen from a test: the {@value ModelLibrary#HOME_PROPERTY} system
 * property when set, else the first directory upwards from the working directory that holds {@code assets/models}
 * (surefire runs in the module folder, one level below the root).
 */
final class ShippedAssets {
    private ShippedAssets() {
    }

    static Path root() {
        String home = System.getProperty(ModelLibrary.HOME_PROPERTY);
        if (home != null && !home.isBlank()) return Path.of(home).toAbsolutePath();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(ModelLibrary.DEFAULT_FOLDER_NAME))) return dir;
        }
        // A test of what ships must not pass because it found nothing to test.
        throw new IllegalStateException("no " + ModelLibrary.DEFAULT_FOLDER_NAME + " above " + Path.of("").toAbsolutePath()
                + "; run the tests inside the repository or pass -D" + ModelLibrary.HOME_PROPERTY + "=<repository root>");
    }

    static Path models() {
        return root().resolve(ModelLibrary.DEFAULT_FOLDER_NAME);
    }

    static Path demo(String fileName) {
        return root().resolve("assets/demo").resolve(fileName);
    }

    /** The demo song the editor opens first, as named in {@code assets/demo/DEFAULT}. */
    static Path defaultDemo() throws java.io.IOException {
        return demo(Files.readString(root().resolve("assets/demo/DEFAULT")).strip());
    }
}
