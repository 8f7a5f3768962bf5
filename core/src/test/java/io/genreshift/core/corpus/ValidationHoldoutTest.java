package io.genreshift.core.corpus;

import io.genreshift.core.roll.PianoRoll;
import io.genreshift.core.roll.Phrase;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValidationHoldoutTest {

    @Property
    void everyTrainingPhraseLandsOnExactlyOneSideAndNoSongStraddles(
            @ForAll @IntRange(min = 1, max = 120) int songs, @ForAll @DoubleRange(min = 0.01, max = 0.99) double share,
            @ForAll long seed) {
        PhraseDataset data = dataset(songs, seed);
        PhraseDataset held = new ValidationHoldout(share, seed).apply(data);

        PhraseSet train = data.phrases("jazz", Split.TRAIN);
        PhraseSet fit = held.phrases("jazz", Split.TRAIN);
        PhraseSet validation = held.phrases("jazz", Split.TEST);
        assertThat(fit.size() + validation.size()).isEqualTo(train.size());
        Set<Integer> shared = songs(fit);
        shared.retainAll(songs(validation));
        assertThat(shared).isEmpty();
        assertThat(multiset(fit, validation)).isEqualTo(multiset(train));
    }

    @Property
    void theHeldOutShareOfSongsIsTheRequestedOne(@ForAll @IntRange(min = 10, max = 300) int songs,
                                                 @ForAll @DoubleRange(min = 0.05, max = 0.5) double share) {
        PhraseDataset held = new ValidationHoldout(share, 7).apply(dataset(songs, 3));

        assertThat(songs(held.phrases("jazz", Split.TEST))).hasSize((int) Math.round(share * songs));
    }

    @Test
    void theRealTestSplitIsNeverPartOfTheResult() {
        PhraseDataset data = dataset(40, 1);
        PhraseDataset held = ValidationHoldout.of(0.2).apply(data);

        Set<String> testPhrases = phraseKeys(data.phrases("jazz", Split.TEST));
        assertThat(phraseKeys(held.phrases("jazz", Split.TEST))).doesNotContainAnyElementsOf(testPhrases);
        assertThat(phraseKeys(held.phrases("jazz", Split.TRAIN))).doesNotContainAnyElementsOf(testPhrases);
        assertThat(held.reportSha256()).isEqualTo(data.reportSha256());
    }

    @Test
    void theSameShareAndSeedHoldOutTheSameSongsAndAnotherSeedOthers() {
        PhraseDataset data = dataset(200, 5);

        Set<Integer> a = songs(ValidationHoldout.of(0.1).apply(data).phrases("jazz", Split.TEST));
        Set<Integer> b = songs(ValidationHoldout.of(0.1).apply(data).phrases("jazz", Split.TEST));
        Set<Integer> c = songs(new ValidationHoldout(0.1, 20).apply(data).phrases("jazz", Split.TEST));
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void aShareOutsideTheOpenUnitIntervalIsRefused() {
        assertThatThrownBy(() -> ValidationHoldout.of(0)).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> ValidationHoldout.of(1)).hasMessageContaining("between 0 and 1");
        assertThat(ValidationHoldout.of(0.1).describe()).isEqualTo("validation songs (10 % of the training songs, seed 19)");
    }

    /** One genre; song s has 1 + s % 4 training phrases, all different; the test split has 5 other phrases. */
    private static PhraseDataset dataset(int songs, long seed) {
        Random r = new Random(seed);
        List<Phrase> phrases = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int s = 0; s < songs; s++) {
            for (int k = 0; k <= s % 4; k++) {
                phrases.add(phrase(phrases.size(), r));
                ids.add(1000 + s);
            }
        }
        List<Phrase> test = new ArrayList<>();
        for (int k = 0; k < 5; k++) test.add(phrase(10_000 + k, r));
        PhraseSet train = PhraseSet.of(phrases, ids.stream().mapToInt(Integer::intValue).toArray());
        return new PhraseDataset(List.of("jazz"), Map.of("jazz", Map.of(Split.TRAIN, train, Split.TEST,
                PhraseSet.of(test))), "report-sha");
    }

    /** A phrase told apart from the others by its first notes, which spell {@code n} in binary. */
    private static Phrase phrase(int n, Random r) {
        boolean[][] cells = new boolean[Phrase.STEPS][PianoRoll.PITCHES];
        for (int bit = 0; bit < 20; bit++) cells[bit][0] = ((n >> bit) & 1) == 1;
        cells[30 + r.nextInt(30)][1 + r.nextInt(80)] = true;
        return Phrase.of(cells);
    }

    private static Set<Integer> songs(PhraseSet set) {
        Set<Integer> out = new HashSet<>();
        for (int id : set.songIds()) out.add(id);
        return out;
    }

    private static Set<String> phraseKeys(PhraseSet set) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < set.size(); i++) out.add(Arrays.toString(set.get(i).toPackedBytes()));
        return out;
    }

    private static List<String> multiset(PhraseSet... sets) {
        List<String> out = new ArrayList<>();
        for (PhraseSet set : sets) {
            for (int i = 0; i < set.size(); i++) out.add(set.songId(i) + ":" + Arrays.toString(set.get(i).toPackedBytes()));
        }
        out.sort(null);
        return out;
    }
}
