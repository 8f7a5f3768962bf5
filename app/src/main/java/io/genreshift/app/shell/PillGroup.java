package io.genreshift.app.shell;

import atlantafx.base.theme.Styles;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

import java.util.List;

/**
 * A row of toggle buttons styled as one segmented control (AtlantaFX pills) with exactly one selected: clicking the
 * selected button again keeps it selected.
 */
public final class PillGroup extends HBox {
    private final ToggleGroup group = new ToggleGroup();

    public PillGroup(List<ToggleButton> buttons) {
        for (int i = 0; i < buttons.size(); i++) {
            ToggleButton b = buttons.get(i);
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.getStyleClass().add(buttons.size() == 1 ? Styles.CENTER_PILL
                    : i == 0 ? Styles.LEFT_PILL : i == buttons.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null && a != null) group.selectToggle(a);
        });
    }

    public ToggleGroup group() {
        return group;
    }

    /** Selects the button whose user data equals {@code data}, if any. */
    public void selectData(Object data) {
        group.getToggles().stream().filter(t -> data != null && data.equals(t.getUserData())).findFirst().ifPresent(group::selectToggle);
    }
}
