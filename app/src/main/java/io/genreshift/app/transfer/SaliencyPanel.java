package io.genreshift.app.transfer;

import atlantafx.base.controls.ToggleSwitch;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** Saliency overlay controls: on/off, opacity, threshold and a colour legend. */
public final class SaliencyPanel extends VBox {

    public SaliencyPanel(SaliencyViewModel vm) {
        getStyleClass().add("side-section");
        setSpacing(6);
        setPadding(new Insets(12));
        Label title = new Label("Saliency overlay");
        title.getStyleClass().add("title-4");
        ToggleSwitch on = new ToggleSwitch();
        on.setId("saliencyToggle");
        on.selectedProperty().bindBidirectional(vm.enabledProperty());
        on.setTooltip(new Tooltip("Heat map of the cells that made the genre classifier decide (Alt+S)"));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.computingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, busy, on);

        Slider opacity = slider("saliencyOpacity", 0.1, 1.0, vm.opacityProperty());
        Slider threshold = slider("saliencyThreshold", 0.0, 0.9, vm.thresholdProperty());
        threshold.setTooltip(new Tooltip("Hide cells below this fraction of the strongest score (paper: 1/4)"));

        Region legendBar = new Region();
        legendBar.getStyleClass().add("saliency-legend-bar");
        legendBar.setPrefHeight(10);
        legendBar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(legendBar, Priority.ALWAYS);
        Label low = small("low");
        Label high = small("high");
        HBox legend = new HBox(6, low, legendBar, high);
        legend.setId("saliencyLegend");

        Label status = small("");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        getChildren().addAll(header, row("Opacity", opacity, vm.opacityProperty()), row("Threshold", threshold, vm.thresholdProperty()),
                legend, status);
        for (var n : new Node[] {opacity, threshold, legend}) n.disableProperty().bind(vm.enabledProperty().not());
    }

    private static Slider slider(String id, double min, double max, DoubleProperty p) {
        Slider s = new Slider(min, max, p.get());
        s.setId(id);
        s.valueProperty().bindBidirectional(p);
        HBox.setHgrow(s, Priority.ALWAYS);
        return s;
    }

    private static HBox row(String text, Slider s, DoubleProperty p) {
        Label caption = small(text);
        caption.setMinWidth(64);
        Label value = small("");
        value.setMinWidth(32);
        value.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "%.2f", p.get()), p));
        return new HBox(6, caption, s, value);
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-small");
        return l;
    }
}
