package io.genreshift.ml.transfer;

import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PianoRoll;
import org.junit.jupiter.api.Test;

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
