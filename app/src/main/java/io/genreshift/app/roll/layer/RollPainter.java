package io.genreshift.app.roll.layer;

import io.genreshift.app.roll.Viewport;
import javafx.scene.canvas.GraphicsContext;

import java.util.List;

/**
 * Paints the roll's content layers in z-order (grid, ghost notes, notes, diff, saliency, selection, legends) into one
 * graphics context. The view, the PNG export and the redraw benchmark all paint through this one class.
 */
public final class RollPainter {
    private final GridLayer grid = new GridLayer();
    private final List<RollLayer> layers = List.of(grid, new GhostNotesLayer(), new NotesLayer(), new DiffLayer(),
            new SaliencyOverlay(), new SelectionLayer(), new SaliencyLegend(), new DiffLegend());
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

    /**
     * The whole component in one graphics context, laid out as on screen: ruler on top, keyboard left, roll with its
     * playhead, velocity lane below (when {@code withLane}). Size: {@link #componentWidth} × {@link #componentHeight}.
     * Used for the PNG export and by the redraw benchmark.
     */
    public void paintComponent(GraphicsContext g, RollFrame frame, boolean withLane) {
        Viewport v = frame.viewport();
        double kw = KeyboardLayer.WIDTH, rh = RulerLayer.HEIGHT;
        g.setFill(frame.palette().background);
        g.fillRect(0, 0, componentWidth(v), componentHeight(v, withLane));
        clipped(g, kw, rh, v.width(), v.height(), () -> {
            paintRoll(g, frame);
            paintPlayhead(g, frame);
        });
        clipped(g, 0, rh, kw, v.height(), () -> paintKeyboard(g, frame));
        clipped(g, kw, 0, v.width(), rh, () -> paintRuler(g, frame));
        if (withLane) clipped(g, 0, rh + v.height(), kw + v.width(), VelocityLaneLayer.HEIGHT, () -> paintVelocityLane(g, frame));
    }

    public static double componentWidth(Viewport v) {
        return KeyboardLayer.WIDTH + v.width();
    }

    public static double componentHeight(Viewport v, boolean withLane) {
        return RulerLayer.HEIGHT + v.height() + (withLane ? VelocityLaneLayer.HEIGHT : 0);
    }

    private static void clipped(GraphicsContext g, double x, double y, double w, double h, Runnable paint) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
        g.translate(x, y);
        paint.run();
        g.restore();
    }

    /** The velocity lane; its canvas spans the keyboard column too. */
    public void paintVelocityLane(GraphicsContext g, RollFrame frame) {
        velocityLane.paint(g, frame);
    }

    public void paintPlayhead(GraphicsContext g, RollFrame frame) {
        playhead.paint(g, frame);
    }
}
