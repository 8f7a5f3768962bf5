package io.genreshift.app.roll;

import javafx.scene.control.ScrollBar;

/**
 * Keeps the roll's two scrollbars and the view model's viewport in step, both ways, without feedback loops:
 * the horizontal bar scrolls ticks, the vertical bar pitch rows. Moving a bar counts as a user scroll.
 */
final class ScrollBarSync {
    private final PianoRollViewModel vm;
    private final ScrollBar horizontal;
    private final ScrollBar vertical;
    private boolean syncing;

    ScrollBarSync(PianoRollViewModel vm, ScrollBar horizontal, ScrollBar vertical) {
        this.vm = vm;
        this.horizontal = horizontal;
        this.vertical = vertical;
        vm.viewportProperty().addListener((obs, old, v) -> update(v));
        horizontal.valueProperty().addListener((obs, old, now) -> barsMoved());
        vertical.valueProperty().addListener((obs, old, now) -> barsMoved());
    }

    private void update(Viewport v) {
        syncing = true;
        try {
            configure(horizontal, vm.contentTicks(), v.visibleTicks(), v.originTick(), vm.ppq());
            configure(vertical, Viewport.ROWS, v.visibleRows(), v.topRow(), 1);
        } finally {
            syncing = false;
        }
    }

    /** A ScrollBar's thumb is visibleAmount / (max - min) of the track, hence the scaled visible amount. */
    private static void configure(ScrollBar bar, double content, double visible, double value, double unit) {
        double max = Math.max(0, content - visible);
        bar.setMin(0);
        bar.setMax(max);
        bar.setVisibleAmount(max <= 0 ? 1 : visible * max / content);
        bar.setUnitIncrement(unit);
        bar.setBlockIncrement(visible * 0.9);
        bar.setValue(Math.max(0, Math.min(max, value)));
        bar.setDisable(max <= 0);
    }

    private void barsMoved() {
        if (syncing) return;
        vm.scrollTo(horizontal.getValue(), vertical.getValue(), true);
    }
}
