package io.genreshift.app.roll.layer;

import io.genreshift.app.roll.NoteIndex;
import io.genreshift.app.roll.Selection;
import io.genreshift.app.roll.Viewport;
import io.genreshift.core.model.Midi;
import io.genreshift.core.model.Note;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The song's notes: colour intensity from velocity (hue from the track when colour-by-track is on), selected notes
 * highlighted, pitch names inside notes that are wide enough. Hidden while the diff view is shown, dimmed under a
 * saliency overlay.
 */
public final class NotesLayer implements RollLayer {
    private static final Font LABEL_FONT = Font.font(9);
    /** Labels only when few enough notes are on screen that text stays cheap and legible. */
    private static final int MAX_LABELS = 300;
    /** Above this many candidate notes the layer rasterizes into a pixel buffer (see {@link NoteRaster}). */
    static final int DENSE_NOTES = 2000;
    private final NoteRaster raster = new NoteRaster();

    /** Note opacity under a saliency overlay: dimmed so the heat reads, still there for orientation. */
    static final double UNDER_OVERLAY_ALPHA = 0.4;

    @Override
    public void paint(GraphicsContext g, RollFrame f) {
        if (f.diff() != null || f.notes() == null) return;
        boolean dimmed = f.saliency() != null && f.saliency().opacity() > 0;
        double alpha = g.getGlobalAlpha();
        if (dimmed) g.setGlobalAlpha(alpha * UNDER_OVERLAY_ALPHA);
        try {
            paintNotes(g, f);
        } finally {
            g.setGlobalAlpha(alpha);
        }
    }

    private void paintNotes(GraphicsContext g, RollFrame f) {
        Viewport v = f.viewport();
        RollPalette p = f.palette();
        NoteIndex index = f.notes();
        Selection selection = f.selection();
        int top = v.topVisiblePitch();
        int bottom = v.bottomVisiblePitch();
        double h = v.rowHeight();
        boolean outline = h >= 6;
        double inset = h >= 6 ? 1 : 0;
        double nh = h - 2 * inset;
        int first = index.firstOverlapping(v.originTick());
        int end = index.endStartingBefore(v.endTick());
        if (end - first > DENSE_NOTES) {
            paintDense(g, f, first, end);
            return;
        }
        boolean labels = h >= 11 && end - first <= MAX_LABELS;
        if (labels) g.setFont(LABEL_FONT);
        for (int i = first; i < end; i++) {
            Note n = index.get(i);
            int pitch = n.pitch();
            if (pitch > top || pitch < bottom) continue;
            double x = v.x(n.start());
            double w = Math.max(1, n.duration() * v.pxPerTick());
            double y = v.y(pitch) + inset;
            boolean selected = selection.contains(n);
            Color fill = selected ? p.selectedNote : p.note(n.velocity(), f.colorByTrack() ? n.track() : 0);
            if (outline && w >= 4) {
                // Border as two opaque fills: far cheaper than an anti-aliased stroke in the software pipeline.
                g.setFill(selected ? p.selectedOutline : p.noteBorder(fill));
                g.fillRect(x, y, w, nh);
                g.setFill(fill);
                g.fillRect(x + 1, y + 1, w - 2, nh - 2);
            } else {
                g.setFill(fill);
                g.fillRect(x, y, w, nh);
            }
            if (labels && w >= 26) {
                g.setFill(p.dark ? Color.BLACK : Color.WHITE);
                g.fillText(Midi.pitchName(pitch), Math.max(x, 0) + 3, y + nh - 3);
            }
        }
    }

    /** Many notes on screen: pixel-snapped fills into one buffer, no borders or labels (they would not be legible). */
    private void paintDense(GraphicsContext g, RollFrame f, int first, int end) {
        Viewport v = f.viewport();
        RollPalette p = f.palette();
        NoteIndex index = f.notes();
        int top = v.topVisiblePitch(), bottom = v.bottomVisiblePitch();
        double inset = v.rowHeight() >= 6 ? 1 : 0;
        raster.begin(v.width(), v.height());
        Color lastColor = null;
        int lastArgb = 0;
        for (int i = first; i < end; i++) {
            Note n = index.get(i);
            if (n.pitch() > top || n.pitch() < bottom) continue;
            Color c = f.selection().contains(n) ? p.selectedNote : p.note(n.velocity(), f.colorByTrack() ? n.track() : 0);
            if (c != lastColor) {
                lastColor = c;
                lastArgb = NoteRaster.argbPre(c);
            }
            raster.fill(v.x(n.start()), v.y(n.pitch()) + inset, n.duration() * v.pxPerTick(), v.rowHeight() - 2 * inset, lastArgb);
        }
        raster.drawTo(g);
    }
}
