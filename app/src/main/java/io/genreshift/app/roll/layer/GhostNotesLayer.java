package io.genreshift.app.roll.layer;

import io.genreshift.app.roll.NoteIndex;
import io.genreshift.app.roll.Viewport;
import io.genreshift.core.model.Note;
import javafx.scene.canvas.GraphicsContext;

/** Faint notes of another version (the original under a transfer), drawn under the song's notes. */
public final class GhostNotesLayer implements RollLayer {
    @Override
    public void paint(GraphicsContext g, RollFrame f) {
        NoteIndex ghost = f.ghost();
        if (ghost == null || f.diff() != null) return;
        Viewport v = f.viewport();
        int top = v.topVisiblePitch();
        int bottom = v.bottomVisiblePitch();
        g.setFill(f.palette().ghostNote);
        int end = ghost.endStartingBefore(v.endTick());
        for (int i = ghost.firstOverlapping(v.originTick()); i < end; i++) {
            Note n = ghost.get(i);
            if (n.pitch() > top || n.pitch() < bottom) continue;
            g.fillRect(v.x(n.start()), v.y(n.pitch()), Math.max(1, n.duration() * v.pxPerTick()), v.rowHeight());
        }
    }
}
