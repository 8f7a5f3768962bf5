package io.genreshift.app.roll;

import io.genreshift.core.model.TimeSignature;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Bars and beats of a song from its meter events, for the grid and the ruler. Pure.
 * A meter event that falls inside a bar cuts that bar short and starts a new bar, as sequencers display it; one that
 * repeats the meter in force changes nothing (as in core's {@code MeterMap}).
 */
public final class BarGrid {
    /** One bar: its 1-based number, its start tick, its length and the meter in force. */
    public record Bar(int number, long start, long length, TimeSignature meter) {
        public long end() {
            return start + length;
        }

        /** Length of one beat (the meter's denominator note). */
        public long beatTicks(int ppq) {
            return Math.max(1, 4L * ppq / meter.denominator());
        }
    }

    /** A stretch of constant meter starting at {@code start} with bar number {@code firstBar}. */
    private record Segment(long start, TimeSignature meter, long barTicks, int firstBar) {
    }

    private final int ppq;
    private final Segment[] segments;

    public BarGrid(int ppq, List<TimeSignature> meters) {
        if (ppq < 1) throw new IllegalArgumentException("ppq must be >= 1, was " + ppq);
        this.ppq = ppq;
        List<TimeSignature> sorted = new ArrayList<>(meters);
        sorted.sort((a, b) -> Long.compare(a.tick(), b.tick()));
        boolean assumedStart = sorted.isEmpty() || sorted.get(0).tick() != 0;
        if (assumedStart) sorted.add(0, TimeSignature.FOUR_FOUR);
        List<Segment> out = new ArrayList<>();
        for (TimeSignature m : sorted) {
            long barTicks = Math.max(1, m.barTicks(ppq));
            if (out.isEmpty()) {
                out.add(new Segment(0, m, barTicks, 1));
                continue;
            }
            Segment prev = out.get(out.size() - 1);
            if (m.tick() == prev.start()) { // two meters on one tick: the later event wins
                out.set(out.size() - 1, new Segment(prev.start(), m, barTicks, prev.firstBar()));
                continue;
            }
            // A repeat of the meter in force (DAWs write them) is not a change: bars go on counting from its start.
            boolean repeat = m.numerator() == prev.meter().numerator() && m.denominator() == prev.meter().denominator();
            if (repeat && !(assumedStart && out.size() == 1)) continue;
            long bars = ceilDiv(m.tick() - prev.start(), prev.barTicks());
            out.add(new Segment(m.tick(), m, barTicks, prev.firstBar() + (int) bars));
        }
        this.segments = out.toArray(Segment[]::new);
    }

    public int ppq() {
        return ppq;
    }

    /** The bar that contains {@code tick} (ticks before 0 count as bar 1). */
    public Bar barAt(long tick) {
        long t = Math.max(0, tick);
        int i = segmentAt(t);
        Segment s = segments[i];
        long k = (t - s.start()) / s.barTicks();
        return bar(i, k);
    }

    /** Calls {@code action} for each bar that overlaps {@code [from, to)}, in order. */
    public void forEachBar(long from, long to, Consumer<Bar> action) {
        Bar bar = barAt(from);
        while (bar.start() < to) {
            action.accept(bar);
            bar = next(bar);
        }
    }

    /** The bars overlapping {@code [from, to)}. */
    public List<Bar> bars(long from, long to) {
        List<Bar> out = new ArrayList<>();
        forEachBar(from, to, out::add);
        return out;
    }

    public Bar next(Bar bar) {
        return barAt(bar.end());
    }

    /** The start tick of bar {@code number} (1-based). */
    public long barStart(int number) {
        int i = segments.length - 1;
        while (i > 0 && segments[i].firstBar() > number) i--;
        return bar(i, Math.max(0, number - segments[i].firstBar())).start();
    }

    /** True when the whole song is in 4/4 (what the models were trained on). */
    public boolean isFourFourThroughout() {
        for (Segment s : segments) if (!s.meter().isFourFour()) return false;
        return true;
    }

    private Bar bar(int segmentIndex, long k) {
        Segment s = segments[segmentIndex];
        long start = s.start() + k * s.barTicks();
        long end = start + s.barTicks();
        if (segmentIndex + 1 < segments.length) end = Math.min(end, segments[segmentIndex + 1].start());
        return new Bar(s.firstBar() + (int) k, start, end - start, s.meter());
    }

    private int segmentAt(long tick) {
        int lo = 0, hi = segments.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (segments[mid].start() <= tick) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
