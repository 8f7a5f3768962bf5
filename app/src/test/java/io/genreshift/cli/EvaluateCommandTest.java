package io.genreshift.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.genreshift.ml.io.ModelLibraryFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.genreshift.core.corpus.DatasetFiles;
import io.genreshift.core.corpus.PhraseDataset;
import io.genreshift.core.corpus.PhraseSet;
import io.genreshift.core.corpus.Split;

import io.genreshift.core.midi.MidiReader;
import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PianoRollConverter;
import io.genreshift.ml.io.LoadedModel;
import io.genreshift.ml.io.ModelLibrary;
import io.genreshift.ml.io.TransferDirection;
import io.genreshift.ml.model.Variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EvaluateCommandTest {
    @TempDir
    static Path models;

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void untrainedModels() throws Exception {
        ModelLibraryFixtures.create(models);
    }

    private void corpus(String genre, int seed) throws Exception {
        for (int i = 0; i < 2; i++) SongFiles.write(dir.resolve(genre).resolve(genre + i + ".mid"), 8, seed + i);
    }

    @Test
    void evaluatesRawMidiFoldersAsJson() throws Exception {
        corpus("classic", 0);
        corpus("pop", 10);

        int exit = cli.execute("evaluate", "--corpus", "classic=" + dir.resolve("classic"),
                "--corpus", "pop=" + dir.resolve("pop"), "--pair", "classic,pop", "--models", models.toString(),
                "--json");

        assertThat(exit).as(cli.err()).isZero();
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        double sAtoB = json.get("s_a_to_b").getAsDouble();
        double sBtoA = json.get("s_b_to_a").getAsDouble();
        assertThat(json.get("s_tot").getAsDouble()).isEqualTo((sAtoB + sBtoA) / 2, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(json.get("content_change").getAsDouble()).isGreaterThanOrEqualTo(0);
        assertThat(json.get("data").getAsString()).startsWith("all phrases of classic=");
        // all phrases of a raw corpus: 2 songs × 2 phrases per genre
        assertThat(json.getAsJsonObject("directions").getAsJsonObject("classic->pop").get("test_phrases").getAsInt()).isEqualTo(4);
    }

    /**
     * The numbers recomputed by hand from the same models, phrase by phrase: the generator's output above 0.5 against
     * the original gives the content change, the pair classifier's argmax gives the accuracy on the originals.
     */
    @Test
    void contentChangeAndAccuracyMatchAHandComputation() throws Exception {
        corpus("classic", 0);
        corpus("pop", 10);

        int exit = cli.execute("evaluate", "--corpus", "classic=" + dir.resolve("classic"),
                "--corpus", "pop=" + dir.resolve("pop"), "--pair", "classic,pop", "--models", models.toString(), "--json");

        assertThat(exit).as(cli.err()).isZero();
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        ModelLibrary library = ModelLibrary.open(models);
        try (LoadedModel classicToPop = library.generator(new TransferDirection("classic", "pop"), Variant.SN).orElseThrow().load();
             LoadedModel classifier = library.classifier(List.of("classic", "pop")).orElseThrow().load()) {
            List<Phrase> phrases = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                phrases.addAll(PianoRollConverter.toRoll(MidiReader.read(dir.resolve("classic").resolve("classic" + i + ".mid"))).phrases());
            }
            assertThat(phrases).hasSize(4);
            double totalRatio = 0;
            int classifiedClassic = 0;
            for (Phrase x : phrases) {
                float[] in = new float[Phrase.CELLS];
                x.writeFloats(in, 0);
                float[] xHat = classicToPop.forward(in, 1);
                int added = 0;
                int removed = 0;
                for (int c = 0; c < Phrase.CELLS; c++) {
                    boolean before = in[c] > 0.5f;
                    boolean after = xHat[c] > 0.5f;
                    if (after && !before) added++;
                    if (before && !after) removed++;
                }
                totalRatio += (added + removed) / (double) x.activeCells();
                float[] logits = classifier.forward(in, 1);
                int classic = classifier.card().classIndex("classic");
                if (logits[classic] >= logits[1 - classic]) classifiedClassic++;
            }
            double meanChange = totalRatio / phrases.size();
            assertThat(json.getAsJsonObject("directions").getAsJsonObject("classic->pop").getAsJsonObject("content_change")
                    .getAsJsonObject("total").get("mean").getAsDouble()).isCloseTo(meanChange, within(1e-9));
            assertThat(json.getAsJsonObject("shares_percent").get("p_a_x_a").getAsDouble())
                    .isCloseTo(100.0 * classifiedClassic / phrases.size(), within(1e-9));
        }
    }

    @Test
    void printsMarkdownTablesByDefault() throws Exception {
        corpus("jazz", 3);
        corpus("pop", 20);

        int exit = cli.execute("evaluate", "--corpus", "jazz=" + dir.resolve("jazz"),
                "--corpus", "pop=" + dir.resolve("pop"), "--pair", "jazz,pop", "--models", models.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).contains("# Evaluation: jazz vs pop").contains("| Model | A | A→B | A→B→A |")
                .contains("mean of both");
    }

    @Test
    void theValidationSplitIsTheHeldOutTrainingSongsNotTheTestSplit() throws Exception {
        // 20 training songs of one phrase each and 3 test phrases per genre
        Map<String, Map<Split, PhraseSet>> sets = new LinkedHashMap<>();
        Random random = new Random(5);
        for (String genre : List.of("classic", "pop")) {
            sets.put(genre, Map.of(Split.TRAIN, randomPhrases(20, random), Split.TEST, randomPhrases(3, random)));
        }
        Path data = dir.resolve("data");
        DatasetFiles.write(new PhraseDataset(List.of("classic", "pop"), sets, ""), data);

        int exit = cli.execute("evaluate", "--data", data.toString(), "--pair", "classic,pop", "--models",
                models.toString(), "--split", "validation", "--validation-share", "0.25", "--json");

        assertThat(exit).as(cli.err()).isZero();
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertThat(json.get("data").getAsString()).startsWith("validation songs (25 % of the training songs, seed 19) of ");
        for (String direction : List.of("classic->pop", "pop->classic")) {
            assertThat(json.getAsJsonObject("directions").getAsJsonObject(direction).get("test_phrases").getAsInt())
                    .as(direction).isEqualTo(5);
        }

        assertThat(cli.execute("evaluate", "--data", data.toString(), "--pair", "classic,pop", "--models",
                models.toString(), "--split", "validation", "--validation-share", "1")).isEqualTo(2);
        assertThat(cli.err()).contains("between 0 and 1");
    }

    private static PhraseSet randomPhrases(int n, Random random) {
        List<Phrase> phrases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean[][] grid = new boolean[Phrase.STEPS][84];
            for (int k = 0; k < 12; k++) grid[random.nextInt(Phrase.STEPS)][20 + random.nextInt(40)] = true;
            phrases.add(Phrase.of(grid));
        }
        return PhraseSet.of(phrases);
    }

    @Test
    void dataAndCorpusCannotBeCombined() {
        int exit = cli.execute("evaluate", "--data", dir.toString(), "--corpus", "jazz=" + dir, "--pair", "jazz,pop");

        assertThat(exit).isEqualTo(2);
    }
}
