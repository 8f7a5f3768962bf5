package io.genreshift.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.genreshift.ml.io.ModelLibraryFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

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
    void dataAndCorpusCannotBeCombined() {
        int exit = cli.execute("evaluate", "--data", dir.toString(), "--corpus", "jazz=" + dir, "--pair", "jazz,pop");

        assertThat(exit).isEqualTo(2);
    }
}
