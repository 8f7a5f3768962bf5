package io.genreshift.core.midi.fuzz;

import io.genreshift.core.midi.MidiReadException;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Figures of one fuzz run, for docs/reliability.md: what the inputs led to and how long the slowest case took. */
final class FuzzStats {
    private static int cases;
    private static int accepted;
    private static long notesRead;
    private static final Map<MidiReadException.Reason, Integer> REJECTED = new EnumMap<>(MidiReadException.Reason.class);
    private static long maxNanos;
    private static long totalNanos;
    private static int over100ms;

    private FuzzStats() {
    }

    static synchronized void reset() {
        cases = accepted = over100ms = 0;
        notesRead = maxNanos = totalNanos = 0;
        REJECTED.clear();
    }

    static synchronized void record(UserPath.Outcome outcome, long nanos) {
        cases++;
        if (outcome.accepted()) {
            accepted++;
            notesRead += outcome.notesRead();
        } else {
            REJECTED.merge(outcome.rejection().reason(), 1, Integer::sum);
        }
        maxNanos = Math.max(maxNanos, nanos);
        totalNanos += nanos;
        if (nanos > 100_000_000L) over100ms++;
    }

    static synchronized String summary() {
        return String.format(Locale.ROOT, "%d cases passed: %d read and exported (%d notes), rejected %s; "
                        + "slowest case %.0f ms CPU, mean %.1f ms, %d over 100 ms",
                cases, accepted, notesRead, REJECTED, maxNanos / 1e6, cases == 0 ? 0 : totalNanos / 1e6 / cases, over100ms);
    }
}
