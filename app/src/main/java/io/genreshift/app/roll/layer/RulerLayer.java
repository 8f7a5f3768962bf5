package io.genreshift.app.roll.layer;

import io.genreshift.app.roll.BarGrid;
import io.genreshift.app.roll.TickRange;
import io.genreshift.app.roll.Viewport;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * The bar-number ruler above the roll: phrase bands, bar numbers (thinned out to stay legible), beat ticks, meter
 * changes, the loop range and the playhead marker. Painted on its own canvas of height {@link #HEIGHT}.
 */
public final class RulerLayer implements RollLayer {
    public static final double HEIGHT = 26;
    private static final double MIN_LABEL_SPACING_PX = 34;
    private static final Font FONT = Font.font(10);

    @Override
    public void paint(GraphicsContext g, RollFrame f) {
        Viewport v = f.viewport();
        RollPalette p = f.palette();
        double px = v.pxPerTick();
        g.setFill(p.rulerBackground);
        g.fillRect(0, 0, v.width(), HEIGHT);
        double phraseTicks = GridLayer.phraseTicks(f.ppq());
        if (phraseTicks * px >= 4) {
            g.setFill(p.rulerPhrase);
            List<TickRange> phrases = f.tiles().phrases();
            for (int i = f.tiles().firstEndingAfter(Math.max(0, v.originTick())); i < phrases.size()
                    && phrases.get(i).start() < v.endTick(); i++) {
                TickRange t = phrases.get(i);
                if (i % 2 == 0) g.fillRect(v.x(t.start()), HEIGHT - 6, t.length() * px, 6);
            }
        }
        g.setFill(p.untouchedMeter.deriveColor(0, 1, 1, 4));
        for (TickRange t : f.tiles().untouched()) g.fillRect(v.x(t.start()), HEIGHT - 6, t.length() * px, 6);
        TickRange loop = f.loopRange();
        if (loop != null && !loop.isEmpty()) {
            g.setFill(p.loopRangeFill.deriveColor(0, 1, 1, 3));
            g.fillRect(v.x(loop.start()), 0, loop.length() * px, HEIGHT);
        }
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        long from = (long) Math.floor(Math.max(0, v.originTick()));
        BarGrid.Bar bar = f.bars().barAt(from);
        int stride = labelStride(bar.length() * px);
        BarGrid.Bar previous = null;
        while (bar.start() < v.endTick()) {
            double x = v.x(bar.start());
            boolean meterChange = previous == null ? bar.number() == 1 && !bar.meter().isFourFour()
                    : !previous.meter().equals(bar.meter());
            if ((bar.number() - 1) % stride == 0 || meterChange) {
                g.setFill(p.rulerTick);
                g.fillRect(Math.floor(x), 0, 1, HEIGHT);
                g.setFill(p.rulerText);
                String label = Integer.toString(bar.number());
                if (meterChange) label += "  " + bar.meter().numerator() + "/" + bar.meter().denominator();
                g.fillText(label, x + 3, 3);
            } else if (bar.length() * px >= 4) {
                g.setFill(p.rulerTick);
                g.fillRect(Math.floor(x), HEIGHT - 8, 1, 8);
            }
            long beat = bar.beatTicks(f.ppq());
            if (beat * px >= 8) {
                g.setFill(p.rulerTick);
                for (long t = bar.start() + beat; t < bar.end(); t += beat) g.fillRect(Math.floor(v.x(t)), HEIGHT - 4, 1, 4);
            }
            previous = bar;
            bar = f.bars().next(bar);
        }
        g.setFill(p.rulerTick);
        g.fillRect(0, HEIGHT - 1, v.width(), 1);
        double x = v.x(f.playheadTick());
        if (x >= -6 && x <= v.width() + 6) {
            g.setFill(p.playhead);
            g.fillPolygon(new double[]{x - 6, x + 7, x + 0.5}, new double[]{HEIGHT - 9, HEIGHT - 9, HEIGHT}, 3);
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    /** Bars per label: 1, 2, 4, 8... so labels are at least {@value #MIN_LABEL_SPACING_PX} px apart. */
    static int labelStride(double barPx) {
        int stride = 1;
        while (barPx * stride < MIN_LABEL_SPACING_PX && stride < 1 << 20) stride *= 2;
        return stride;
    }
}
