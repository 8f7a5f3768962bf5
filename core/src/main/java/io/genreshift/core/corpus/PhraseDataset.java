package io.genreshift.core.corpus;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A prepared corpus: phrases per genre and split. Prepared on disk by {@code genreshift prepare} (see
 * {@code DatasetFiles} for the format), or in memory for {@code evaluate --corpus} and for tests.
 *
 * @param genres genre names in a stable order (class index = position)
 * @param sets   phrases per genre, then per split
 * @param reportSha256 SHA-256 of the preparation report that produced it ("" for in-memory test sets); model sidecars
 *                     record it so results can be traced back to their data
 */
public record PhraseDataset(List<String> genres, Map<String, Map<Split, PhraseSet>> sets, String reportSha256) {

    public PhraseDataset {
        genres = List.copyOf(genres);
        sets = Map.copyOf(sets);
        reportSha256 = reportSha256 == null ? "" : reportSha256;
        for (String g : genres) {
            if (!sets.containsKey(g)) throw new IllegalArgumentException("no phrases for genre '" + g + "'");
        }
    }

    public PhraseSet phrases(String genre, Split split) {
        Map<Split, PhraseSet> byGenre = sets.get(genre);
        if (byGenre == null) {
            throw new NoSuchElementException("the dataset has no genre '" + genre + "'; it has " + genres);
        }
        PhraseSet set = byGenre.get(split);
        if (set == null) throw new NoSuchElementException("the dataset has no " + split.id() + " split for '" + genre + "'");
        return set;
    }
}
