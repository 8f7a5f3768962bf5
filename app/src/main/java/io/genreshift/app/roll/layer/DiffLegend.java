package io.genreshift.app.roll.layer;

import io.genreshift.app.roll.Viewport;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** The diff view's colour key (kept / added / removed) in the roll's lower right corner. */
public final class DiffLegend implements RollLayer {
    private static final double WIDTH = 210, HEIGHT = 26, MARGIN = 12;
    private static final Font FONT = Font.font(10);

    @Override
    public void paint(GraphicsContext g, RollFrame f) {
        Viewport v = f.viewport();
        if (f.diff() == null || v.width() < WIDTH + 2 * MARGIN || v.height() < HEIGHT + 2 * MARGIN) return;
        RollPalette p = f.palette();
        // Above the saliency legend when both are shown.
        double y = v.height() - HEIGHT - MARGIN - (f.saliency() != null ? SaliencyLegend.HEIGHT + 6 : 0);
        double x = v.width() - WIDTH - MARGIN;
        g.setFill(p.legendBackground);
        g.fillRoundRect(x, y, WIDTH, HEIGHT, 8, 8);
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        String[] names = {"kept", "added", "removed"};
        Color[] colors = {p.kept, p.added, p.removed};
        double cx = x + 10;
        for (int i = 0; i < names.length; i++) {
            g.setFill(colors[i]);
            g.fillRect(cx, y + HEIGHT / 2 - 5, 10, 10);
            g.setFill(p.legendText);
            g.fillText(names[i], cx + 14, y + HEIGHT / 2);
            cx += 14 + names[i].length() * 6.2 + 14;
        }
        g.setTextBaseline(VPos.BASELINE);
    }
}
