package io.genreshift.core.midi.fuzz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Replays every input that once broke the user path (committed in {@link RegressionInputs#FOLDER}, named after what
 * broke): each must now be exported or refused with a message naming the file, within the fuzz test's case limit
 * (a hang guard, not a performance assertion).
 */
class FuzzRegressionTest {
    @TempDir
    Path temp;

    @Test
    void everyCommittedCrashInputNowPasses() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(RegressionInputs.FOLDER)) {
            inputs = files.sorted().toList();
        }
        assertThat(inputs).isNotEmpty();
        for (Path input : inputs) {
            UserPath.Outcome outcome = assertTimeoutPreemptively(Duration.ofMillis(MidiFuzzTest.CASE_LIMIT_MS),
                    () -> UserPath.run(input, temp.resolve("exported.mid")), input::toString);
            if (!outcome.accepted()) assertThat(outcome.rejection().getMessage()).as(input.toString()).contains(input.toString());
        }
    }
}
