package io.genreshift.cli;

import io.genreshift.core.model.Song;
import io.genreshift.core.model.TimeSignature;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The warning {@code transfer} and {@code attribute} print for a song (partly) outside the models' meters. The models
 * were trained on duple meters (4/4, 2/4, 2/2); a transfer leaves bars in other meters as they are, so the user should
 * know that part of the song will not change.
 */
final class MeterWarning {
    private MeterWarning() {
    }

    static Optional<String> of(Path file, Song song) {
        if (song.meters().stream().allMatch(TimeSignature::isDuple)) return Optional.empty(); // none means 4/4
        // Each meter once, without its ticks: a piece can change meter dozens of times.
        String meters = song.meters().stream().map(m -> m.numerator() + "/" + m.denominator()).distinct()
                .collect(Collectors.joining(", "));
        return Optional.of("warning: " + file + " is in " + meters + ", but the models know only 4/4, 2/4 and 2/2: "
                + "bars in other meters are left as they are.");
    }
}
