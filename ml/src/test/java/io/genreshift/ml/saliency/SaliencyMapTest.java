package io.genreshift.ml.saliency;

import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PianoRoll;
import io.genreshift.ml.io.ModelCache;
import io.genreshift.ml.io.ModelLibraryFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SaliencyMapTest {
    @TempDir
    Path dir;

    @Test
    void positiveGradientTimesInputIsScaledPerPhraseAndSmallCellsAreDropped() {
        float[] gradients = new float[2 * Phrase.CELLS];
        float[] inputs = new float[2 * Phrase.CELLS];
        // phrase 0: cells 0..3 are notes with gradients 4, 2, 0.5, -3; cell 4 has a gradient but no note
        float[] g = {4f, 2f, 0.5f, -3f, 9f};
        for (int i = 0; i < g.length; i++) gradients[i] = g[i];
        for (int i = 0; i < 4; i++) inputs[i] = 1f;
        // phrase 1: one note with a tiny gradient still becomes its phrase's maximum
        gradients[Phrase.CELLS + 7] = 0.001f;
        inputs[Phrase.CELLS + 7] = 1f;

        SaliencyMap map = SaliencyMap.fromGradients("jazz", gradients, inputs, 100, 0.25f);

        assertThat(map.steps()).isEqualTo(100);
        assertThat(map.get(0, 0)).isEqualTo(1f);
        assertThat(map.get(0, 1)).isEqualTo(0.5f);
        assertThat(map.get(0, 2)).as("0.125 < 1/4 of the maximum").isZero();
        assertThat(map.get(0, 3)).as("negative gradient").isZero();
        assertThat(map.get(0, 4)).as("no note").isZero();
        assertThat(map.get(Phrase.STEPS, 7)).isEqualTo(1f);
        assertThat(map.activeCells()).isEqualTo(3);
    }

    @Test
    void saliencyIsZeroWhereverTheInputIsZero() throws IOException {
        Random random = new Random(5);
        PianoRoll roll = PianoRoll.empty(Phrase.STEPS + 30);
        for (int i = 0; i < 300; i++) roll = roll.with(random.nextInt(roll.steps()), 20 + random.nextInt(50), true);

        SaliencyMap map;
        try (ModelCache models = new ModelCache(ModelLibraryFixtures.create(dir, List.of("jazz", "pop"), java.util.Set.of(), 3))) {
            map = new SaliencyAttributor(models.classifier(List.of("jazz", "pop"))).attribute(roll, "jazz");
        }

        assertThat(map.steps()).isEqualTo(roll.steps());
        float max = 0;
        for (int s = 0; s < roll.steps(); s++) {
            for (int p = 0; p < PianoRoll.PITCHES; p++) {
                if (!roll.get(s, p)) assertThat(map.get(s, p)).as("cell %d,%d", s, p).isZero();
                assertThat(map.get(s, p)).isBetween(0f, 1f);
                max = Math.max(max, map.get(s, p));
            }
        }
        assertThat(max).as("some notes are salient").isEqualTo(1f);
    }

    /**
     * A case where the right cells are known without knowing the weights: the classifier judges each phrase on its
     * own, so a phrase's map within a song equals its map alone; a phrase with one note can only mark that note (at
     * the phrase maximum, 1); a silent phrase marks nothing.
     */
    @Test
    void eachPhraseIsAttributedOnItsOwnAndOnlyItsNotesCanBeSalient() throws IOException {
        Random random = new Random(11);
        PianoRoll busy = PianoRoll.empty(Phrase.STEPS);
        for (int i = 0; i < 200; i++) busy = busy.with(random.nextInt(Phrase.STEPS), 20 + random.nextInt(50), true);
        PianoRoll song = PianoRoll.concat(List.of(busy.phrase(0),
                PianoRoll.empty(Phrase.STEPS).with(10, 30, true).phrase(0), Phrase.empty()));

        SaliencyMap inSong;
        SaliencyMap alone;
        try (ModelCache models = new ModelCache(ModelLibraryFixtures.create(dir, List.of("jazz", "pop"), java.util.Set.of(), 3))) {
            SaliencyAttributor attributor = new SaliencyAttributor(models.classifier(List.of("jazz", "pop")));
            inSong = attributor.attribute(song, "pop", 0f);
            alone = attributor.attribute(busy, "pop", 0f);
        }

        for (int s = 0; s < Phrase.STEPS; s++) {
            for (int p = 0; p < PianoRoll.PITCHES; p++) {
                assertThat(inSong.get(s, p)).as("busy phrase cell %d,%d", s, p).isCloseTo(alone.get(s, p), within(1e-4f));
                boolean theNote = s == 10 && p == 30;
                if (!theNote) assertThat(inSong.get(Phrase.STEPS + s, p)).as("one-note phrase cell %d,%d", s, p).isZero();
                assertThat(inSong.get(2 * Phrase.STEPS + s, p)).as("silent phrase").isZero();
            }
        }
        assertThat(inSong.get(Phrase.STEPS + 10, 30)).isIn(0f, 1f);
        assertThat(alone.activeCells()).as("some of the busy phrase's notes are salient").isPositive();
    }

    /** A long song is attributed in several passes; a phrase in a later pass gets the same map as alone. */
    @Test
    void aPhraseInALaterPassOfALongSongIsAttributedAsAlone() throws IOException {
        Random random = new Random(5);
        PianoRoll busy = PianoRoll.empty(Phrase.STEPS);
        for (int i = 0; i < 150; i++) busy = busy.with(random.nextInt(Phrase.STEPS), 20 + random.nextInt(50), true);
        List<Phrase> phrases = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) phrases.add(i == 35 ? busy.phrase(0) : Phrase.empty());
        PianoRoll song = PianoRoll.concat(phrases);

        SaliencyMap inSong;
        SaliencyMap alone;
        try (ModelCache models = new ModelCache(ModelLibraryFixtures.create(dir, List.of("jazz", "pop"), java.util.Set.of(), 3))) {
            SaliencyAttributor attributor = new SaliencyAttributor(models.classifier(List.of("jazz", "pop")));
            inSong = attributor.attribute(song, "jazz", 0f);
            alone = attributor.attribute(busy, "jazz", 0f);
        }

        assertThat(alone.activeCells()).isPositive();
        for (int s = 0; s < Phrase.STEPS; s++) {
            for (int p = 0; p < PianoRoll.PITCHES; p++) {
                assertThat(inSong.get(35 * Phrase.STEPS + s, p)).as("cell %d,%d", s, p).isCloseTo(alone.get(s, p), within(1e-4f));
            }
        }
    }

    @Test
    void aGenreTheClassifierDoesNotKnowIsRefused() throws IOException {
        try (ModelCache models = new ModelCache(ModelLibraryFixtures.create(dir, List.of("jazz", "pop"), java.util.Set.of(), 3))) {
            SaliencyAttributor attributor = new SaliencyAttributor(models.classifier(List.of("jazz", "pop")));
            assertThatThrownBy(() -> attributor.attribute(PianoRoll.empty(64), "classic"))
                    .hasMessageContaining("does not know genre 'classic'");
        }
    }
}
