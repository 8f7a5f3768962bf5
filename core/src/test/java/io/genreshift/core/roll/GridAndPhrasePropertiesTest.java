package io.genreshift.core.roll;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GridAndPhrasePropertiesTest {

    @Provide
    Arbitrary<PianoRoll> rolls() {
        return RollArbitraries.rolls();
    }

    @Property
    void everyStepStartsOnATickThatMapsBackToIt(@ForAll @IntRange(min = 4, max = 1920) int ppq, @ForAll @LongRange(min = 0, max = 1_000_000) long step) {
        StepGrid grid = new StepGrid(ppq);

        assertThat(grid.stepOf(grid.tickOf(step))).isEqualTo(step);
        assertThat(grid.stepOf(grid.tickOf(step) - 1)).isEqualTo(step - 1);
        assertThat(grid.stepsCovering(grid.tickOf(step))).isEqualTo(step);
    }

    @Property
    void stepsFollowBeatsNotSeconds(@ForAll @IntRange(min = 1, max = 480) int quarter, @ForAll @LongRange(min = 0, max = 100_000) long beat) {
        StepGrid grid = new StepGrid(quarter * 4);

        assertThat(grid.stepOf(beat * quarter * 4)).isEqualTo(beat * PianoRoll.STEPS_PER_BEAT);
    }

    @Property(tries = 200)
    void phrasesAreTheWholeNonOverlappingWindowsFromStepZero(@ForAll("rolls") PianoRoll roll) {
        List<Phrase> phrases = roll.phrases();

        assertThat(phrases).hasSize(roll.steps() / Phrase.STEPS);
        assertThat(PianoRoll.concat(phrases)).isEqualTo(roll.resized(phrases.size() * Phrase.STEPS));
    }

    /** Writing many phrases at once (one copy of the roll) equals writing them one by one. */
    @Property(tries = 200)
    void writingPhrasesTogetherEqualsWritingThemOneByOne(@ForAll("rolls") PianoRoll roll, @ForAll("rolls") PianoRoll source,
                                                         @ForAll @IntRange(min = 0, max = 8) int count,
                                                         @ForAll @IntRange(min = 0, max = 250) int firstStart) {
        List<Integer> starts = new java.util.ArrayList<>();
        List<Integer> lengths = new java.util.ArrayList<>();
        List<Phrase> phrases = new java.util.ArrayList<>();
        PianoRoll oneByOne = roll;
        for (int i = 0; i < count; i++) {
            int start = (firstStart + 37 * i) % 260; // overlapping, and some past the roll's end
            int length = (13 * i + firstStart) % (Phrase.STEPS + 1);
            Phrase phrase = source.phraseAt(Math.min(i * 7, source.steps()), Phrase.STEPS);
            starts.add(start);
            lengths.add(length);
            phrases.add(phrase);
            oneByOne = oneByOne.withPhraseAt(start, length, phrase);
        }

        assertThat(roll.withPhrasesAt(starts, lengths, phrases)).isEqualTo(oneByOne);
    }

    @Property(tries = 200)
    void trainingFilterKeepsExactlyThePhrasesWithTwoOrMoreCells(@ForAll("rolls") PianoRoll roll) {
        List<Phrase> kept = TrainingFilter.trainable(roll.phrases());

        assertThat(kept).allMatch(p -> p.activeCells() > 1);
        assertThat(kept).hasSize((int) roll.phrases().stream().filter(p -> p.activeCells() >= 2).count());
    }

    @Property(tries = 200)
    void runsCoverExactlyTheActiveCells(@ForAll("rolls") PianoRoll roll) {
        List<NoteRun> runs = RollRuns.of(roll);

        assertThat(runs.stream().mapToInt(NoteRun::length).sum()).isEqualTo(roll.activeCells());
        for (NoteRun r : runs) {
            assertThat(roll.sounds(r.startStep() - 1, r.pitch())).isFalse();
            assertThat(roll.sounds(r.endStep(), r.pitch())).isFalse();
        }
    }
}
