package io.genreshift.ml.transfer;

import io.genreshift.core.model.MeterMap;
import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PhraseLayout;
import io.genreshift.core.roll.PianoRoll;
import io.genreshift.core.roll.StepGrid;
import io.genreshift.core.roll.StepRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The phrases a transfer left without notes although the original played in them. Undertrained generators often
 * write nothing (or only a few cells) above the threshold; a user must hear about that rather than get a silent file.
 *
 * @param emptied      indices (as in {@link PhraseOutcome#index()}) of the sounding source phrases whose transfer is
 *                     silent
 * @param emptiedSteps the steps of the song each of those phrases covers, in the same order
 * @param sounding     how many source phrases had notes
 * @param cellsLeft    note cells in the whole transferred roll (pitched notes only: drums are not in the roll)
 * @param sourceCells  note cells in the original roll
 */
public record EmptyPhrases(List<Integer> emptied, List<StepRange> emptiedSteps, int sounding, int cellsLeft,
                           int sourceCells) {
    /** Below this share of the original's note cells a transfer counts as nearly empty. */
    public static final double NEARLY_EMPTY_SHARE = 0.1;
    /** Steps as ticks, so {@link #describe()} can count 16-step bars of 4/4 with a {@link MeterMap}. */
    private static final int STEPS_AS_TICKS = PianoRoll.STEPS_PER_BEAT;

    public EmptyPhrases {
        emptied = List.copyOf(emptied);
        emptiedSteps = List.copyOf(emptiedSteps);
        if (emptied.size() != emptiedSteps.size()) throw new IllegalArgumentException("one step range per emptied phrase");
    }

    /** The transfer's own phrases: they follow the song's bars, so a meter change moves them off the 64-step grid. */
    public static EmptyPhrases of(TransferResult result) {
        List<StepRange> phrases = new ArrayList<>(result.phrases().size());
        for (PhraseOutcome o : result.phrases()) phrases.add(new StepRange(o.startStep(), o.startStep() + o.steps()));
        return of(result.source(), result.transfer(), phrases);
    }

    /** The phrases of {@code layout}, e.g. {@link PhraseLayout#forTransfer} of the song the rolls are from. */
    public static EmptyPhrases of(PianoRoll source, PianoRoll transfer, PhraseLayout layout) {
        List<StepRange> phrases = new ArrayList<>(layout.phraseCount());
        for (int i = 0; i < layout.phraseCount(); i++) {
            int start = layout.phraseStarts().get(i);
            phrases.add(new StepRange(start, start + layout.phraseSteps().get(i)));
        }
        return of(source, transfer, phrases);
    }

    /** Phrases every 64 steps from step 0 (a trailing part phrase counts as a phrase): a roll taken as 4/4. */
    public static EmptyPhrases of(PianoRoll source, PianoRoll transfer) {
        return of(source, transfer, PhraseLayout.uniform(Math.max(source.steps(), transfer.steps())));
    }

    private static EmptyPhrases of(PianoRoll source, PianoRoll transfer, List<StepRange> phrases) {
        List<Integer> emptied = new ArrayList<>();
        List<StepRange> emptiedSteps = new ArrayList<>();
        int sounding = 0;
        for (int i = 0; i < phrases.size(); i++) {
            StepRange r = phrases.get(i);
            int length = Math.min(Phrase.STEPS, r.to() - r.from());
            if (source.phraseAt(r.from(), length).activeCells() == 0) continue;
            sounding++;
            if (transfer.phraseAt(r.from(), length).activeCells() == 0) {
                emptied.add(i);
                emptiedSteps.add(r);
            }
        }
        return new EmptyPhrases(emptied, emptiedSteps, sounding, transfer.activeCells(), source.activeCells());
    }

    /** No pitched note at all: the transfer is unusable. */
    public boolean nothingPitched() {
        return cellsLeft == 0;
    }

    /** Some sounding phrases came out silent, or less than a tenth of the original's note cells remain. */
    public boolean worthAWarning() {
        return !emptied.isEmpty() || cellsLeft < NEARLY_EMPTY_SHARE * sourceCells;
    }

    /** {@link #describe(MeterMap)} for a song in 4/4 from its first bar: a phrase is 4 bars of 16 steps. */
    public String describe() {
        return describe(MeterMap.of(List.of(), STEPS_AS_TICKS, 0));
    }

    /**
     * "phrases 0-3, 7 (bars 1-16, 29-32) of 12": the phrase numbers as the per-phrase table prints them, and the bars
     * of the song ({@code meters}, numbered as the editor's ruler) they cover.
     */
    public String describe(MeterMap meters) {
        StepGrid grid = new StepGrid(meters.ppq());
        StringBuilder phrases = new StringBuilder();
        StringBuilder bars = new StringBuilder();
        for (int i = 0; i < emptied.size(); ) {
            int j = i;
            while (j + 1 < emptied.size() && emptied.get(j + 1) == emptied.get(j) + 1) j++;
            int first = emptied.get(i);
            int last = emptied.get(j);
            if (phrases.length() > 0) {
                phrases.append(", ");
                bars.append(", ");
            }
            phrases.append(first == last ? Integer.toString(first) : first + "-" + last);
            int firstBar = meters.barAt(grid.tickOf(emptiedSteps.get(i).from()));
            int lastBar = meters.barAt(grid.tickOf(emptiedSteps.get(j).to()) - 1);
            bars.append(firstBar == lastBar ? Integer.toString(firstBar) : String.format(Locale.ROOT, "%d-%d", firstBar, lastBar));
            i = j + 1;
        }
        String noun = emptied.size() == 1 ? "phrase " : "phrases ";
        String barNoun = bars.indexOf("-") < 0 && bars.indexOf(",") < 0 ? "bar " : "bars ";
        return noun + phrases + " (" + barNoun + bars + ") of " + sounding;
    }
}
