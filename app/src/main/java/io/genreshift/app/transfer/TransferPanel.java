package io.genreshift.app.transfer;

import io.genreshift.app.shell.ActionId;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.ToggleSwitch;
import io.genreshift.app.shell.PillGroup;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The transfer controls; binds to {@link TransferViewModel} and forwards clicks, nothing more. */
public final class TransferPanel extends VBox {
    private static final String AUTO = "auto";

    public TransferPanel(TransferViewModel vm) {
        getStyleClass().add("side-section");
        setSpacing(8);
        setPadding(new Insets(12));
        Label title = new Label("Genre transfer");
        title.getStyleClass().add("title-4");
        getChildren().add(title);
        getChildren().add(caption("From"));
        getChildren().addAll(sourcePicker(vm));
        getChildren().add(caption("To"));
        getChildren().add(targetPicker(vm));
        getChildren().add(caption("Model variant"));
        getChildren().addAll(variantPicker(vm));
        getChildren().add(caption("Threshold"));
        getChildren().addAll(thresholdAndMelody(vm));
        getChildren().addAll(runControls(vm));
    }

    /** Source genre: "Auto: Jazz (82%)" or an explicit genre, and what the classifier said. */
    private static List<Node> sourcePicker(TransferViewModel vm) {
        List<String> sourceItems = new ArrayList<>();
        sourceItems.add(AUTO);
        sourceItems.addAll(Genres.ALL);
        ComboBox<String> source = new ComboBox<>();
        source.getItems().setAll(sourceItems);
        source.setId("sourceGenre");
        source.setMaxWidth(Double.MAX_VALUE);
        source.setButtonCell(new SourceCell(vm));
        source.setCellFactory(lv -> new SourceCell(vm));
        source.setValue(AUTO);
        source.valueProperty().addListener((o, a, b) -> vm.sourceOverrideProperty().set(b == null || b.equals(AUTO) ? null : b));
        vm.detectedProperty().addListener((o, a, b) -> {
            // Refresh the "Auto" label with the new guess.
            source.setButtonCell(new SourceCell(vm));
        });
        Label confidence = new Label();
        confidence.getStyleClass().addAll("text-small", "text-muted");
        confidence.setId("detectedGenre");
        confidence.setWrapText(true);
        confidence.textProperty().bind(Bindings.createStringBinding(
                () -> vm.detectionProperty().get() + (vm.sourceOverrideProperty().get() != null && vm.detectedProperty().get() != null
                        ? " (overridden)" : ""), vm.detectionProperty(), vm.sourceOverrideProperty(), vm.detectedProperty()));

        return List.of(source, confidence);
    }

    private static PillGroup targetPicker(TransferViewModel vm) {
        List<ToggleButton> targetButtons = new ArrayList<>();
        for (String g : Genres.ALL) {
            ToggleButton b = new ToggleButton(Genres.display(g));
            b.setUserData(g);
            b.setId("target-" + g);
            b.disableProperty().bind(Bindings.createBooleanBinding(() -> g.equals(vm.sourceBinding().get()), vm.sourceBinding()));
            targetButtons.add(b);
        }
        PillGroup target = new PillGroup(targetButtons);
        target.setId("targetGenre");
        target.selectData(vm.targetProperty().get());
        target.group().selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) vm.targetProperty().set((String) b.getUserData());
        });
        vm.targetProperty().addListener((o, a, b) -> target.selectData(b));

        return target;
    }

    /** The four variants (those without a model disabled) and the trade-off hint or what is missing. */
    private static List<Node> variantPicker(TransferViewModel vm) {
        Map<ModelVariant, ToggleButton> variantButtons = new EnumMap<>(ModelVariant.class);
        for (ModelVariant v : ModelVariant.values()) {
            ToggleButton b = new ToggleButton(v.label());
            b.setUserData(v);
            b.setId("variant-" + v.id().replace("+", "-"));
            variantButtons.put(v, b);
        }
        PillGroup variant = new PillGroup(List.copyOf(variantButtons.values()));
        variant.setId("variant");
        Runnable refreshVariants = () -> variantButtons.forEach((v, b) -> {
            boolean ok = vm.availableVariants().contains(v);
            b.setDisable(!ok);
            b.setTooltip(new Tooltip(ok ? tip(v) : "No " + v.label() + " model for this direction in assets/models"));
        });
        vm.availableVariants().addListener((SetChangeListener<ModelVariant>) c -> refreshVariants.run());
        refreshVariants.run();
        variant.selectData(vm.variantProperty().get());
        variant.group().selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) vm.variantProperty().set((ModelVariant) b.getUserData());
        });
        vm.variantProperty().addListener((o, a, b) -> variant.selectData(b));
        Label hint = new Label();
        hint.setId("variantHint");
        hint.textProperty().bind(vm.variantHintBinding());
        hint.getStyleClass().addAll("text-small", "text-muted");
        hint.setWrapText(true);

        return List.of(variant, hint);
    }

    private static List<Node> thresholdAndMelody(TransferViewModel vm) {
        Slider threshold = new Slider(0.05, 0.95, vm.thresholdProperty().get());
        threshold.setId("threshold");
        threshold.valueProperty().bindBidirectional(vm.thresholdProperty());
        threshold.setTooltip(new Tooltip("A note is kept where the generator's output exceeds this value: lower keeps more notes"));
        Label thresholdValue = new Label();
        thresholdValue.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%.2f", vm.thresholdProperty().get()), vm.thresholdProperty()));
        HBox.setHgrow(threshold, Priority.ALWAYS);
        HBox thresholdRow = new HBox(8, threshold, thresholdValue);

        ToggleSwitch keepMelody = new ToggleSwitch("Keep melody");
        keepMelody.setId("keepMelody");
        keepMelody.selectedProperty().bindBidirectional(vm.keepMelodyProperty());
        keepMelody.setTooltip(new Tooltip("Keep the top voice of the original as it is and transfer the rest"));

        return List.of(thresholdRow, keepMelody);
    }

    /** Transfer and Cancel, progress while running, and the last status line. */
    private static List<Node> runControls(TransferViewModel vm) {
        Button run = new Button("Transfer", new FontIcon(ActionId.TRANSFER.icon()));
        run.setId("runTransfer");
        run.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        run.setMaxWidth(Double.MAX_VALUE);
        run.setDefaultButton(false);
        run.setFocusTraversable(false);
        run.disableProperty().bind(vm.canTransferBinding().not());
        run.setOnAction(e -> vm.transfer());
        run.setTooltip(new Tooltip(ActionId.TRANSFER.tooltip()));
        Button cancel = new Button("Cancel", new FontIcon(ActionId.CANCEL_TASK.icon()));
        cancel.setId("cancelTransfer");
        cancel.setFocusTraversable(false);
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(vm.runningProperty());
        cancel.setOnAction(e -> vm.cancel());
        HBox.setHgrow(run, Priority.ALWAYS);
        HBox buttons = new HBox(8, run, cancel);

        ProgressBar progress = new ProgressBar();
        progress.setId("transferProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        progress.managedProperty().bind(vm.runningProperty());
        Label status = new Label();
        status.setId("transferStatus");
        status.getStyleClass().addAll("text-small");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        return List.of(buttons, progress, status);
    }

    private static String tip(ModelVariant v) {
        return switch (v) {
            case BASELINE -> "The plain CycleGAN of Brunner et al. 2018";
            case SN -> "Spectral normalization: steadier, keeps more of the piece (default)";
            case SA -> "Self-attention: looks at the whole phrase, changes more";
            case SN_SA -> "Both spectral normalization and self-attention";
        };
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-caption");
        return l;
    }

    /** Shows "Auto: Jazz (82%)" for the auto entry and the genre name otherwise. */
    private static final class SourceCell extends ListCell<String> {
        private final TransferViewModel vm;

        SourceCell(TransferViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else if (item.equals(AUTO)) {
                GenreGuess g = vm.detectedProperty().get();
                setText(g == null ? "Auto-detect" : "Auto: " + g.describe());
            } else {
                setText(Genres.display(item));
            }
        }
    }
}
