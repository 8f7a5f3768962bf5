package io.genreshift.core.roll;

import io.genreshift.core.model.MeterMap;
import io.genreshift.core.model.MeterSpan;
import io.genreshift.core.model.Song;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Where a song's 64-step phrases go: they follow its bars. Inside each span of an accepted meter, phrases start at the
 * span's first bar line and every 64 steps after it (4 bars of 4/4 or 2/2, 8 bars of 2/4), so each starts on a
 * downbeat; spans in other meters get no phrase and are listed as {@link #untouched()}. A span whose start is off the
 * sixteenth grid gets no phrase either: no bar line of it falls on a step. Pure.
 *
 * <p>For a song with one meter from tick 0 this is the reference's cut: phrases at steps 0, 64, 128, … .
 *
 * @param steps        steps of the song's roll
 * @param phraseStarts first step of every phrase, ascending
 * @param phraseSteps  steps of each phrase that lie in the roll and in its span: 64, or less for a padded tail
 * @param untouched    step ranges that belong to no phrase because their meter is not accepted
 * @param bars         bars per meter ({@link MeterSpan#meterName()}) in phrases and not in phrases
 */
public record PhraseLayout(int steps, List<Integer> phraseStarts, List<Integer> phraseSteps, List<StepRange> untouched,
                           Map<String, BarTally> bars) {

    public PhraseLayout {
        phraseStarts = List.copyOf(phraseStarts);
        phraseSteps = List.copyOf(phraseSteps);
        untouched = List.copyOf(untouched);
        bars = Collections.unmodifiableMap(new TreeMap<>(bars)); // sorted, so reports list meters in a stable order
        if (phraseStarts.size() != phraseSteps.size()) throw new IllegalArgumentException("one length per phrase");
    }

    /** How the last, shorter-than-a-phrase piece of an accepted span is treated. */
    public enum Tail {
        /** Dropped, as training data is cut (spec §1.2). */
        DROP,
        /** Kept as a phrase padded with silence, so a transfer covers the whole span. */
        PAD
    }

    /**
     * @param map       the song's meters
     * @param accepted  spans that may hold phrases; their meter's bar must divide 64 steps (2/4, 2/2, 4/4)
     * @param rollSteps steps of the song's roll ({@link StepGrid#stepsCovering} of its length)
     */
    public static PhraseLayout of(MeterMap map, Predicate<MeterSpan> accepted, int rollSteps, Tail tail) {
        StepGrid grid = new StepGrid(map.ppq());
        List<Integer> starts = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        List<StepRange> untouched = new ArrayList<>();
        Map<String, BarTally> bars = new TreeMap<>();
        List<MeterSpan> spans = map.spans();
        for (int i = 0; i < spans.size(); i++) {
            MeterSpan span = spans.get(i);
            int from = (int) Math.min(rollSteps, grid.stepOf(span.startTick()));
            int to = i + 1 < spans.size() ? (int) Math.min(rollSteps, grid.stepOf(span.endTick())) : rollSteps;
            to = Math.max(from, to);
            int barSteps = barSteps(span);
            boolean onGrid = grid.tickOf(grid.stepOf(span.startTick())) == span.startTick();
            int kept = 0;
            if (accepted.test(span) && barSteps > 0 && Phrase.STEPS % barSteps == 0 && onGrid) {
                int s = from;
                for (; s + Phrase.STEPS <= to; s += Phrase.STEPS) {
                    starts.add(s);
                    lengths.add(Phrase.STEPS);
                    kept += Phrase.STEPS / barSteps;
                }
                if (tail == Tail.PAD && s < to) {
                    starts.add(s);
                    lengths.add(to - s);
                    kept = span.bars(map.ppq());
                }
            } else if (to > from) {
                untouched.add(new StepRange(from, to));
            }
            int all = span.bars(map.ppq());
            kept = Math.min(kept, all);
            bars.merge(span.meterName(), new BarTally(kept, all - kept), BarTally::plus);
        }
        return new PhraseLayout(rollSteps, starts, lengths, untouched, bars);
    }

    /**
     * The editor's layout: phrases in every span of 4/4, 2/4 or 2/2, the tail of each padded, so a transfer covers the
     * whole span; before the first time signature the SMF default 4/4 applies. Other meters are left untouched.
     */
    public static PhraseLayout forTransfer(Song song, int rollSteps) {
        return of(MeterMap.of(song), span -> span.meter().isDuple(), rollSteps, Tail.PAD);
    }

    /** Phrases at steps 0, 64, 128, … with the tail padded: a roll taken as 4/4 from its start. */
    public static PhraseLayout uniform(int rollSteps) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (int s = 0; s < rollSteps; s += Phrase.STEPS) {
            starts.add(s);
            lengths.add(Math.min(Phrase.STEPS, rollSteps - s));
        }
        int bars = (rollSteps + PianoRoll.STEPS_PER_BAR - 1) / PianoRoll.STEPS_PER_BAR;
        return new PhraseLayout(rollSteps, starts, lengths, List.of(), Map.of("4/4", new BarTally(bars, 0)));
    }

    /** Steps per bar of the span's meter, or 0 when a bar is not a whole number of sixteenths (e.g. 3/32). */
    private static int barSteps(MeterSpan span) {
        int num = span.meter().numerator() * PianoRoll.STEPS_PER_BAR;
        int den = span.meter().denominator();
        return num % den == 0 ? num / den : 0;
    }

    public int phraseCount() {
        return phraseStarts.size();
    }

    /** The phrases of {@code roll} at this layout's starts (a padded tail is silent past its span). */
    public List<Phrase> phrasesOf(PianoRoll roll) {
        List<Phrase> out = new ArrayList<>(phraseStarts.size());
        for (int i = 0; i < phraseStarts.size(); i++) out.add(roll.phraseAt(phraseStarts.get(i), phraseSteps.get(i)));
        return out;
    }

    /**
     * {@code base} with every phrase replaced by the matching one of {@code phrases} (cut to its length); steps in no
     * phrase keep {@code base}'s cells.
     */
    public PianoRoll apply(PianoRoll base, List<Phrase> phrases) {
        if (phrases.size() != phraseStarts.size()) {
            throw new IllegalArgumentException(phrases.size() + " phrases for a layout of " + phraseStarts.size());
        }
        return base.withPhrasesAt(phraseStarts, phraseSteps, phrases);
    }

    /** Bars over all meters. */
    public BarTally totalBars() {
        return bars.values().stream().reduce(BarTally.NONE, BarTally::plus);
    }
}
