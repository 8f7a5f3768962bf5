package io.genreshift.app.prefs;

/**
 * Where the main window was and how the side panel was split, restored on the next start.
 *
 * @param dividerPosition position of the roll | transfer-panel divider, 0..1
 */
public record WindowLayout(double x, double y, double width, double height, boolean maximized, double dividerPosition) {
    public static final WindowLayout DEFAULT = new WindowLayout(Double.NaN, Double.NaN, 1280, 800, false, 0.74);

    public WindowLayout {
        width = Math.max(640, finiteOr(width, 1280));
        height = Math.max(480, finiteOr(height, 800));
        dividerPosition = Math.min(0.95, Math.max(0.3, finiteOr(dividerPosition, 0.74)));
    }

    public boolean hasPosition() {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    private static double finiteOr(double v, double fallback) {
        return Double.isFinite(v) ? v : fallback;
    }
}
