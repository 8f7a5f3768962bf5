package io.genreshift.core.corpus;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Songs of the training split that a CycleGAN run does not train on, so that its checkpoints can be compared on music
 * it has not seen without touching the test split. The cut is by song (a song's phrases stay together), a seeded
 * random {@code share} of each genre's training songs, the same for every run with the same share and seed.
 *
 * @param share the held-out share of each genre's training songs, in (0, 1)
 * @param seed  seed of the song shuffle
 */
public record ValidationHoldout(double share, long seed) {

    /** The seed every run and evaluation uses unless told otherwise, so that they agree on the held-out songs. */
    public static final long DEFAULT_SEED = 19;

    public ValidationHoldout {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("the validation share must be between 0 and 1 (exclusive), was " + share);
        }
    }

    public static ValidationHoldout of(double share) {
        return new ValidationHoldout(share, DEFAULT_SEED);
    }

    /**
     * The dataset seen through this holdout: each genre's train split keeps the songs trained on, and its test split
     * holds the held-out validation songs. The real test split is not part of the result, so nothing that chooses
     * between checkpoints can look at it.
     */
    public PhraseDataset apply(PhraseDataset data) {
        Map<String, Map<Split, PhraseSet>> sets = new HashMap<>();
        for (String genre : data.genres()) {
            PhraseSet train = data.phrases(genre, Split.TRAIN);
            Map<Integer, Split> songs = SongSplitter.split(
                    Arrays.stream(train.songIds()).distinct().boxed().toList(), s -> s, share, seed);
            sets.put(genre, Map.of(
                    Split.TRAIN, train.subset(indicesIn(train, songs, Split.TRAIN)),
                    Split.TEST, train.subset(indicesIn(train, songs, Split.TEST))));
        }
        return new PhraseDataset(data.genres(), sets, data.reportSha256());
    }

    /** E.g. "validation songs (10 % of the training songs, seed 19)". */
    public String describe() {
        return String.format(Locale.ROOT, "validation songs (%s %% of the training songs, seed %d)",
                new BigDecimal(share * 100).round(new MathContext(4)).stripTrailingZeros().toPlainString(), seed);
    }

    private static int[] indicesIn(PhraseSet set, Map<Integer, Split> songs, Split side) {
        return IntStream.range(0, set.size()).filter(i -> songs.get(set.songId(i)) == side).toArray();
    }
}
