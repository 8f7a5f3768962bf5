package io.genreshift.cli;

import io.genreshift.core.model.Song;
import io.genreshift.core.model.TimeSignature;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The warning {@code transfer} and {@code attribute} print for a song outside the models' meters. The models were
 * trained on duple meters (4/4, 2/4, 2/2) and cut every song into phrases of 16 beats, so in 9/8 or 3/4 the phrases
 * straddle bar lines and the result says less; the user should know before trusting it.
 */
final class MeterWarning {
    private MeterWarning() {
    }

    static Optional<String> of(Path file, Song song) {
        if (song.meters().stream().allMatch(TimeSignature::isDuple)) return Optional.empty(); // none means 4/4
        // Each meter once, without its ticks: a piece can change meter dozens of times.
        String meters = song.meters().stream().map(m -> m.numerator() + "/" + m.denominator()).distinct()
                .collect(Collectors.joining(", "));
        return Optional.of("warning: " + file + " is in " + meters + ", but the models were trained on 4/4, 2/4 and 2/2 "
                + "and cut songs into 16-beat phrases that here do not follow the bars; treat the result with care.");
    }
}
