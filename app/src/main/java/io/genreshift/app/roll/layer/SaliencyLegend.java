package io.genreshift.app.roll.layer;

import io.genreshift.app.roll.SaliencyLayer;
import io.genreshift.app.roll.Viewport;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** The saliency colour legend in the roll's lower right corner, with the threshold marked. */
public final class SaliencyLegend implements RollLayer {
    static final double WIDTH = 180, HEIGHT = 46, MARGIN = 12;
    private static final Font FONT = Font.font(10);

    @Override
    public void paint(GraphicsContext g, RollFrame f) {
        SaliencyLayer layer = f.saliency();
        Viewport v = f.viewport();
        if (layer == null || v.width() < WIDTH + 2 * MARGIN || v.height() < HEIGHT + 2 * MARGIN) return;
        RollPalette p = f.palette();
        double x = v.width() - WIDTH - MARGIN, y = v.height() - HEIGHT - MARGIN;
        g.setFill(p.legendBackground);
        g.fillRoundRect(x, y, WIDTH, HEIGHT, 8, 8);
        g.setFont(FONT);
        g.setFill(p.legendText);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(String.format("Saliency   threshold %.2f", layer.threshold()), x + 8, y + 5);
        double barX = x + 8, barY = y + 20, barW = WIDTH - 16, barH = 8;
        int segments = 48;
        for (int i = 0; i < segments; i++) {
            double score = (i + 0.5) / segments;
            g.setFill(score < layer.threshold() ? Color.TRANSPARENT : HeatScale.color((score - layer.threshold()) / Math.max(1e-9, 1 - layer.threshold())));
            g.fillRect(barX + i * barW / segments, barY, barW / segments + 0.5, barH);
        }
        g.setStroke(p.legendText);
        g.setLineWidth(1);
        g.strokeRect(barX + 0.5, barY + 0.5, barW - 1, barH - 1);
        double tx = barX + layer.threshold() * barW;
        g.strokeLine(tx, barY - 2, tx, barY + barH + 2);
        g.setFill(p.legendText);
        g.fillText("0", barX, barY + barH + 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("1", barX + barW, barY + barH + 2);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }
}
