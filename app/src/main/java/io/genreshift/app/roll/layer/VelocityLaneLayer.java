package io.genreshift.app.roll.layer;

import io.genreshift.app.roll.NoteIndex;
import io.genreshift.app.roll.Viewport;
import io.genreshift.core.model.Midi;
import io.genreshift.core.model.Note;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The velocity lane under the roll: one "lollipop" per note at its start, as tall as its velocity, in the note's
 * colour (selected notes highlighted). Same x-transform as the roll; the keyboard column shows the lane's name.
 * Painted on a canvas {@link #HEIGHT} px tall whose x = 0 is the left of the keyboard column.
 */
public final class VelocityLaneLayer implements RollLayer {
    public static final double HEIGHT = 72;
    /** Space above velocity 127 and below velocity 1, so the heads are never cut off. */
    static final double PAD = 6;
    private static final Font FONT = Font.font(9);
    private final NoteRaster raster = new NoteRaster();

    /** The y of {@code velocity} in a lane {@code height} px tall. */
    public static double y(int velocity, double height) {
        return PAD + (height - 2 * PAD) * (1 - velocity / (double) Midi.MAX_VELOCITY);
    }

    /** The velocity (1..127) a press at {@code y} in a lane {@code height} px tall asks for. */
    public static int velocityAt(double y, double height) {
        double fraction = 1 - (y - PAD) / (height - 2 * PAD);
        return Midi.clamp((int) Math.round(fraction * Midi.MAX_VELOCITY), 1, Midi.MAX_VELOCITY);
    }

    @Override
    public void paint(GraphicsContext g, RollFrame f) {
        Viewport v = f.viewport();
        RollPalette p = f.palette();
        double left = KeyboardLayer.WIDTH;
        g.setFill(p.rulerBackground);
        g.fillRect(0, 0, left + v.width(), HEIGHT);
        g.setFill(p.rulerTick);
        g.fillRect(0, 0, left + v.width(), 1);
        g.fillRect(left - 1, 0, 1, HEIGHT);
        g.setFill(p.beatLine);
        for (int vel : new int[]{32, 64, 96}) g.fillRect(left, Math.floor(y(vel, HEIGHT)), v.width(), 1);
        g.setFill(p.rulerText);
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText("Velocity", 4, 5);
        g.setTextBaseline(VPos.BASELINE);
        NoteIndex index = f.notes();
        if (index == null || f.diff() != null) return;
        int end = index.endStartingBefore(v.endTick());
        int first = index.endStartingBefore(v.originTick() - 4 / v.pxPerTick());
        boolean dense = end - first > NotesLayer.DENSE_NOTES;
        if (dense) raster.begin(v.width(), HEIGHT);
        g.save();
        g.beginPath();
        g.rect(left, 0, v.width(), HEIGHT);
        g.clip();
        double bottom = HEIGHT - PAD;
        for (int i = first; i < end; i++) {
            Note n = index.get(i);
            boolean selected = f.selection().contains(n);
            Color c = selected ? p.selectedNote : p.note(n.velocity(), f.colorByTrack() ? n.track() : 0);
            double x = Math.floor(v.x(n.start()));
            double top = y(n.velocity(), HEIGHT);
            if (dense) {
                // Zoomed out the heads would merge into a blur: stems only, one pixel buffer.
                raster.fill(x, top, 1, bottom - top, NoteRaster.argbPre(c));
            } else {
                g.setFill(c);
                g.fillRect(left + x, top, 1, bottom - top);
                g.fillRect(left + x - 2, top - 2, 5, 4);
            }
        }
        if (dense) {
            g.translate(left, 0);
            raster.drawTo(g);
        }
        g.restore();
    }
}
