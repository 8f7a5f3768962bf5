package io.genreshift.ml.saliency;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PianoRoll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SaliencyImageTest {
    @TempDir
    Path dir;

    /** Two notes at step 2: pitch index 10 fully salient, pitch index 40 not salient. */
    private static final PianoRoll ROLL = PianoRoll.empty(20).with(2, 10, true).with(2, 40, true);

    private static SaliencyMap map() {
        float[] gradients = new float[Phrase.CELLS];
        float[] inputs = new float[Phrase.CELLS];
        gradients[2 * PianoRoll.PITCHES + 10] = 1f;
        inputs[2 * PianoRoll.PITCHES + 10] = 1f;
        inputs[2 * PianoRoll.PITCHES + 40] = 1f;
        return SaliencyMap.fromGradients("jazz", gradients, inputs, ROLL.steps(), 0.25f);
    }

    @Test
    void salientNotesAreRedOtherNotesGreyAndTheImageRoundTripsAsPng() throws IOException {
        BufferedImage image = SaliencyImage.render(ROLL, map(), 3, 2);
        Path file = dir.resolve("map.png");
        SaliencyImage.writePng(image, file);
        BufferedImage read = ImageIO.read(file.toFile());

        assertThat(read.getWidth()).isEqualTo(60);
        assertThat(read.getHeight()).isEqualTo(168);
        Color salient = new Color(read.getRGB(2 * 3 + 1, (83 - 10) * 2));
        Color plain = new Color(read.getRGB(2 * 3 + 1, (83 - 40) * 2));
        Color empty = new Color(read.getRGB(10 * 3 + 1, (83 - 41) * 2));
        assertThat(salient).isEqualTo(SaliencyImage.heat(1f));
        assertThat(plain.getRed()).isEqualTo(plain.getGreen()).isLessThan(200);
        assertThat(empty).isEqualTo(Color.WHITE);
    }

    @Test
    void theFigureFramesThePlotWithATitleAxesAndAColourScale() {
        BufferedImage plot = SaliencyImage.render(ROLL, map(), 3, 2);
        BufferedImage figure = SaliencyFigure.render(ROLL, map(), 3, 2, "jazz saliency");

        assertThat(figure.getWidth()).isEqualTo(SaliencyFigure.plotX() + plot.getWidth() + SaliencyFigure.LEGEND_WIDTH);
        // the plot is there, unchanged, at its offset: the salient cell is still red
        assertThat(new Color(figure.getRGB(SaliencyFigure.plotX() + 2 * 3 + 1, SaliencyFigure.PLOT_Y + (83 - 10) * 2)))
                .isEqualTo(SaliencyImage.heat(1f));
        // the colour scale shows both ends of the heat scale and the grey of plain notes right of the plot
        int legendX = SaliencyFigure.plotX() + plot.getWidth();
        assertThat(coloursIn(figure, legendX, 0, figure.getWidth(), figure.getHeight()))
                .contains(SaliencyImage.heat(1f).getRGB(), SaliencyImage.heat(0f).getRGB(), SaliencyImage.NOTE.getRGB());
        // text: the title above the plot and the pitch names left of it are drawn in dark ink
        assertThat(darkPixels(figure, 0, 0, figure.getWidth(), SaliencyFigure.PLOT_Y)).isPositive();
        assertThat(darkPixels(figure, 0, SaliencyFigure.PLOT_Y, SaliencyFigure.plotX(), plot.getHeight())).isPositive();
        // bar numbers below the plot
        assertThat(darkPixels(figure, SaliencyFigure.plotX(), SaliencyFigure.PLOT_Y + plot.getHeight() + 5,
                plot.getWidth(), figure.getHeight() - SaliencyFigure.PLOT_Y - plot.getHeight() - 5)).isPositive();
    }

    private static java.util.Set<Integer> coloursIn(BufferedImage image, int x0, int y0, int x1, int y1) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (int x = x0; x < x1; x++) for (int y = y0; y < y1; y++) out.add(image.getRGB(x, y));
        return out;
    }

    private static int darkPixels(BufferedImage image, int x0, int y0, int w, int h) {
        int n = 0;
        for (int x = x0; x < Math.min(image.getWidth(), x0 + w); x++) {
            for (int y = y0; y < Math.min(image.getHeight(), y0 + h); y++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 300) n++;
            }
        }
        return n;
    }

    @Test
    void jsonListsOnlySalientCellsWithMidiPitches() {
        JsonObject json = JsonParser.parseString(SaliencyJson.render(map(), "original", "c.params")).getAsJsonObject();

        assertThat(json.get("genre").getAsString()).isEqualTo("jazz");
        assertThat(json.getAsJsonArray("cells")).hasSize(1);
        JsonObject cell = json.getAsJsonArray("cells").get(0).getAsJsonObject();
        assertThat(cell.get("step").getAsInt()).isEqualTo(2);
        assertThat(cell.get("pitch").getAsInt()).isEqualTo(34);
        assertThat(cell.get("weight").getAsFloat()).isEqualTo(1f);
    }
}
