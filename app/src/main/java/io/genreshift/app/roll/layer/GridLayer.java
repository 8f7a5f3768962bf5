package io.genreshift.app.roll.layer;

import io.genreshift.app.roll.BarGrid;
import io.genreshift.app.roll.TickRange;
import io.genreshift.app.roll.Viewport;
import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PianoRoll;
import javafx.scene.canvas.GraphicsContext;

import java.util.List;

/**
 * Background: pitch rows (black-key rows shaded), the model's 84-pitch window (outside greyed, edges marked),
 * 4-bar phrase tiles where the transfer puts its phrases (on the bars of 4/4, 2/4 and 2/2 spans; spans in other meters
 * are tinted as untouched), and bar / beat / snap-division lines that follow the meters. Lines thin out when zoomed out.
 * Row colours come pre-blended from the palette so each pixel is painted once: the software pipeline pays per pixel.
 */
public final class GridLayer implements RollLayer {
    /** Closest two lines of one kind may be before that kind is dropped. */
    private static final double MIN_LINE_SPACING_PX = 6;
    /** Phrase lines are strong; closer than this they would hatch the whole roll. */
    private static final double MIN_PHRASE_LINE_SPACING_PX = 24;

    @Override
    public void paint(GraphicsContext g, RollFrame f) {
        Viewport v = f.viewport();
        RollPalette p = f.palette();
        paintBackground(g, v, p);
        paintRows(g, f);
        paintTimeLines(g, f);
        paintWindowEdges(g, v, p);
    }

    /** Only the parts above pitch 127 and below pitch 0, where there are no rows. */
    private static void paintBackground(GraphicsContext g, Viewport v, RollPalette p) {
        g.setFill(p.background);
        double top = v.y(127);
        double bottom = v.y(0) + v.rowHeight();
        if (top > 0) g.fillRect(0, 0, v.width(), top);
        if (bottom < v.height()) g.fillRect(0, bottom, v.width(), v.height() - bottom);
    }

    private static void paintRows(GraphicsContext g, RollFrame f) {
        Viewport v = f.viewport();
        RollPalette p = f.palette();
        double h = v.rowHeight();
        List<TickRange> phrases = f.tiles().phrases();
        boolean tiles = !phrases.isEmpty() && phraseTicks(f.ppq()) * v.pxPerTick() >= 4;
        int firstPhrase = tiles ? f.tiles().firstEndingAfter(Math.max(0, v.originTick())) : 0;
        boolean separators = h >= 5;
        for (int pitch = v.topVisiblePitch(); pitch >= v.bottomVisiblePitch(); pitch--) {
            double y = v.y(pitch);
            boolean black = RollPalette.isBlackKey(pitch);
            boolean outside = !PianoRoll.inWindow(pitch);
            if (!tiles) {
                g.setFill(p.row(black, outside, false));
                g.fillRect(0, y, v.width(), h);
            } else {
                // Phrases follow the bars, so there may be gaps (other meters): each pixel is still painted once.
                double cursor = 0;
                for (int i = firstPhrase; i < phrases.size() && cursor < v.width(); i++) {
                    TickRange t = phrases.get(i);
                    double x0 = Math.max(cursor, Math.floor(v.x(t.start())));
                    double x1 = Math.min(v.width(), Math.floor(v.x(t.end())));
                    if (x0 > cursor) {
                        g.setFill(p.row(black, outside, false));
                        g.fillRect(cursor, y, Math.min(x0, v.width()) - cursor, h);
                    }
                    if (x1 > x0) {
                        g.setFill(p.row(black, outside, i % 2 == 1));
                        g.fillRect(x0, y, x1 - x0, h);
                    }
                    cursor = Math.max(cursor, Math.min(v.width(), Math.max(x0, x1)));
                }
                if (cursor < v.width()) {
                    g.setFill(p.row(black, outside, false));
                    g.fillRect(cursor, y, v.width() - cursor, h);
                }
            }
            int pc = Math.floorMod(pitch, 12);
            if (separators && (pc == 0 || pc == 5)) { // B|C and E|F, where two white keys meet
                g.setFill(p.rowSeparator);
                g.fillRect(0, Math.floor(y + h) - 1, v.width(), 1);
            }
        }
        paintUntouched(g, f);
    }

    /** Spans in meters the models do not know: a transfer leaves them as they are, and the roll says so. */
    private static void paintUntouched(GraphicsContext g, RollFrame f) {
        Viewport v = f.viewport();
        g.setFill(f.palette().untouchedMeter);
        for (TickRange t : f.tiles().untouched()) {
            double x0 = Math.max(0, Math.floor(v.x(t.start())));
            double x1 = Math.min(v.width(), Math.floor(v.x(t.end())));
            if (x1 > x0) g.fillRect(x0, 0, x1 - x0, v.height());
        }
    }

    private static void paintTimeLines(GraphicsContext g, RollFrame f) {
        Viewport v = f.viewport();
        RollPalette p = f.palette();
        double px = v.pxPerTick();
        long from = (long) Math.floor(Math.max(0, v.originTick()));
        long to = (long) Math.ceil(v.endTick()) + 1;
        long division = f.division().ticks(f.ppq());
        boolean divisions = division * px >= MIN_LINE_SPACING_PX * 1.5;
        BarGrid.Bar first = f.bars().barAt(from);
        int barStride = barStride(first.length() * px);
        BarGrid.Bar bar = first;
        while (bar.start() < to) {
            long beat = bar.beatTicks(f.ppq());
            if (divisions && division < beat) {
                g.setFill(p.subdivisionLine);
                for (long t = bar.start() + division; t < bar.end(); t += division) vline(g, v, t);
            }
            if (beat * px >= MIN_LINE_SPACING_PX) {
                g.setFill(p.beatLine);
                for (long t = bar.start() + beat; t < bar.end(); t += beat) vline(g, v, t);
            }
            if ((bar.number() - 1) % barStride == 0) {
                g.setFill(p.barLine);
                vline(g, v, bar.start());
            }
            bar = f.bars().next(bar);
        }
        double phraseTicks = phraseTicks(f.ppq());
        if (phraseTicks * px >= MIN_PHRASE_LINE_SPACING_PX) { // else the bands alone mark the phrases
            g.setFill(p.phraseLine);
            List<TickRange> phrases = f.tiles().phrases();
            for (int i = f.tiles().firstEndingAfter(from); i < phrases.size() && phrases.get(i).start() < to; i++) {
                TickRange t = phrases.get(i);
                if (t.start() >= from) g.fillRect(Math.floor(v.x(t.start())) - 1, 0, 2, v.height());
                boolean nextAdjoins = i + 1 < phrases.size() && phrases.get(i + 1).start() == t.end();
                if (!nextAdjoins && t.end() < to) g.fillRect(Math.floor(v.x(t.end())) - 1, 0, 2, v.height());
            }
        }
    }

    /** Bars per drawn bar line when bars are narrower than the minimum spacing: 1, 2, 4, 8... */
    static int barStride(double barPx) {
        int stride = 1;
        while (barPx * stride < MIN_LINE_SPACING_PX / 2 && stride < 1 << 20) stride *= 2;
        return stride;
    }

    private static void paintWindowEdges(GraphicsContext g, Viewport v, RollPalette p) {
        double top = v.y(PianoRoll.HIGHEST_PITCH);
        double bottom = v.y(PianoRoll.LOWEST_PITCH) + v.rowHeight();
        g.setFill(p.windowEdge);
        if (top >= 0 && top <= v.height()) g.fillRect(0, Math.floor(top), v.width(), 1);
        if (bottom >= 0 && bottom <= v.height()) g.fillRect(0, Math.floor(bottom), v.width(), 1);
    }

    private static void vline(GraphicsContext g, Viewport v, long tick) {
        double x = v.x(tick);
        if (x >= -1 && x <= v.width()) g.fillRect(Math.floor(x), 0, 1, v.height());
    }

    /** Ticks of one model phrase (64 sixteenths = 4 bars of 4/4), measured from tick 0 like {@link PianoRoll}. */
    public static double phraseTicks(int ppq) {
        return Phrase.STEPS * ppq / (double) PianoRoll.STEPS_PER_BEAT;
    }
}
