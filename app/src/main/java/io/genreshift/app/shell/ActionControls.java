package io.genreshift.app.shell;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/** Makes menu items and toolbar buttons for {@link ActionId}s, wired to {@link Actions}. */
public final class ActionControls {
    private final Actions actions;

    public ActionControls(Actions actions) {
        this.actions = actions;
    }

    public MenuItem menuItem(ActionId id) {
        MenuItem item;
        if (actions.isToggle(id)) {
            CheckMenuItem check = new CheckMenuItem(id.text());
            check.selectedProperty().bindBidirectional(actions.toggleState(id));
            item = check;
        } else {
            item = new MenuItem(id.text());
            item.setOnAction(e -> actions.fire(id));
        }
        item.setId("menu-" + cssId(id));
        item.setGraphic(icon(id));
        item.setAccelerator(id.accelerator());
        item.disableProperty().bind(actions.disabledProperty(id));
        return item;
    }

    public Menu menu(ActionId.Category category) {
        Menu menu = new Menu(category.title());
        for (ActionId id : ActionId.values()) {
            if (id.category() == category) menu.getItems().add(menuItem(id));
        }
        return menu;
    }

    /**
     * A toolbar button: icon only, tooltip with help and shortcut. Not focus-traversable, so Space and Enter keep
     * their transport meaning instead of pressing the last clicked button.
     */
    public ButtonBase button(ActionId id) {
        ButtonBase b;
        if (actions.isToggle(id)) {
            ToggleButton t = new ToggleButton();
            t.selectedProperty().bindBidirectional(actions.toggleState(id));
            b = t;
        } else {
            Button plain = new Button();
            plain.setOnAction(e -> actions.fire(id));
            b = plain;
        }
        b.setId(cssId(id));
        b.setGraphic(icon(id));
        b.setFocusTraversable(false);
        b.getStyleClass().add("button-icon");
        Tooltip tip = new Tooltip(id.text() + "\n" + id.tooltip());
        tip.setShowDelay(Duration.millis(400));
        b.setTooltip(tip);
        b.setAccessibleText(id.text());
        b.disableProperty().bind(actions.disabledProperty(id));
        return b;
    }

    public static FontIcon icon(ActionId id) {
        return new FontIcon(id.icon());
    }

    /** "EXPORT_MIDI" -> "exportMidi", used as the node id in tests and CSS. */
    public static String cssId(ActionId id) {
        String[] parts = id.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        return sb.toString();
    }
}
