package io.genreshift.app.transfer;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the genre strip draws: per 4-bar phrase, the classifier's genre probabilities before (the original the transfer
 * was made from) and after (the transfer, edits included), and a one-line song summary. Pure.
 *
 * @param fromEarlierOriginal the original has been edited since the transfer was made; the summary says so
 */
public record GenreStripModel(List<PhraseGenreScores> before, List<PhraseGenreScores> after, String from, String to,
                              boolean fromEarlierOriginal) {
    public static final GenreStripModel EMPTY = new GenreStripModel(List.of(), List.of(), null, null);
    static final String EARLIER_ORIGINAL_NOTE = "Made from an earlier state of the original; transfer again to include your edits. ";

    public GenreStripModel {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    public GenreStripModel(List<PhraseGenreScores> before, List<PhraseGenreScores> after, String from, String to) {
        this(before, after, from, to, false);
    }

    public boolean isEmpty() {
        return before.isEmpty() && after.isEmpty();
    }

    public int phrases() {
        return Math.max(before.size(), after.size());
    }

    /**
     * The summary: mean probability of the target genre before and after, and in how many phrases the target
     * became the most likely genre.
     */
    public String summary() {
        if (isEmpty()) return "Transfer the song to see, phrase by phrase, what the genre classifier thinks of it.";
        double pBefore = TransferResult.mean(before, to);
        double pAfter = TransferResult.mean(after, to);
        long won = after.stream().filter(s -> to.equals(top(s.probabilities()))).count();
        return (fromEarlierOriginal ? EARLIER_ORIGINAL_NOTE : "")
                + String.format(Locale.ROOT, "%s: %.0f%% before → %.0f%% after · %d of %d phrases now classified %s",
                Genres.display(to), 100 * pBefore, 100 * pAfter, won, after.size(), to);
    }

    /** "Phrase 3 (bars 9–12): jazz 22% → 81%", for a song in 4/4 from its first bar; silent phrases say so. */
    public String describePhrase(int i) {
        return describePhrase(i, "bars " + (4 * i + 1) + "–" + (4 * i + 4));
    }

    /**
     * The same with the song's own bar numbers ({@code barsLabel}, e.g. "bars 7–14" for a phrase in 2/4), which differ
     * from 4 per phrase wherever the meter changes.
     */
    public String describePhrase(int i, String barsLabel) {
        String bars = "Phrase " + (i + 1) + " (" + barsLabel + ")";
        PhraseGenreScores b = i < before.size() ? before.get(i) : null;
        PhraseGenreScores a = i < after.size() ? after.get(i) : null;
        if (b == null || a == null || b.probabilities().isEmpty() || a.probabilities().isEmpty()) {
            return bars + ": no notes, or no classifier for this pair";
        }
        return String.format(Locale.ROOT, "%s: %s %.0f%% → %.0f%%", bars, to, 100 * b.probability(to), 100 * a.probability(to));
    }

    /** The most likely genre of one phrase's probabilities (ties: alphabetical, so the result is stable). */
    public static String top(Map<String, Double> probabilities) {
        return probabilities.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse("");
    }
}
