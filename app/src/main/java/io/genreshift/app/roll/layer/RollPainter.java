package io.genreshift.app.roll.layer;

import javafx.scene.canvas.GraphicsContext;

import java.util.List;

/**
 * Paints the roll's content layers in z-order (grid, ghost notes, notes, diff, saliency, legend, selection) into one
 * graphics context. The view, the PNG export and the redraw benchmark all paint through this one class.
 */
public final class RollPainter {
    private final GridLayer grid = new GridLayer();
    private final List<RollLayer> layers = List.of(grid, new GhostNotesLayer(), new NotesLayer(), new DiffLayer(),
            new SaliencyOverlay(), new SelectionLayer(), new SaliencyLegend());
    private final KeyboardLayer keyboard = new KeyboardLayer();
    private final RulerLayer ruler = new RulerLayer();
    private final PlayheadLayer playhead = new PlayheadLayer();
    private final VelocityLaneLayer velocityLane = new VelocityLaneLayer();

    /** The roll area (everything but keyboard, ruler and playhead). */
    public void paintRoll(GraphicsContext g, RollFrame frame) {
        for (RollLayer layer : layers) layer.paint(g, frame);
    }

    public void paintKeyboard(GraphicsContext g, RollFrame frame) {
        keyboard.paint(g, frame);
    }

    public void paintRuler(GraphicsContext g, RollFrame frame) {
        ruler.paint(g, frame);
    }

    /** The velocity lane; its canvas spans the keyboard column too. */
    public void paintVelocityLane(GraphicsContext g, RollFrame frame) {
        velocityLane.paint(g, frame);
    }

    public void paintPlayhead(GraphicsContext g, RollFrame frame) {
        playhead.paint(g, frame);
    }
}
