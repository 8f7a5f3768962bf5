package io.genreshift.app.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link DialogService} with JavaFX alerts and file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(UserError error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle("GenreShift");
        alert.setHeaderText(error.title());
        VBox body = new VBox(8);
        if (error.file() != null) body.getChildren().add(styled(new Label("File: " + error.file()), "text-muted"));
        Label reason = new Label(error.reason());
        reason.setWrapText(true);
        body.getChildren().add(reason);
        if (error.whatToTry() != null && !error.whatToTry().isBlank()) {
            Label hint = new Label("What to try: " + error.whatToTry());
            hint.setWrapText(true);
            body.getChildren().add(styled(hint, "text-bold"));
        }
        body.setMaxWidth(520);
        body.setId("errorDialogBody");
        alert.getDialogPane().setContent(body);
        alert.showAndWait();
    }

    private static Label styled(Label l, String cls) {
        l.getStyleClass().add(cls);
        l.setWrapText(true);
        return l;
    }

    @Override
    public void showInfo(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle("GenreShift");
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public void notify(String text) {
        Window w = owner.get();
        Notifications n = Notifications.create().text(text).hideAfter(Duration.seconds(4));
        if (w != null) n.owner(w);
        n.showInformation();
    }

    @Override
    public SaveChoice askSaveChanges(String what) {
        ButtonType save = new ButtonType("Save…", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Your edits and transferred versions are lost if you don't save them.", save, discard, cancel);
        alert.initOwner(owner.get());
        alert.setTitle("GenreShift");
        alert.setHeaderText("Save changes to “" + what + "”?");
        alert.getDialogPane().setId("savePrompt");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public boolean confirm(String title, String question, String yesLabel, String noLabel) {
        ButtonType yes = new ButtonType(yesLabel, ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(noLabel, ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        alert.initOwner(owner.get());
        alert.setTitle("GenreShift");
        alert.setHeaderText(title);
        return alert.showAndWait().orElse(no) == yes;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialFolder, FileKind kind) {
        FileChooser fc = chooser(title, initialFolder, kind);
        File f = fc.showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialFolder, String initialName, FileKind kind) {
        FileChooser fc = chooser(title, initialFolder, kind);
        fc.setInitialFileName(initialName);
        File f = fc.showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path initialFolder, FileKind kind) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*"));
        if (initialFolder != null && Files.isDirectory(initialFolder)) fc.setInitialDirectory(initialFolder.toFile());
        return fc;
    }
}
