package io.genreshift.ml.transfer;

import io.genreshift.core.metrics.ContentChange;
import io.genreshift.core.roll.PianoRoll;

/** How far the cycle reconstruction G_back(G(x)) is from the original x, in cells; 0 means a perfect cycle. */
public final class CycleChange {
    private CycleChange() {
    }

    public static ContentChange of(TransferResult r) {
        return between(r.source(), r.cycle());
    }

    static ContentChange between(PianoRoll source, PianoRoll other) {
        int added = 0;
        int removed = 0;
        for (int step = 0; step < source.steps(); step++) {
            for (int p = 0; p < PianoRoll.PITCHES; p++) {
                boolean s = source.get(step, p);
                boolean o = other.get(step, p);
                if (o && !s) added++;
                if (s && !o) removed++;
            }
        }
        return new ContentChange(added, removed, source.activeCells());
    }
}
