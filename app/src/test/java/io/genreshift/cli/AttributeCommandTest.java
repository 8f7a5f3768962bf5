package io.genreshift.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.genreshift.ml.io.ModelLibraryFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AttributeCommandTest {
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
    void writesAPngOfTheRollWithTheHeat() throws Exception {
        Path in = SongFiles.write(dir.resolve("in.mid"), 8, 1);
        Path png = dir.resolve("map.png");

        int exit = cli.execute("attribute", in.toString(), "--genre", "jazz", "-o", png.toString(), "--cell", "2x3",
                "--models", models.toString());

        assertThat(exit).as(cli.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        // the plot (16 steps per bar x 2 px, 84 pitches x 3 px) framed by the axes, title and colour scale
        assertThat(image.getWidth()).isEqualTo(io.genreshift.ml.saliency.SaliencyFigure.plotX() + 8 * 16 * 2
                + io.genreshift.ml.saliency.SaliencyFigure.LEGEND_WIDTH);
        assertThat(image.getHeight()).isGreaterThan(io.genreshift.ml.saliency.SaliencyFigure.PLOT_Y + 84 * 3);
        assertThat(cli.out()).contains("jazz saliency of the original");
    }

    @Test
    void writesJsonForATransferWithThePairClassifier() throws Exception {
        Path in = SongFiles.write(dir.resolve("in.mid"), 4, 2);
        Path json = dir.resolve("map.json");

        int exit = cli.execute("attribute", in.toString(), "--pair", "classic,pop", "--transfer-to", "pop",
                "--from", "classic", "-o", json.toString(), "--models", models.toString());

        assertThat(exit).as(cli.err()).isZero();
        JsonObject map = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        assertThat(map.get("subject").getAsString()).isEqualTo("transfer classic->pop (sn)");
        assertThat(map.get("genre").getAsString()).isIn("classic", "pop");
        assertThat(map.get("classifier").getAsString()).endsWith("classifier-classic-pop.params");
    }

    @Test
    void anUnknownOutputFormatIsAUsageError() throws Exception {
        Path in = SongFiles.write(dir.resolve("in.mid"), 4, 3);

        int exit = cli.execute("attribute", in.toString(), "-o", dir.resolve("map.gif").toString(),
                "--models", models.toString());

        assertThat(exit).isEqualTo(2); // a usage error
        assertThat(cli.err()).contains(".png").contains(".json");
    }
}
