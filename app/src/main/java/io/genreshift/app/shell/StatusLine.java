package io.genreshift.app.shell;

import io.genreshift.app.listen.TransportViewModel;
import io.genreshift.app.transfer.SaliencyViewModel;
import io.genreshift.app.transfer.TransferViewModel;
import io.genreshift.app.transfer.VersionsViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.List;

/** The line at the bottom: the latest message of any task, a progress bar while one runs, and the version shown. */
final class StatusLine {
    private StatusLine() {
    }

    static HBox build(TransferViewModel transfer, ExportViewModel export, SaliencyViewModel saliency,
                      TransportViewModel transport, VersionsViewModel versions) {
        Label text = new Label("Ready");
        text.setId("statusText");
        // The latest message wins, from whichever task spoke last.
        for (var message : List.of(transfer.statusProperty(), export.statusProperty(), saliency.statusProperty(),
                transport.statusProperty())) {
            message.addListener((o, a, b) -> {
                if (b != null && !b.isEmpty()) text.setText(b);
            });
        }
        ProgressBar progress = new ProgressBar();
        progress.setId("statusProgress");
        progress.setPrefWidth(160);
        // Rendering for playback reports no fraction of its own here: an indeterminate bar says "busy".
        progress.progressProperty().bind(Bindings.createDoubleBinding(() -> transfer.runningProperty().get()
                        ? transfer.progressProperty().get() : export.busyProperty().get() ? export.progressProperty().get() : -1,
                transfer.runningProperty(), transfer.progressProperty(), export.busyProperty(), export.progressProperty()));
        progress.visibleProperty().bind(transfer.runningProperty().or(export.busyProperty()).or(transport.renderingProperty()));
        Label shown = new Label();
        shown.textProperty().bind(Bindings.createStringBinding(() -> versions.shownProperty().get() == null ? ""
                : versions.shownProperty().get().name(), versions.shownProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, text, spacer, progress, shown);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 10, 3, 10));
        bar.getStyleClass().add("status-line");
        bar.setId("statusBar");
        return bar;
    }

}
