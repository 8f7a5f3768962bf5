package io.genreshift.ml.train;

import io.genreshift.core.corpus.PhraseDataset;
import io.genreshift.core.corpus.PhraseSet;
import io.genreshift.core.corpus.Split;
import io.genreshift.core.roll.Phrase;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Small in-memory corpora for training tests: genre i plays random notes in its own pitch band, so genres differ. */
final class TinyCorpus {

    private TinyCorpus() {
    }

    static PhraseDataset of(List<String> genres, int trainPerGenre, int testPerGenre, long seed) {
        Random random = new Random(seed);
        Map<String, Map<Split, PhraseSet>> sets = new LinkedHashMap<>();
        for (int g = 0; g < genres.size(); g++) {
            Map<Split, PhraseSet> bySplit = new EnumMap<>(Split.class);
            bySplit.put(Split.TRAIN, PhraseSet.of(phrases(g, trainPerGenre, random)));
            bySplit.put(Split.TEST, PhraseSet.of(phrases(g, testPerGenre, random)));
            sets.put(genres.get(g), bySplit);
        }
        return new PhraseDataset(genres, sets, "");
    }

    private static List<Phrase> phrases(int genre, int count, Random random) {
        List<Phrase> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean[][] grid = new boolean[Phrase.STEPS][84];
            int low = 12 + genre * 20;
            for (int note = 0; note < 12; note++) {
                int pitch = low + random.nextInt(16);
                int start = random.nextInt(Phrase.STEPS - 4);
                int length = 1 + random.nextInt(4);
                for (int t = start; t < start + length; t++) grid[t][pitch] = true;
            }
            out.add(Phrase.of(grid));
        }
        return out;
    }
}
