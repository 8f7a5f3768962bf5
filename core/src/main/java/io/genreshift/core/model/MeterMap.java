package io.genreshift.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The meters of a song as the music has them: consecutive spans, each in one meter. A time signature that repeats the
 * meter already in force (DAWs write them at every region or loop start) does not start a span, so the bars keep
 * counting from where the meter began, even when the repeat sits off a bar line. A change to another meter starts
 * new bars at its tick, as sequencers play it. Pure and immutable.
 */
public record MeterMap(int ppq, long lengthTicks, List<MeterSpan> spans) {

    public MeterMap {
        spans = List.copyOf(spans);
    }

    public static MeterMap of(Song song) {
        return of(song.meters(), song.ppq(), song.lengthTicks());
    }

    /**
     * @param events time signatures sorted by tick; before the first one (or with none) the SMF default 4/4 is
     *               assumed and its span is marked {@link MeterSpan#assumed()}
     */
    public static MeterMap of(List<TimeSignature> events, int ppq, long lengthTicks) {
        if (ppq < 1) throw new IllegalArgumentException("ppq must be >= 1, was " + ppq);
        List<Start> starts = new ArrayList<>();
        if (events.isEmpty() || events.get(0).tick() > 0) starts.add(new Start(0, TimeSignature.FOUR_FOUR, true));
        for (TimeSignature e : events) {
            if (e.tick() > 0 && e.tick() >= lengthTicks) break; // after the music: changes nothing audible
            if (!starts.isEmpty() && starts.get(starts.size() - 1).tick() == e.tick()) {
                starts.remove(starts.size() - 1); // two events at one tick: the later one holds
            }
            Start last = starts.isEmpty() ? null : starts.get(starts.size() - 1);
            if (last != null && !last.assumed() && sameMeter(last.meter(), e)) continue;
            starts.add(new Start(e.tick(), e, false));
        }
        List<MeterSpan> spans = new ArrayList<>();
        int bar = 1;
        for (int i = 0; i < starts.size(); i++) {
            Start s = starts.get(i);
            long to = i + 1 < starts.size() ? starts.get(i + 1).tick() : Math.max(s.tick(), lengthTicks);
            MeterSpan span = new MeterSpan(s.tick(), to, s.meter(), bar, s.assumed());
            spans.add(span);
            bar += span.bars(ppq);
        }
        return new MeterMap(ppq, lengthTicks, spans);
    }

    private record Start(long tick, TimeSignature meter, boolean assumed) {
    }

    private static boolean sameMeter(TimeSignature a, TimeSignature b) {
        return a.numerator() == b.numerator() && a.denominator() == b.denominator();
    }

    /**
     * The 1-based number of the bar that holds {@code tick}, counted as {@link MeterSpan#firstBar()} does; ticks
     * past the song's end go on in its last meter.
     */
    public int barAt(long tick) {
        if (spans.isEmpty()) return 1 + (int) (Math.max(0, tick) / TimeSignature.FOUR_FOUR.barTicks(ppq));
        MeterSpan span = spans.get(0);
        for (MeterSpan s : spans) {
            if (s.startTick() > tick) break;
            span = s;
        }
        return span.firstBar() + (int) (Math.max(0, tick - span.startTick()) / span.barTicks(ppq));
    }

    /** True when the file states no meter at all (only the assumed 4/4). */
    public boolean isUnstated() {
        return spans.stream().allMatch(MeterSpan::assumed);
    }

    /** The spans the file states, without the assumed start. */
    public List<MeterSpan> statedSpans() {
        return spans.stream().filter(s -> !s.assumed()).toList();
    }
}
