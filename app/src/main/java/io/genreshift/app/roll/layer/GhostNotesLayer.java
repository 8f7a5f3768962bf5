package io.genreshift.app.roll.layer;

import io.genreshift.app.roll.NoteIndex;
import io.genreshift.app.roll.Viewport;
import io.genreshift.core.model.Note;
import javafx.scene.canvas.GraphicsContext;

/**
 * Faint notes of another version (the original under a transfer), drawn under the song's notes.
 * Zoomed out, with thousands on screen, they go through a pixel buffer like the notes do.
 */
public final class GhostNotesLayer implements RollLayer {
    private final NoteRaster raster = new NoteRaster();

    @Override
    public void paint(GraphicsContext g, RollFrame f) {
        NoteIndex ghost = f.ghost();
        if (ghost == null || f.diff() != null) return;
        Viewport v = f.viewport();
        int top = v.topVisiblePitch();
        int bottom = v.bottomVisiblePitch();
        int first = ghost.firstOverlapping(v.originTick());
        int end = ghost.endStartingBefore(v.endTick());
        boolean dense = end - first > NotesLayer.DENSE_NOTES;
        int argb = NoteRaster.argbPre(f.palette().ghostNote);
        if (dense) raster.begin(v.width(), v.height());
        else g.setFill(f.palette().ghostNote);
        for (int i = first; i < end; i++) {
            Note n = ghost.get(i);
            if (n.pitch() > top || n.pitch() < bottom) continue;
            double x = v.x(n.start()), y = v.y(n.pitch()), w = Math.max(1, n.duration() * v.pxPerTick());
            if (dense) raster.fill(x, y, w, v.rowHeight(), argb);
            else g.fillRect(x, y, w, v.rowHeight());
        }
        if (dense) raster.drawTo(g);
    }
}
