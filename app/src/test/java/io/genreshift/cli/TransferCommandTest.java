package io.genreshift.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.genreshift.core.midi.MidiReader;
import io.genreshift.core.model.Song;
import io.genreshift.ml.io.ModelLibraryFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TransferCommandTest {
    @TempDir
    static Path models;

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void untrainedModels() throws Exception {
        ModelLibraryFixtures.create(models);
    }

    @Test
    void transfersASongAndReportsAsJson() throws Exception {
        Path in = SongFiles.write(dir.resolve("in.mid"), 9, 1);
        Path outFile = dir.resolve("out.mid");
        Path cycle = dir.resolve("cycle.mid");

        int exit = cli.execute("transfer", in.toString(), "--to", "jazz", "--from", "classic", "--keep-melody",
                "-o", outFile.toString(), "--cycle", cycle.toString(), "--models", models.toString(), "--json");

        assertThat(exit).as(cli.err()).isZero();
        Song original = MidiReader.read(in);
        Song transferred = MidiReader.read(outFile);
        assertThat(transferred.tempoMap().changes()).isEqualTo(original.tempoMap().changes());
        assertThat(Files.exists(cycle)).isTrue();
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertThat(json.get("from").getAsString()).isEqualTo("classic");
        assertThat(json.get("to").getAsString()).isEqualTo("jazz");
        assertThat(json.get("keep_melody").getAsBoolean()).isTrue();
        assertThat(json.getAsJsonArray("phrases")).hasSize(3); // 9 bars = 2 phrases and a quarter
        assertThat(json.getAsJsonObject("content_change").get("source_cells").getAsInt()).isPositive();
    }

    @Test
    void autoDetectionIsReportedInTheSummary() throws Exception {
        Path in = SongFiles.write(dir.resolve("in.mid"), 4, 2);

        int exit = cli.execute("transfer", in.toString(), "--to", "pop", "-o", dir.resolve("out.mid").toString(),
                "--models", models.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Detected genre:").contains("->pop (sn)").contains("Content change:");
    }

    @Test
    void aMissingVariantIsAUserErrorThatSaysWhatExists() throws Exception {
        Path in = SongFiles.write(dir.resolve("in.mid"), 4, 3);

        int exit = cli.execute("transfer", in.toString(), "--to", "pop", "--from", "jazz", "--variant", "sa",
                "-o", dir.resolve("out.mid").toString(), "--models", models.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("no generator jazz->pop (sa)").contains("--variant sn");
        assertThat(Files.exists(dir.resolve("out.mid"))).isFalse();
    }

    // A threshold no sigmoid output reaches makes every generator write nothing, as undertrained ones do.
    private static final String NOTHING_PASSES = "0.999999";

    @Test
    void aTransferWithoutPitchedNotesFailsNamesThePhrasesAndWritesNothing() throws Exception {
        Path in = SongFiles.write(dir.resolve("in.mid"), 9, 1);
        Path outFile = dir.resolve("out.mid");

        int exit = cli.execute("transfer", in.toString(), "--to", "jazz", "--from", "classic", "--threshold", NOTHING_PASSES,
                "-o", outFile.toString(), "--models", models.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("in.mid").contains("no pitched note")
                .contains("phrases 0-2 (bars 1-9) of 3").contains("--threshold").contains("--variant").contains("--allow-empty");
        assertThat(outFile).doesNotExist();
    }

    @Test
    void allowEmptyWritesTheEmptyTransferWithAWarning() throws Exception {
        Path in = SongFiles.write(dir.resolve("in.mid"), 4, 1);
        Path outFile = dir.resolve("out.mid");

        int exit = cli.execute("transfer", in.toString(), "--to", "jazz", "--from", "classic", "--threshold", NOTHING_PASSES,
                "--allow-empty", "-o", outFile.toString(), "--models", models.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.err()).contains("warning:").contains("phrase 0 (bars 1-4) of 1");
        assertThat(MidiReader.read(outFile).notes()).isEmpty();
    }

    @Test
    void aFullTransferHasNoEmptinessWarning() throws Exception {
        Path in = SongFiles.write(dir.resolve("in.mid"), 4, 1);

        // Every cell above a tiny threshold: the transfer is full, whatever the random weights do.
        int exit = cli.execute("transfer", in.toString(), "--to", "jazz", "--from", "classic", "--threshold", "0.000001",
                "-o", dir.resolve("out.mid").toString(), "--models", models.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.err()).doesNotContain("warning:");
        assertThat(MidiReader.read(dir.resolve("out.mid")).notes()).isNotEmpty();
    }

    @Test
    void helpShowsTheOptionsAndSucceedsWithoutTheRequiredOnes() {
        int exit = cli.execute("transfer", "--help");

        assertThat(exit).isZero();
        assertThat(cli.out()).contains("Usage: genreshift transfer").contains("--allow-empty").contains("--threshold");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void theDetectedGenreLineSaysWhenTheTargetWasTheLikeliestAndListsGenresInOrder() {
        var detection = new io.genreshift.ml.transfer.GenreDetection("pop", 0.25, Map.of("pop", 0.25, "jazz", 0.59, "classic", 0.16));

        assertThat(TransferCommand.detectionLine(detection, "jazz")).isEqualTo(
                "Detected genre: most likely source other than the target jazz: pop (25 %; classic 16 %, jazz 59 %, pop 25 %)");
        assertThat(TransferCommand.detectionLine(detection, "classic")).isEqualTo(
                "Detected genre: pop (25 %; classic 16 %, jazz 59 %, pop 25 %)");
    }

    @Test
    void aSongThatChangesToAnotherMeterIsTransferredWithAMeterWarning() throws Exception {
        var song = SongFiles.song(8, 1);
        Path in = dir.resolve("four-then-nine-eight.mid");
        long bar5 = 4L * 4 * song.ppq();
        io.genreshift.core.midi.MidiWriter.write(new Song(song.title(), song.ppq(), song.tempoMap(),
                java.util.List.of(io.genreshift.core.model.TimeSignature.FOUR_FOUR,
                        new io.genreshift.core.model.TimeSignature(bar5, 9, 8)), song.tracks(), song.notes(), 0), in);

        int exit = cli.execute("transfer", in.toString(), "--to", "jazz", "--from", "classic", "--threshold", "0.000001",
                "-o", dir.resolve("out.mid").toString(), "--models", models.toString(), "--verbose");

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.err()).contains("warning: ").contains("four-then-nine-eight.mid is in 4/4, 9/8")
                .contains("bars in other meters are left as they are");
    }

    @Test
    void aSongEntirelyInAnotherMeterIsRefusedWithTheReason() throws Exception {
        var song = SongFiles.song(4, 1);
        Path in = dir.resolve("nine-eight.mid");
        io.genreshift.core.midi.MidiWriter.write(new Song(song.title(), song.ppq(), song.tempoMap(),
                java.util.List.of(new io.genreshift.core.model.TimeSignature(0, 9, 8)), song.tracks(), song.notes(), 0), in);
        Path out = dir.resolve("out.mid");

        int exit = cli.execute("transfer", in.toString(), "--to", "jazz", "--from", "classic",
                "-o", out.toString(), "--models", models.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("nine-eight.mid is in 9/8").contains("no part of the song is in 4/4, 2/4 or 2/2");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFourFourSongHasNoMeterWarning() throws Exception {
        Path in = SongFiles.write(dir.resolve("in.mid"), 4, 1);

        int exit = cli.execute("transfer", in.toString(), "--to", "jazz", "--from", "classic", "--threshold", "0.000001",
                "-o", dir.resolve("out.mid").toString(), "--models", models.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.err()).doesNotContain("is in");
    }
}
