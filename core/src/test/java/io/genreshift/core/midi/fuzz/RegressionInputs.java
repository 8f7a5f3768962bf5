package io.genreshift.core.midi.fuzz;

import java.nio.file.Path;

/** Where inputs that once broke the user path are kept; {@link FuzzRegressionTest} replays them and fuzzing starts from them. */
final class RegressionInputs {
    static final Path FOLDER = Path.of("src", "test", "resources", "fuzz-regressions");

    private RegressionInputs() {
    }
}
