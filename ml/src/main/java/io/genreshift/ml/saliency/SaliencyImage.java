package io.genreshift.ml.saliency;

import io.genreshift.core.io.AtomicFiles;
import io.genreshift.core.roll.PianoRoll;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Draws a piano roll with a saliency map on top, as the paper's figures do: time to the right, pitch upwards, notes
 * in grey, salient notes from yellow (just above the cut-off) to red (the phrase's most salient). Bars are marked
 * with light lines, C notes with faint rows. Works headless.
 */
public final class SaliencyImage {
    private static final Color BACKGROUND = Color.WHITE;
    private static final Color C_ROW = new Color(0xF0F0F5);
    private static final Color BAR_LINE = new Color(0xC8C8D0);
    static final Color NOTE = new Color(0x70707A);

    private SaliencyImage() {
    }

    /**
     * @param cellWidth  pixels per sixteenth step
     * @param cellHeight pixels per pitch
     */
    public static BufferedImage render(PianoRoll roll, SaliencyMap map, int cellWidth, int cellHeight) {
        if (roll.steps() != map.steps()) throw new IllegalArgumentException("roll has " + roll.steps() + " steps, map " + map.steps());
        if (cellWidth < 1 || cellHeight < 1) throw new IllegalArgumentException("cells need at least 1x1 pixels");
        int width = Math.max(1, roll.steps() * cellWidth);
        int height = PianoRoll.PITCHES * cellHeight;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, width, height);
            g.setColor(C_ROW);
            for (int p = 0; p < PianoRoll.PITCHES; p++) {
                if ((p + PianoRoll.LOWEST_PITCH) % 12 == 0) g.fillRect(0, y(p, cellHeight), width, cellHeight);
            }
            g.setColor(BAR_LINE);
            for (int step = 0; step < roll.steps(); step += PianoRoll.STEPS_PER_BAR) g.fillRect(step * cellWidth, 0, 1, height);
            for (int step = 0; step < roll.steps(); step++) {
                for (int p = 0; p < PianoRoll.PITCHES; p++) {
                    if (!roll.get(step, p)) continue;
                    float w = map.get(step, p);
                    g.setColor(w > 0 ? heat(w) : NOTE);
                    g.fillRect(step * cellWidth, y(p, cellHeight), cellWidth, cellHeight);
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the image as PNG, atomically. */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        AtomicFiles.write(file, temp -> {
            if (!ImageIO.write(image, "png", temp.toFile())) throw new IOException("this Java runtime cannot write PNG files");
        });
    }

    /** Yellow at weight 0 to red at weight 1. */
    static Color heat(float weight) {
        float w = Math.max(0f, Math.min(1f, weight));
        return new Color(1f, 0.85f * (1f - w), 0.1f * (1f - w));
    }

    private static int y(int pitchIndex, int cellHeight) {
        return (PianoRoll.PITCHES - 1 - pitchIndex) * cellHeight;
    }
}
