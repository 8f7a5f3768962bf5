package io.genreshift.ml.saliency;

import io.genreshift.core.model.Midi;
import io.genreshift.core.roll.PianoRoll;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The saliency image as a figure someone can read without this code: a title, pitch names on the left (every C),
 * bar numbers below (bars of 16 steps, as the models count them), and a colour scale on the right that says what
 * grey, yellow and red mean. The plot itself is {@link SaliencyImage#render}, unchanged, at {@link #plotX}/{@link #PLOT_Y}.
 */
public final class SaliencyFigure {
    public static final int PLOT_Y = 36;
    private static final int LEFT = 44;
    private static final int BOTTOM = 34;
    public static final int LEGEND_WIDTH = 150;
    private static final int SCALE_HEIGHT = 120;
    private static final Color INK = new Color(0x30303A);

    private SaliencyFigure() {
    }

    /** Left edge of the plot in the figure. */
    public static int plotX() {
        return LEFT;
    }

    /**
     * @param title e.g. "jazz saliency of the original: song.mid"
     */
    public static BufferedImage render(PianoRoll roll, SaliencyMap map, int cellWidth, int cellHeight, String title) {
        BufferedImage plot = SaliencyImage.render(roll, map, cellWidth, cellHeight);
        int width = LEFT + plot.getWidth() + LEGEND_WIDTH;
        int height = Math.max(PLOT_Y + plot.getHeight() + BOTTOM, PLOT_Y + SCALE_HEIGHT + 80);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(plot, LEFT, PLOT_Y, null);
            g.setColor(INK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.drawString(title, LEFT, 22);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            FontMetrics fm = g.getFontMetrics();
            pitchAxis(g, fm, cellHeight);
            barAxis(g, fm, roll.steps(), cellWidth, plot.getHeight());
            legend(g, fm, LEFT + plot.getWidth() + 16);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void pitchAxis(Graphics2D g, FontMetrics fm, int cellHeight) {
        for (int p = 0; p < PianoRoll.PITCHES; p++) {
            int midi = p + PianoRoll.LOWEST_PITCH;
            if (midi % 12 != 0) continue;
            String name = Midi.pitchName(midi);
            int rowCentre = PLOT_Y + (PianoRoll.PITCHES - 1 - p) * cellHeight + cellHeight / 2;
            g.drawString(name, LEFT - 6 - fm.stringWidth(name), rowCentre + fm.getAscent() / 2 - 1);
        }
    }

    private static void barAxis(Graphics2D g, FontMetrics fm, int steps, int cellWidth, int plotHeight) {
        int y = PLOT_Y + plotHeight;
        int bars = (steps + PianoRoll.STEPS_PER_BAR - 1) / PianoRoll.STEPS_PER_BAR;
        // Label every n-th bar so numbers do not overlap on long songs.
        int every = Math.max(1, (int) Math.ceil((fm.stringWidth("000") + 8) / (double) (PianoRoll.STEPS_PER_BAR * cellWidth)));
        for (int bar = 0; bar < bars; bar += every) {
            int x = LEFT + bar * PianoRoll.STEPS_PER_BAR * cellWidth;
            g.fillRect(x, y, 1, 4);
            g.drawString(Integer.toString(bar + 1), x + 2, y + 4 + fm.getAscent());
        }
        g.drawString("bar (16 steps)", LEFT, y + 6 + 2 * fm.getHeight());
    }

    private static void legend(Graphics2D g, FontMetrics fm, int x) {
        int top = PLOT_Y;
        g.drawString("saliency", x, top + fm.getAscent());
        int scaleTop = top + fm.getHeight() + 4;
        for (int i = 0; i < SCALE_HEIGHT; i++) {
            // red (most salient) at the top
            g.setColor(SaliencyImage.heat(1f - i / (float) (SCALE_HEIGHT - 1)));
            g.fillRect(x, scaleTop + i, 16, 1);
        }
        g.setColor(INK);
        g.drawString("phrase maximum", x + 22, scaleTop + fm.getAscent());
        g.drawString("just above cut-off", x + 22, scaleTop + SCALE_HEIGHT);
        int noteY = scaleTop + SCALE_HEIGHT + 14;
        g.setColor(SaliencyImage.NOTE);
        g.fillRect(x, noteY, 16, 10);
        g.setColor(INK);
        g.drawString("note, not salient", x + 22, noteY + 9);
    }
}
