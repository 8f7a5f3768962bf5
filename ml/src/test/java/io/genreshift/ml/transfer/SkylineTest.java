package io.genreshift.ml.transfer;

import io.genreshift.core.roll.PianoRoll;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SkylineTest {

    @Test
    void theSkylineIsTheHighestNoteOfEachStep() {
        PianoRoll roll = PianoRoll.empty(3).with(0, 10, true).with(0, 40, true).with(2, 5, true);

        assertThat(Skyline.of(roll)).containsExactly(40, Skyline.SILENT, 5);
    }

    @Test
    void keepingTheMelodyRestoresItAndClearsNotesAboveIt() {
        PianoRoll source = PianoRoll.empty(2).with(0, 40, true).with(0, 20, true);
        PianoRoll transfer = PianoRoll.empty(2).with(0, 50, true).with(0, 30, true).with(1, 60, true);

        PianoRoll kept = Skyline.keep(source, transfer);

        assertThat(kept).isEqualTo(PianoRoll.empty(2).with(0, 40, true).with(0, 30, true).with(1, 60, true));
    }

    @Property(tries = 200)
    void everySkylineNoteSurvivesAsTheTopVoice(@ForAll("rollPairs") Tuple.Tuple2<PianoRoll, PianoRoll> rolls) {
        PianoRoll source = rolls.get1();
        PianoRoll kept = Skyline.keep(source, rolls.get2());

        int[] melody = Skyline.of(source);
        int[] after = Skyline.of(kept);
        for (int step = 0; step < melody.length; step++) {
            if (melody[step] != Skyline.SILENT) {
                assertThat(kept.get(step, melody[step])).as("skyline note at step %d", step).isTrue();
                assertThat(after[step]).as("top voice at step %d", step).isEqualTo(melody[step]);
            }
        }
    }

    @Property(tries = 100)
    void stepsWhereTheSourceIsSilentKeepTheTransfer(@ForAll("rollPairs") Tuple.Tuple2<PianoRoll, PianoRoll> rolls) {
        PianoRoll kept = Skyline.keep(rolls.get1(), rolls.get2());

        int[] melody = Skyline.of(rolls.get1());
        for (int step = 0; step < melody.length; step++) {
            if (melody[step] != Skyline.SILENT) continue;
            for (int p = 0; p < PianoRoll.PITCHES; p++) assertThat(kept.get(step, p)).isEqualTo(rolls.get2().get(step, p));
        }
    }

    @Provide
    Arbitrary<Tuple.Tuple2<PianoRoll, PianoRoll>> rollPairs() {
        return Arbitraries.integers().between(1, 24).flatMap(steps ->
                Combinators.combine(roll(steps), roll(steps)).as(Tuple::of));
    }

    private static Arbitrary<PianoRoll> roll(int steps) {
        // Sparse rolls, with some silent steps, like music.
        return Arbitraries.integers().between(0, 8 * steps)
                .flatMap(n -> Arbitraries.integers().between(0, steps * PianoRoll.PITCHES - 1).list().ofSize(n))
                .map(cells -> {
                    PianoRoll r = PianoRoll.empty(steps);
                    for (int c : cells) r = r.with(c / PianoRoll.PITCHES, c % PianoRoll.PITCHES, true);
                    return r;
                });
    }
}
