package io.genreshift.core.roll;

import io.genreshift.core.model.MeterMap;
import io.genreshift.core.model.MeterSpan;
import io.genreshift.core.model.TimeSignature;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class PhraseLayoutTest {
    private static final int PPQ = 96;
    private static final Predicate<MeterSpan> FOUR_FOUR = s -> !s.assumed() && s.meter().isFourFour();

    @Test
    void fourFourThreeFourFourFourGivesPhrasesOnlyInTheFourFourSpansFromTheirBarLines() {
        // 4 bars of 4/4 (64 steps), 3 bars of 3/4 (36 steps), then 4.75 bars of 4/4 (76 steps).
        List<TimeSignature> meters = List.of(new TimeSignature(0, 4, 4), new TimeSignature(1536, 3, 4), new TimeSignature(2400, 4, 4));
        MeterMap map = MeterMap.of(meters, PPQ, 4224);

        PhraseLayout layout = PhraseLayout.of(map, FOUR_FOUR, 176, PhraseLayout.Tail.DROP);

        assertThat(layout.phraseStarts()).containsExactly(0, 100);
        assertThat(layout.untouched()).containsExactly(new StepRange(64, 100));
        assertThat(layout.bars()).containsEntry("4/4", new BarTally(8, 1)).containsEntry("3/4", new BarTally(0, 3));
    }

    @Test
    void aPaddedTailCoversTheRestOfAnAcceptedSpanButNotTheNextSpan() {
        List<TimeSignature> meters = List.of(new TimeSignature(0, 4, 4), new TimeSignature(96 * 4 * 5, 3, 4));
        MeterMap map = MeterMap.of(meters, PPQ, 96 * 4 * 5 + 96 * 3 * 2);

        PhraseLayout layout = PhraseLayout.of(map, FOUR_FOUR, 80 + 24, PhraseLayout.Tail.PAD);

        assertThat(layout.phraseStarts()).containsExactly(0, 64);
        assertThat(layout.phraseSteps()).containsExactly(64, 16);
        assertThat(layout.untouched()).containsExactly(new StepRange(80, 104));
    }

    @Test
    void oneMeterFromTickZeroIsTheReferenceCut() {
        PianoRoll roll = RollArbitraries.rolls().sample();
        MeterMap map = MeterMap.of(List.of(TimeSignature.FOUR_FOUR), PPQ, (long) roll.steps() * PPQ / 4);

        PhraseLayout layout = PhraseLayout.of(map, FOUR_FOUR, roll.steps(), PhraseLayout.Tail.DROP);

        assertThat(layout.phrasesOf(roll)).isEqualTo(roll.phrases());
    }

    @Test
    void applyingPhrasesReplacesOnlyTheirStepsAndLeavesOtherMetersUntouched() {
        List<TimeSignature> meters = List.of(new TimeSignature(0, 3, 4), new TimeSignature(96 * 3, 4, 4));
        MeterMap map = MeterMap.of(meters, PPQ, 96 * 3 + 96 * 4 * 4);
        PianoRoll base = PianoRoll.empty(12 + 64).with(3, 10, true).with(20, 10, true);
        PhraseLayout layout = PhraseLayout.of(map, FOUR_FOUR, base.steps(), PhraseLayout.Tail.PAD);

        PianoRoll out = layout.apply(base, List.of(Phrase.empty().with(0, 5, true)));

        assertThat(layout.phraseStarts()).containsExactly(12);
        assertThat(out.get(3, 10)).isTrue();   // in 3/4: untouched
        assertThat(out.get(20, 10)).isFalse(); // in the phrase: replaced
        assertThat(out.get(12, 5)).isTrue();
    }
}
