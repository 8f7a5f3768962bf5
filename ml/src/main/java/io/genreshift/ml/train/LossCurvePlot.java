package io.genreshift.ml.train;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the loss curves of a {@link MetricsLog} as a PNG: generator losses in the upper panel, discriminator losses
 * in the lower one, against the iteration. Plain Java2D, so it works headless.
 */
public final class LossCurvePlot {
    private static final int WIDTH = 1200;
    private static final int PANEL_HEIGHT = 380;
    private static final int MARGIN = 60;
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
            new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b)};
    private static final List<String> GENERATOR_KEYS = List.of("g_a2b", "g_b2a", "g_mixed", "cycle", "g_content", "g_total");
    private static final List<String> DISCRIMINATOR_KEYS = List.of("d_a", "d_b", "d_a_mixed", "d_b_mixed", "d_total");

    private LossCurvePlot() {
    }

    /** Reads {@code metricsLog} and writes the PNG to {@code png} (atomically). */
    public static void write(Path metricsLog, Path png) throws IOException {
        Map<String, List<double[]>> series = read(metricsLog);
        if (series.isEmpty()) {
            throw new IOException("the metrics log " + metricsLog + " holds no loss values yet; plot it after the "
                    + "first logged iterations");
        }
        BufferedImage image = new BufferedImage(WIDTH, 2 * PANEL_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, 2 * PANEL_HEIGHT);
        panel(g, 0, "Generator losses", pick(series, GENERATOR_KEYS));
        panel(g, PANEL_HEIGHT, "Discriminator losses", pick(series, DISCRIMINATOR_KEYS));
        g.dispose();
        Path parent = png.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve(png.getFileName() + ".tmp");
        if (!ImageIO.write(image, "png", tmp.toFile())) throw new IOException("no PNG writer available");
        Files.move(tmp, png, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Series of (step, value) by loss key; keys that are never non-zero (e.g. mixed terms of base) are left out. */
    static Map<String, List<double[]>> read(Path metricsLog) throws IOException {
        if (!Files.isRegularFile(metricsLog)) {
            throw new IOException("no metrics log at " + metricsLog + "; training writes it as metrics.jsonl in --out");
        }
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(metricsLog, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) continue;
            JsonObject o;
            try {
                o = JsonParser.parseString(line).getAsJsonObject();
            } catch (RuntimeException e) {
                continue; // the last line may have been cut short by a kill; the others still plot
            }
            if (!o.has("step")) throw new IOException(metricsLog + " line " + lineNo + " has no \"step\"");
            double step = o.get("step").getAsDouble();
            for (Map.Entry<String, JsonElement> e : o.entrySet()) {
                String k = e.getKey();
                if (!GENERATOR_KEYS.contains(k) && !DISCRIMINATOR_KEYS.contains(k)) continue;
                series.computeIfAbsent(k, x -> new ArrayList<>()).add(new double[] {step, e.getValue().getAsDouble()});
            }
        }
        series.values().removeIf(points -> points.stream().allMatch(p -> p[1] == 0));
        return series;
    }

    private static Map<String, List<double[]>> pick(Map<String, List<double[]>> all, List<String> keys) {
        Map<String, List<double[]>> m = new LinkedHashMap<>();
        for (String k : keys) if (all.containsKey(k)) m.put(k, all.get(k));
        return m;
    }

    private static void panel(Graphics2D g, int top, String title, Map<String, List<double[]>> series) {
        int left = MARGIN;
        int right = WIDTH - 20;
        int y0 = top + 40;
        int y1 = top + PANEL_HEIGHT - 40;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, left, top + 25);
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (List<double[]> pts : series.values()) {
            for (double[] p : pts) {
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                minY = Math.min(minY, p[1]);
                maxY = Math.max(maxY, p[1]);
            }
        }
        g.drawRect(left, y0, right - left, y1 - y0);
        if (series.isEmpty()) return;
        if (maxX == minX) maxX = minX + 1;
        if (maxY == minY) maxY = minY + 1;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int i = 0; i <= 4; i++) {
            double v = minY + (maxY - minY) * i / 4;
            int y = (int) (y1 - (y1 - y0) * i / 4.0);
            g.setColor(new Color(0xdddddd));
            g.drawLine(left + 1, y, right - 1, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.3g", v), 5, y + 4);
        }
        g.drawString(String.format(Locale.ROOT, "iteration %.0f", minX), left, y1 + 16);
        String end = String.format(Locale.ROOT, "%.0f", maxX);
        g.drawString(end, right - g.getFontMetrics().stringWidth(end), y1 + 16);
        int colour = 0;
        int legendX = left + 200;
        g.setStroke(new BasicStroke(1.5f));
        for (Map.Entry<String, List<double[]>> e : series.entrySet()) {
            g.setColor(PALETTE[colour++ % PALETTE.length]);
            List<double[]> pts = e.getValue();
            for (int i = 1; i < pts.size(); i++) {
                g.drawLine(px(pts.get(i - 1)[0], minX, maxX, left, right), py(pts.get(i - 1)[1], minY, maxY, y0, y1),
                        px(pts.get(i)[0], minX, maxX, left, right), py(pts.get(i)[1], minY, maxY, y0, y1));
            }
            g.fillRect(legendX, top + 15, 12, 12);
            g.drawString(e.getKey(), legendX + 16, top + 26);
            legendX += 110;
        }
    }

    private static int px(double x, double min, double max, int left, int right) {
        return (int) Math.round(left + (x - min) / (max - min) * (right - left));
    }

    private static int py(double y, double min, double max, int top, int bottom) {
        return (int) Math.round(bottom - (y - min) / (max - min) * (bottom - top));
    }
}
