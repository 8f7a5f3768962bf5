package io.genreshift.app.shell;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import java.util.List;

/** The {@code ?} cheat-sheet: every shortcut of the window, grouped by menu, plus the piano roll's own keys. */
public final class ShortcutSheet {

    /** A key the piano roll handles itself (drawn from its own key map, shown here for completeness). */
    public record Entry(String keys, String what) {
    }

    /** Keys handled inside the piano roll (issue 4's editing list). */
    public static final List<Entry> ROLL_KEYS = List.of(
            new Entry("Click, Shift+click, drag", "Select, add to selection, rubber band"),
            new Entry("Drag a note / its edge", "Move / resize (snaps to the grid; Alt: no snap)"),
            new Entry("← / →", "Nudge the selection by one grid step"),
            new Entry("Esc", "Clear the selection"),
            new Entry("Ctrl+wheel", "Zoom time around the cursor"),
            new Entry("Shift+wheel", "Scroll in time"),
            new Entry("Space+drag", "Pan"),
            new Entry("Drag on the ruler", "Choose the loop range"),
            new Entry("Click a key", "Audition the note"));

    /** The sheet on screen, so a second "?" brings it forward instead of opening another. FX thread only. */
    private static Dialog<Void> showing;

    private ShortcutSheet() {
    }

    public static void show(Window owner) {
        if (showing != null && showing.isShowing()) {
            showing.getDialogPane().getScene().getWindow().requestFocus();
            return;
        }
        Dialog<Void> dialog = new Dialog<>();
        showing = dialog;
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard Shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        ScrollPane scroll = new ScrollPane(grid());
        scroll.setFitToWidth(true);
        scroll.setPrefSize(620, 560);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setId("shortcutSheet");
        dialog.setResizable(true);
        dialog.show();
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        ColumnConstraints keys = new ColumnConstraints(150);
        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, text);
        int row = 0;
        for (ActionId.Category c : ActionId.Category.values()) {
            row = heading(grid, row, c.title());
            for (ActionId id : ActionId.values()) {
                if (id.category() != c || id.shortcutText().isEmpty()) continue;
                row = line(grid, row, id.shortcutText(), id.text() + " — " + id.help());
            }
        }
        row = heading(grid, row, "Piano roll");
        for (Entry e : ROLL_KEYS) row = line(grid, row, e.keys(), e.what());
        return grid;
    }

    private static int heading(GridPane grid, int row, String title) {
        Label l = new Label(title);
        l.getStyleClass().addAll("title-4");
        l.setPadding(new Insets(row == 0 ? 0 : 10, 0, 2, 0));
        grid.add(l, 0, row, 2, 1);
        return row + 1;
    }

    private static int line(GridPane grid, int row, String keys, String what) {
        Label k = new Label(keys);
        k.getStyleClass().add("shortcut-key");
        Label w = new Label(what);
        w.setWrapText(true);
        grid.add(k, 0, row);
        grid.add(w, 1, row);
        return row + 1;
    }
}
