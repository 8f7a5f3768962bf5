package io.genreshift.core.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tempo changes of a song, sorted by tick, always with an entry at tick 0 (120 BPM if the file has none).
 * Converts between ticks and wall-clock time; everything else in core works in ticks.
 */
public final class TempoMap {
    private final int ppq;
    private final List<TempoChange> changes;
    /** Microseconds elapsed at each change, so conversions are a binary search plus one multiply. */
    private final double[] microsAtChange;

    public TempoMap(int ppq, List<TempoChange> changes) {
        if (ppq < 1) throw new IllegalArgumentException("ppq must be >= 1, was " + ppq);
        List<TempoChange> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingLong(TempoChange::tick));
        // Several tempo events on one tick: the last one wins, as in a sequencer.
        List<TempoChange> dedup = new ArrayList<>();
        for (TempoChange c : sorted) {
            if (!dedup.isEmpty() && dedup.get(dedup.size() - 1).tick() == c.tick()) dedup.set(dedup.size() - 1, c);
            else dedup.add(c);
        }
        if (dedup.isEmpty() || dedup.get(0).tick() != 0) dedup.add(0, new TempoChange(0, Midi.DEFAULT_MICROS_PER_QUARTER));
        this.ppq = ppq;
        this.changes = List.copyOf(dedup);
        this.microsAtChange = new double[this.changes.size()];
        for (int i = 1; i < this.changes.size(); i++) {
            TempoChange prev = this.changes.get(i - 1);
            microsAtChange[i] = microsAtChange[i - 1]
                    + (double) (this.changes.get(i).tick() - prev.tick()) * prev.microsPerQuarter() / ppq;
        }
    }

    public static TempoMap constant(int ppq, double bpm) {
        return new TempoMap(ppq, List.of(TempoChange.ofBpm(0, bpm)));
    }

    public int ppq() {
        return ppq;
    }

    public List<TempoChange> changes() {
        return changes;
    }

    private int indexAtTick(long tick) {
        int lo = 0, hi = changes.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (changes.get(mid).tick() <= tick) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    public double bpmAt(long tick) {
        return changes.get(indexAtTick(tick)).bpm();
    }

    public double ticksToMicros(long tick) {
        int i = indexAtTick(tick);
        return microsAtChange[i] + (double) (tick - changes.get(i).tick()) * changes.get(i).microsPerQuarter() / ppq;
    }

    public double ticksToSeconds(long tick) {
        return ticksToMicros(tick) / 1e6;
    }

    public long microsToTicks(double micros) {
        int lo = 0, hi = changes.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (microsAtChange[mid] <= micros) lo = mid; else hi = mid - 1;
        }
        TempoChange c = changes.get(lo);
        return c.tick() + (long) Math.floor((micros - microsAtChange[lo]) * ppq / c.microsPerQuarter());
    }

    public long secondsToTicks(double seconds) {
        return microsToTicks(seconds * 1e6);
    }
}
