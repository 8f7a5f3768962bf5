package io.genreshift.app.transfer;

import io.genreshift.app.shell.PillGroup;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The versions list (original + transfers), the view switch (original / transferred / diff) and the diff numbers. */
public final class VersionsPanel extends VBox {

    public VersionsPanel(VersionsViewModel vm) {
        getStyleClass().add("side-section");
        setSpacing(8);
        setPadding(new Insets(12));
        Label title = new Label("Versions");
        title.getStyleClass().add("title-4");

        ListView<SongVersion> list = new ListView<>(vm.versions());
        list.setId("versionList");
        list.setPrefHeight(96);
        list.setMinHeight(72);
        list.setFocusTraversable(false);
        list.setCellFactory(lv -> new ListCell<>() {
            private final ContextMenu menu = new ContextMenu();

            {
                MenuItem delete = new MenuItem("Delete Version");
                delete.setOnAction(e -> vm.remove(getIndex()));
                menu.getItems().add(delete);
            }

            @Override
            protected void updateItem(SongVersion v, boolean empty) {
                super.updateItem(v, empty);
                boolean earlier = !empty && v != null && vm.isFromEarlierOriginal(v);
                String warning = empty || v == null ? null : v.warning().orElse(null);
                setText(empty || v == null ? null : v.name() + (earlier ? " (earlier original)" : "") + (v.saved() ? "" : " •"));
                setGraphic(warning != null ? warningIcon() : earlier ? earlierOriginalIcon() : null);
                setTooltip(warning != null ? new Tooltip(warning) : earlier ? new Tooltip(EARLIER_ORIGINAL_HINT) : null);
                // The original is never deleted; transfers can be, from their context menu.
                setContextMenu(empty || v == null || v.isOriginal() ? null : menu);
            }
        });
        Runnable syncSelection = () -> {
            int i = vm.shownIndex();
            if (!vm.isEmpty() && list.getSelectionModel().getSelectedIndex() != i) list.getSelectionModel().select(i);
        };
        vm.shownProperty().addListener((o, a, b) -> syncSelection.run());
        // An edit of the original changes how every transfer is marked, not only the row that changed.
        vm.versions().addListener((ListChangeListener<SongVersion>) c -> list.refresh());
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            int i = b.intValue();
            if (i >= 0 && i != vm.shownIndex()) vm.select(i);
        });

        List<ToggleButton> modeButtons = new ArrayList<>();
        for (ViewMode m : ViewMode.values()) {
            ToggleButton b = new ToggleButton(m.label());
            b.setUserData(m);
            b.setId("view-" + m.name().toLowerCase(Locale.ROOT));
            if (m != ViewMode.ORIGINAL) b.disableProperty().bind(vm.hasTransferBinding().not());
            modeButtons.add(b);
        }
        PillGroup mode = new PillGroup(modeButtons);
        mode.setId("viewMode");
        mode.selectData(vm.viewModeProperty().get());
        vm.viewModeProperty().addListener((o, a, b) -> mode.selectData(b));
        mode.group().selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) vm.viewModeProperty().set((ViewMode) b.getUserData());
        });

        Label diff = new Label();
        diff.setId("diffSummary");
        diff.setWrapText(true);
        diff.getStyleClass().add("text-small");
        diff.textProperty().bind(Bindings.createStringBinding(() -> describeChange(vm),
                vm.comparisonProperty(), vm.versions()));

        getChildren().addAll(title, list, mode, diff);
    }

    private static final String EARLIER_ORIGINAL_HINT = "Made from an earlier state of the original: its diff still shows"
            + " what the transfer changed in that state. Transfer again to include your edits of the original.";

    /** The content change of the selected transfer (edits included) against the original it was made from. */
    static String describeChange(VersionsViewModel vm) {
        TransferComparison c = vm.comparisonProperty().get();
        SongVersion t = vm.selectedTransfer().orElse(null);
        if (c == null || t == null) return "No transfer yet: the original is the only version.";
        String against = vm.isFromEarlierOriginal(t) ? "Content change vs. the earlier original it was made from: " : "Content change vs. original: ";
        return against + DiffSummary.of(c.change()) + (t.isEdited() ? " (with your edits)" : "");
    }

    private static FontIcon warningIcon() {
        FontIcon icon = new FontIcon("mdi2a-alert");
        icon.getStyleClass().add("warning");
        return icon;
    }

    private static FontIcon earlierOriginalIcon() {
        FontIcon icon = new FontIcon("mdi2h-history");
        icon.getStyleClass().add("text-muted");
        return icon;
    }
}
