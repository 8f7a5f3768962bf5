package io.genreshift.core.corpus;

import io.genreshift.core.roll.Phrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetFilesTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsPhrasesSongIdsGenresAndReportHash() throws Exception {
        PhraseDataset dataset = sample();

        DatasetFiles.write(dataset, dir);
        PhraseDataset back = DatasetFiles.read(dir);

        assertThat(back.genres()).containsExactly("jazz", "pop");
        assertThat(back.reportSha256()).isEqualTo("abc123");
        for (String genre : dataset.genres()) {
            for (Split split : Split.values()) {
                PhraseSet expected = dataset.phrases(genre, split);
                PhraseSet actual = back.phrases(genre, split);
                assertThat(actual.packedBytes()).isEqualTo(expected.packedBytes());
                assertThat(actual.songIds()).isEqualTo(expected.songIds());
            }
        }
        assertThat(back.phrases("jazz", Split.TRAIN).get(1)).isEqualTo(phrase(5));
    }

    @Test
    void aChangedByteIsCaughtByTheChecksumAndTheFileIsNamed() throws Exception {
        DatasetFiles.write(sample(), dir);
        Path file = dir.resolve("jazz_train.phrases");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);

        assertThatThrownBy(() -> DatasetFiles.read(dir)).isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("jazz_train.phrases").hasMessageContaining("checksum");
    }

    @Test
    void aMissingFolderOrPhraseFileSaysWhatToDo() throws Exception {
        assertThatThrownBy(() -> DatasetFiles.read(dir)).hasMessageContaining("dataset.json").hasMessageContaining("genreshift prepare");

        DatasetFiles.write(sample(), dir);
        Files.delete(dir.resolve("pop_test.phrases"));
        assertThatThrownBy(() -> DatasetFiles.read(dir)).hasMessageContaining("pop_test.phrases").hasMessageContaining("missing");
    }

    @Test
    void aNewerFormatVersionIsRefused() throws Exception {
        DatasetFiles.write(sample(), dir);
        Path manifest = dir.resolve(DatasetFiles.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replace("\"version\": 1", "\"version\": 7"));

        assertThatThrownBy(() -> DatasetFiles.read(dir)).hasMessageContaining("version 7");
    }

    @Test
    void aTruncatedPhraseFileIsRecognisedEvenWithAMatchingChecksum() {
        byte[] whole = encode(sample().phrases("jazz", Split.TRAIN));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 10);

        assertThatThrownBy(() -> DatasetFiles.decode(cut, Path.of("x.phrases"))).hasMessageContaining("x.phrases");
    }

    @Test
    void writingLeavesNoTempFiles() throws Exception {
        DatasetFiles.write(sample(), dir);

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> !n.startsWith("."));
        }
    }

    private static byte[] encode(PhraseSet set) {
        try {
            return DatasetFiles.encode(set);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static PhraseDataset sample() {
        PhraseSet jazzTrain = PhraseSet.of(List.of(phrase(1), phrase(5), phrase(9)), new int[] {0, 0, 2});
        PhraseSet jazzTest = PhraseSet.of(List.of(phrase(3)), new int[] {1});
        PhraseSet popTrain = PhraseSet.of(List.of(phrase(7), phrase(8)), new int[] {0, 1});
        PhraseSet popTest = PhraseSet.of(List.of());
        return new PhraseDataset(List.of("jazz", "pop"), Map.of(
                "jazz", Map.of(Split.TRAIN, jazzTrain, Split.TEST, jazzTest),
                "pop", Map.of(Split.TRAIN, popTrain, Split.TEST, popTest)), "abc123");
    }

    /** A phrase with a few cells that depend on {@code k}. */
    static Phrase phrase(int k) {
        boolean[][] grid = new boolean[Phrase.STEPS][84];
        for (int t = 0; t < Phrase.STEPS; t += 4) grid[t][(t + k * 5) % 84] = true;
        return Phrase.of(grid);
    }
}
