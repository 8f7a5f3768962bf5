package io.genreshift.core.roll;

import io.genreshift.core.model.MeterMap;
import io.genreshift.core.model.MeterSpan;
import io.genreshift.core.model.TimeSignature;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class PhraseLayoutPropertiesTest {
    private static final Predicate<MeterSpan> DUPLE = s -> !s.assumed() && s.meter().isDuple();

    /** A song: ppq, its length and its meter events (with repeats, changes off bar lines and late starts). */
    record Meters(int ppq, long lengthTicks, List<TimeSignature> events) {
        MeterMap map() {
            return MeterMap.of(events, ppq, lengthTicks);
        }

        int rollSteps() {
            return (int) new StepGrid(ppq).stepsCovering(lengthTicks);
        }
    }

    @Provide
    Arbitrary<Meters> songs() {
        Arbitrary<Integer> ppq = Arbitraries.of(24, 96, 120, 192, 384, 480, 100, 7 * 4, 30);
        Arbitrary<int[]> meter = Arbitraries.of(new int[]{4, 4}, new int[]{2, 4}, new int[]{2, 2}, new int[]{3, 4},
                new int[]{6, 8}, new int[]{5, 4}, new int[]{7, 8});
        Arbitrary<List<int[]>> meters = meter.list().ofMinSize(0).ofMaxSize(6);
        // Gaps between events in beats or in raw ticks, so some changes fall between bar lines or off the grid.
        Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(0, 40).list().ofSize(6);
        Arbitrary<Boolean> rawTicks = Arbitraries.of(false, false, false, true);
        return Combinators.combine(ppq, meters, gaps, rawTicks, Arbitraries.integers().between(0, 200)).as((q, ms, gs, raw, extraBeats) -> {
            List<TimeSignature> events = new ArrayList<>();
            long tick = 0;
            for (int i = 0; i < ms.size(); i++) {
                events.add(new TimeSignature(tick, ms.get(i)[0], ms.get(i)[1]));
                tick += raw ? gs.get(i) * 37L : (long) gs.get(i) * q;
            }
            return new Meters(q, tick + (long) extraBeats * q, events);
        });
    }

    @Property(tries = 500)
    void phrasesStartOnBarLinesOfAnAcceptedMeterAndStayInsideTheirSpan(@ForAll("songs") Meters song) {
        MeterMap map = song.map();
        StepGrid grid = new StepGrid(song.ppq());
        PhraseLayout layout = PhraseLayout.of(map, DUPLE, song.rollSteps(), PhraseLayout.Tail.DROP);

        for (int start : layout.phraseStarts()) {
            long tick = grid.tickOf(start);
            MeterSpan span = map.spans().stream().filter(s -> s.startTick() <= tick && tick < s.endTick()).findFirst().orElseThrow();
            assertThat(DUPLE.test(span)).as("meter at step %d: %s", start, span).isTrue();
            assertThat((tick - span.startTick()) % span.barTicks(song.ppq())).as("offset from the bar line").isZero();
            assertThat(grid.tickOf(start + Phrase.STEPS)).as("phrase end").isLessThanOrEqualTo(span.endTick() == song.lengthTicks()
                    ? grid.tickOf(song.rollSteps()) : span.endTick());
        }
        for (int i = 1; i < layout.phraseStarts().size(); i++) {
            assertThat(layout.phraseStarts().get(i)).isGreaterThanOrEqualTo(layout.phraseStarts().get(i - 1) + Phrase.STEPS);
        }
    }

    @Property(tries = 300)
    void everyBarIsKeptOrDroppedOnceAndKeptBarsAreWholePhrases(@ForAll("songs") Meters song) {
        MeterMap map = song.map();
        PhraseLayout layout = PhraseLayout.of(map, DUPLE, song.rollSteps(), PhraseLayout.Tail.DROP);

        int bars = map.spans().stream().mapToInt(s -> s.bars(song.ppq())).sum();
        assertThat(layout.totalBars().total()).isEqualTo(bars);
        int keptSteps = layout.bars().entrySet().stream().mapToInt(e -> e.getValue().kept() * stepsPerBar(e.getKey())).sum();
        assertThat(keptSteps).isEqualTo(layout.phraseCount() * Phrase.STEPS);
    }

    private static int stepsPerBar(String meter) {
        if (meter.equals("none")) return 16;
        String[] p = meter.split("/");
        return Integer.parseInt(p[0]) * 16 / Integer.parseInt(p[1]);
    }
}
