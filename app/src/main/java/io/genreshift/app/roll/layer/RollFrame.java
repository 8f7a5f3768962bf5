package io.genreshift.app.roll.layer;

import io.genreshift.app.edit.GridDivision;
import io.genreshift.app.roll.BarGrid;
import io.genreshift.app.roll.NoteIndex;
import io.genreshift.app.roll.PhraseTiles;
import io.genreshift.app.roll.RollDiff;
import io.genreshift.app.roll.SaliencyLayer;
import io.genreshift.app.roll.Selection;
import io.genreshift.app.roll.TickRange;
import io.genreshift.app.roll.Viewport;

/**
 * Everything the layers need to paint one frame, as plain values. The view builds one per redraw; the benchmark and
 * the PNG export build their own, so drawing never depends on live controls.
 *
 * @param ghost       faint notes under the song, or null
 * @param diff        when not null the diff cells replace the notes
 * @param saliency    heat overlay, or null
 * @param rubberBand  {tick0, tick1, pitchTop, pitchBottom} while a rubber band is dragged, or null
 * @param loopRange   the ruler's time range, or null
 * @param hoverPitch  the keyboard row under the mouse, or -1
 * @param pressedPitch the key being auditioned, or -1
 * @param tiles       where the models' phrases lie (they follow the bars) and the spans a transfer leaves untouched
 */
public record RollFrame(Viewport viewport, RollPalette palette, int ppq, BarGrid bars, GridDivision division,
                        NoteIndex notes, NoteIndex ghost, Selection selection, RollDiff diff, SaliencyLayer saliency,
                        boolean colorByTrack, double[] rubberBand, TickRange loopRange, double playheadTick,
                        int hoverPitch, int pressedPitch, PhraseTiles tiles) {
}
