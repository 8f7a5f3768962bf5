package io.genreshift.app.roll;

import io.genreshift.app.edit.NoteEdge;
import io.genreshift.core.model.Note;

/**
 * What the pointer is over: a note, and which edge of it when the pointer is within grabbing distance of one
 * ({@code edge} is null over the body). Pure; built from a viewport and a note index.
 */
public record NoteHit(Note note, NoteEdge edge) {
    /** Pixels from a note's end within which a press grabs the edge instead of the body. */
    public static final double EDGE_GRAB_PX = 5;
    /** Extra pixels around very short notes that still count as a hit, so 1-px notes can be clicked. */
    public static final double SLOP_PX = 3;

    /** The note under (x, y), preferring one that contains x over a near miss, and the latest start among equals. */
    public static NoteHit find(Viewport v, NoteIndex index, double x, double y) {
        if (index == null) return null;
        int pitch = v.pitchAt(y);
        double tick = v.tickAt(x);
        Note direct = index.at(tick, pitch);
        Note note = direct;
        if (note == null) {
            double slop = SLOP_PX / v.pxPerTick();
            double best = Double.MAX_VALUE;
            for (Note n : index.overlapping(tick - slop, tick + slop, pitch, pitch)) {
                double d = Math.min(Math.abs(v.x(n.start()) - x), Math.abs(v.x(n.end()) - x));
                if (d < best) {
                    best = d;
                    note = n;
                }
            }
        }
        if (note == null) return null;
        double x0 = v.x(note.start()), x1 = v.x(note.end());
        double w = x1 - x0;
        if (w >= 3 * EDGE_GRAB_PX) {
            if (x - x0 <= EDGE_GRAB_PX) return new NoteHit(note, NoteEdge.START);
            if (x1 - x <= EDGE_GRAB_PX) return new NoteHit(note, NoteEdge.END);
        } else if (direct == null && x >= x1) {
            return new NoteHit(note, NoteEdge.END); // right of a tiny note: lengthen it
        }
        return new NoteHit(note, null);
    }
}
