package io.genreshift.app.prefs;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** File ▸ Preferences: theme and soundfont. Applies on OK; the window layout and folders are remembered by themselves. */
public final class PreferencesDialog {
    private PreferencesDialog() {
    }

    public static void show(Window owner, PreferencesModel prefs) {
        AppPreferences current = prefs.get();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Preferences");
        dialog.setHeaderText("Preferences");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("preferencesDialog");

        ChoiceBox<Theme> theme = new ChoiceBox<>();
        theme.getItems().setAll(Theme.values());
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme t) {
                return t == null ? "" : t == Theme.DARK ? "Dark" : "Light";
            }

            @Override
            public Theme fromString(String text) {
                return "Dark".equals(text) ? Theme.DARK : Theme.LIGHT;
            }
        });
        theme.setValue(current.theme());
        theme.setId("themeChoice");

        TextField soundfont = new TextField(current.soundfont() == null ? "" : current.soundfont().toString());
        soundfont.setPromptText("Automatic");
        soundfont.setPrefColumnCount(28);
        soundfont.setId("soundfontPath");
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Choose a SoundFont (SF2) or DLS file");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("SoundFont / DLS", "*.sf2", "*.dls"));
            Path start = current.soundfont() != null ? current.soundfont().getParent() : Path.of("/usr/share/sounds/sf2");
            if (start != null && Files.isDirectory(start)) fc.setInitialDirectory(start.toFile());
            File f = fc.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (f != null) soundfont.setText(f.getAbsolutePath());
        });
        Button automatic = new Button("Automatic");
        automatic.setOnAction(e -> soundfont.clear());
        HBox.setHgrow(soundfont, Priority.ALWAYS);
        HBox sfRow = new HBox(6, soundfont, browse, automatic);
        for (Button b : new Button[] {browse, automatic}) b.setMinWidth(Region.USE_PREF_SIZE);
        Label sfHint = new Label("SF2 or DLS. Automatic: an installed General MIDI soundfont, else Java's built-in sounds."
                + " SF3 (compressed) files do not work with Java's synthesizer.");
        sfHint.setWrapText(true);
        sfHint.getStyleClass().addAll("text-small", "text-muted");

        GridPane grid = new GridPane();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.setPrefWidth(620);
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(8, 12, 8, 12));
        grid.addRow(0, new Label("Theme"), theme);
        grid.addRow(1, new Label("Soundfont"), sfRow);
        grid.add(sfHint, 1, 2);
        dialog.getDialogPane().setContent(grid);

        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            String sf = soundfont.getText().trim();
            prefs.update(p -> p.withTheme(theme.getValue()).withSoundfont(sf.isEmpty() ? null : Path.of(sf)));
        });
    }
}
