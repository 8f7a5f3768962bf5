package io.genreshift.app.roll;

import io.genreshift.core.model.MeterMap;
import io.genreshift.core.model.Song;
import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PhraseLayout;
import io.genreshift.core.roll.StepGrid;
import io.genreshift.core.roll.StepRange;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the roll shows the models' 4-bar phrases, in ticks: the transfer's {@link PhraseLayout#forTransfer} layout, so
 * phrases follow the song's bars, and the spans in other meters that a transfer leaves untouched. Pure.
 *
 * @param phrases   each phrase's steps (64, or fewer where a span in another meter begins), ascending; continued
 *                  past the song's end in its last meter so the tiles do not stop where the notes do
 * @param untouched spans in meters the models do not know (3/4, 6/8, …): no phrase, no transfer
 * @param bars      the song's bar numbers each phrase covers, one per phrase (a phrase in 2/4 covers 8 bars, one cut
 *                  short by a meter change fewer than 4)
 */
public record PhraseTiles(List<TickRange> phrases, List<TickRange> untouched, List<Bars> bars) {
    public static final PhraseTiles NONE = new PhraseTiles(List.of(), List.of(), List.of());
    /** Phrases laid out past the song's end, for drawing beyond the last note. */
    static final int PHRASES_PAST_THE_END = 64;

    public PhraseTiles {
        phrases = List.copyOf(phrases);
        untouched = List.copyOf(untouched);
        bars = List.copyOf(bars);
        if (bars.size() != phrases.size()) throw new IllegalArgumentException("one bar range per phrase");
    }

    /** First and last bar (1-based, as the ruler numbers them) that a phrase covers. */
    public record Bars(int first, int last) {
        /** "bars 9–12", or "bar 9" for a phrase of one bar. */
        public String label() {
            return first == last ? "bar " + first : "bars " + first + "–" + last;
        }
    }

    public static PhraseTiles of(Song song) {
        StepGrid grid = new StepGrid(song.ppq());
        long length = song.lengthTicks() + grid.tickOf((long) PHRASES_PAST_THE_END * Phrase.STEPS);
        int steps = (int) Math.min(Integer.MAX_VALUE / 2, grid.stepsCovering(length));
        MeterMap meters = MeterMap.of(song.meters(), song.ppq(), length);
        PhraseLayout layout = PhraseLayout.of(meters, span -> span.meter().isDuple(), steps, PhraseLayout.Tail.PAD);
        BarGrid barGrid = new BarGrid(song.ppq(), song.meters());
        List<TickRange> phrases = new ArrayList<>(layout.phraseCount());
        List<Bars> bars = new ArrayList<>(layout.phraseCount());
        for (int i = 0; i < layout.phraseCount(); i++) {
            long start = layout.phraseStarts().get(i);
            TickRange range = new TickRange(grid.tickOf(start), grid.tickOf(start + layout.phraseSteps().get(i)));
            phrases.add(range);
            bars.add(new Bars(barGrid.barAt(range.start()).number(), barGrid.barAt(range.end() - 1).number()));
        }
        List<TickRange> untouched = new ArrayList<>();
        for (StepRange r : layout.untouched()) untouched.add(new TickRange(grid.tickOf(r.from()), grid.tickOf(r.to())));
        return new PhraseTiles(phrases, untouched, bars);
    }

    /** Index of the first phrase that ends after {@code tick} (the size when there is none). */
    public int firstEndingAfter(double tick) {
        int lo = 0;
        int hi = phrases.size();
        while (lo < hi) { // phrases do not overlap, so their ends ascend like their starts
            int mid = (lo + hi) >>> 1;
            if (phrases.get(mid).end() <= tick) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
