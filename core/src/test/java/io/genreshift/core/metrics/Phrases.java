package io.genreshift.core.metrics;

import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PianoRoll;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Test phrases: sparse random rolls and hand-placed cells. */
final class Phrases {
    private Phrases() {
    }

    /** Random phrases with 0..120 active cells. */
    static Arbitrary<Phrase> sparse() {
        Arbitrary<int[]> cell = Arbitraries.integers().between(0, Phrase.CELLS - 1)
                .map(i -> new int[] {i / PianoRoll.PITCHES, i % PianoRoll.PITCHES});
        return cell.list().ofMaxSize(120).map(cells -> {
            boolean[][] grid = new boolean[Phrase.STEPS][PianoRoll.PITCHES];
            for (int[] c : cells) grid[c[0]][c[1]] = true;
            return Phrase.of(grid);
        });
    }

    /** A phrase with the given (step, pitchIndex) cells on. */
    static Phrase withCells(int[]... cells) {
        boolean[][] grid = new boolean[Phrase.STEPS][PianoRoll.PITCHES];
        for (int[] c : cells) grid[c[0]][c[1]] = true;
        return Phrase.of(grid);
    }

    /** {@code np.roll(phrase, shift, axis=pitch)}: every cell moves up {@code shift} pitches, wrapping around. */
    static Phrase rolled(Phrase phrase, int shift) {
        boolean[][] in = phrase.toGrid();
        boolean[][] out = new boolean[Phrase.STEPS][PianoRoll.PITCHES];
        for (int t = 0; t < Phrase.STEPS; t++) {
            for (int p = 0; p < PianoRoll.PITCHES; p++) {
                out[t][Math.floorMod(p + shift, PianoRoll.PITCHES)] = in[t][p];
            }
        }
        return Phrase.of(out);
    }
}
