package io.genreshift.ml.transfer;

import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PianoRoll;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The phrases a transfer left without notes although the original played in them. Undertrained generators often
 * write nothing (or only a few cells) above the threshold; a user must hear about that rather than get a silent file.
 *
 * @param emptied  indices (as in {@link PhraseOutcome#index()}) of the sounding source phrases whose transfer is silent
 * @param sounding how many source phrases had notes
 * @param cellsLeft note cells in the whole transferred roll (pitched notes only: drums are not in the roll)
 * @param sourceCells note cells in the original roll
 */
public record EmptyPhrases(List<Integer> emptied, int sounding, int cellsLeft, int sourceCells) {
    /** Below this share of the original's note cells a transfer counts as nearly empty. */
    public static final double NEARLY_EMPTY_SHARE = 0.1;

    public EmptyPhrases {
        emptied = List.copyOf(emptied);
    }

    public static EmptyPhrases of(TransferResult result) {
        return of(result.source(), result.transfer());
    }

    /** Compares {@code transfer} with {@code source} phrase by phrase; a trailing part phrase counts as a phrase. */
    public static EmptyPhrases of(PianoRoll source, PianoRoll transfer) {
        int phrases = (Math.max(source.steps(), transfer.steps()) + Phrase.STEPS - 1) / Phrase.STEPS;
        PianoRoll s = source.resized(phrases * Phrase.STEPS);
        PianoRoll t = transfer.resized(phrases * Phrase.STEPS);
        List<Integer> emptied = new ArrayList<>();
        int sounding = 0;
        for (int i = 0; i < phrases; i++) {
            if (s.phrase(i).activeCells() == 0) continue;
            sounding++;
            if (t.phrase(i).activeCells() == 0) emptied.add(i);
        }
        return new EmptyPhrases(emptied, sounding, transfer.activeCells(), source.activeCells());
    }

    /** No pitched note at all: the transfer is unusable. */
    public boolean nothingPitched() {
        return cellsLeft == 0;
    }

    /** Some sounding phrases came out silent, or less than a tenth of the original's note cells remain. */
    public boolean worthAWarning() {
        return !emptied.isEmpty() || cellsLeft < NEARLY_EMPTY_SHARE * sourceCells;
    }

    /**
     * "phrases 0-3, 7 (bars 1-16, 29-32) of 12": the phrase numbers as the per-phrase table prints them, and the bars
     * they cover (a phrase is 4 bars of 16 steps).
     */
    public String describe() {
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
            bars.append(String.format(Locale.ROOT, "%d-%d", 4 * first + 1, 4 * last + 4));
            i = j + 1;
        }
        String noun = emptied.size() == 1 ? "phrase " : "phrases ";
        return noun + phrases + " (bars " + bars + ") of " + sounding;
    }
}
