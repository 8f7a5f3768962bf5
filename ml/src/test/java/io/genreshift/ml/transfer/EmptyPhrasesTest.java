package io.genreshift.ml.transfer;

import io.genreshift.core.model.MeterMap;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoMap;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PhraseLayout;
import io.genreshift.core.roll.PianoRoll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmptyPhrasesTest {
    /** A roll of {@code phrases} phrases with one note at the start of each phrase listed in {@code sounding}. */
    private static PianoRoll roll(int phrases, int... sounding) {
        PianoRoll r = PianoRoll.empty(phrases * Phrase.STEPS);
        for (int i : sounding) r = r.with(i * Phrase.STEPS, 40, true).with(i * Phrase.STEPS + 1, 40, true);
        return r;
    }

    @Test
    void namesTheSoundingPhrasesThatCameOutSilentAsRangesWithTheirBars() {
        EmptyPhrases empty = EmptyPhrases.of(roll(6, 0, 1, 2, 3, 5), roll(6, 2, 5));

        assertThat(empty.emptied()).containsExactly(0, 1, 3);
        assertThat(empty.describe()).isEqualTo("phrases 0-1, 3 (bars 1-8, 13-16) of 5");
        assertThat(empty.nothingPitched()).isFalse();
        assertThat(empty.worthAWarning()).isTrue();
    }

    @Test
    void aSongWhoseMeterChangesGetsItsOwnPhrasesAndBarNumbers() {
        // 4/4 for 4 bars (1536 ticks at 96 ppq), 3/4 for 3 bars (untouched by a transfer), then 4/4 again: the second
        // phrase starts at step 100 (bar 8), not at step 64.
        Song song = new Song("meters", 96, TempoMap.constant(96, 120),
                List.of(new TimeSignature(0, 4, 4), new TimeSignature(1536, 3, 4), new TimeSignature(2400, 4, 4)),
                List.of(), List.of(), 5472);
        int steps = 228;
        PhraseLayout layout = PhraseLayout.forTransfer(song, steps);
        PianoRoll source = PianoRoll.empty(steps).with(0, 40, true).with(100, 40, true).with(164, 40, true);
        PianoRoll transfer = PianoRoll.empty(steps).with(0, 40, true);

        EmptyPhrases empty = EmptyPhrases.of(source, transfer, layout);

        assertThat(layout.phraseStarts()).containsExactly(0, 100, 164);
        assertThat(empty.emptied()).containsExactly(1, 2);
        assertThat(empty.describe(MeterMap.of(song))).isEqualTo("phrases 1-2 (bars 8-15) of 3");
        // The uniform cut would have called step 64..127 a phrase and numbered its bars 5-8.
        assertThat(EmptyPhrases.of(source, transfer).describe()).isEqualTo("phrases 1-2 (bars 5-12) of 3");
    }

    @Test
    void aPhraseSilentInTheOriginalIsNotCountedAndAFullTransferNeedsNoWarning() {
        EmptyPhrases empty = EmptyPhrases.of(roll(3, 0, 2), roll(3, 0, 2));

        assertThat(empty.emptied()).isEmpty();
        assertThat(empty.sounding()).isEqualTo(2);
        assertThat(empty.worthAWarning()).isFalse();
    }

    @Test
    void lessThanATenthOfTheNoteCellsLeftIsWorthAWarningEvenWithoutASilentPhrase() {
        PianoRoll source = PianoRoll.empty(Phrase.STEPS);
        for (int s = 0; s < 20; s++) source = source.with(s, 40, true);
        PianoRoll transfer = PianoRoll.empty(Phrase.STEPS).with(0, 40, true);

        EmptyPhrases empty = EmptyPhrases.of(source, transfer);

        assertThat(empty.emptied()).isEmpty();
        assertThat(empty.worthAWarning()).isTrue();
        assertThat(EmptyPhrases.of(roll(1), PianoRoll.empty(Phrase.STEPS)).nothingPitched()).isTrue();
    }
}
