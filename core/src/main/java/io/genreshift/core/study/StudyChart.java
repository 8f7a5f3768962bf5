package io.genreshift.core.study;

import io.genreshift.core.io.AtomicFiles;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Locale;

/**
 * The study's bar chart: per variant, s_hr for content retention and for quality side by side, on a 0–1 axis, with the
 * number of rankings under each group. Plain Java2D, so it works headless.
 */
public final class StudyChart {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 480;
    private static final int LEFT = 70;
    private static final int TOP = 60;
    private static final int BOTTOM = 80;
    private static final Color RETENTION = new Color(0x1f77b4);
    private static final Color QUALITY = new Color(0xff7f0e);

    private StudyChart() {
    }

    public static BufferedImage draw(StudyReport report) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.setColor(Color.BLACK);
        g.drawString("Listening study: s_hr per variant (" + report.participants() + " participants)", LEFT, 30);
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int plotWidth = WIDTH - LEFT - 30;
        int baseY = TOP + plotHeight;
        for (int i = 0; i <= 4; i++) {
            double v = i / 4.0;
            int y = baseY - (int) Math.round(v * plotHeight);
            g.setColor(new Color(0xdddddd));
            g.drawLine(LEFT, y, LEFT + plotWidth, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.2f", v), LEFT - 45, y + 5);
        }
        int groups = report.variants().size();
        int groupWidth = plotWidth / Math.max(groups, 1);
        int barWidth = groupWidth / 3;
        for (int i = 0; i < groups; i++) {
            StudyReport.VariantRow row = report.variants().get(i);
            int x = LEFT + i * groupWidth + groupWidth / 6;
            bar(g, x, baseY, barWidth, plotHeight, row.retention().value(), RETENTION);
            bar(g, x + barWidth, baseY, barWidth, plotHeight, row.quality().value(), QUALITY);
            g.setColor(Color.BLACK);
            g.drawString(row.variant(), x, baseY + 20);
            g.setColor(Color.DARK_GRAY);
            g.drawString("N = " + row.retention().rankings(), x, baseY + 38);
        }
        g.setColor(Color.BLACK);
        g.drawLine(LEFT, baseY, LEFT + plotWidth, baseY);
        legend(g, WIDTH - 320, HEIGHT - 22, RETENTION, "content retention");
        legend(g, WIDTH - 140, HEIGHT - 22, QUALITY, "quality");
        g.dispose();
        return image;
    }

    /** Draws the chart and writes it as a PNG, atomically. */
    public static void write(StudyReport report, java.nio.file.Path png) throws IOException {
        BufferedImage image = draw(report);
        AtomicFiles.write(png, temp -> {
            if (!ImageIO.write(image, "png", temp.toFile())) throw new IOException("no PNG writer available");
        });
    }

    private static void bar(Graphics2D g, int x, int baseY, int width, int plotHeight, double value, Color color) {
        if (Double.isNaN(value)) return;
        int h = (int) Math.round(value * plotHeight);
        g.setColor(color);
        g.fillRect(x, baseY - h, width - 4, h);
        g.setColor(Color.BLACK);
        g.drawString(String.format(Locale.ROOT, "%.2f", value), x, baseY - h - 4);
    }

    private static void legend(Graphics2D g, int x, int y, Color color, String text) {
        g.setColor(color);
        g.fillRect(x, y - 11, 12, 12);
        g.setColor(Color.BLACK);
        g.drawString(text, x + 18, y);
    }
}
