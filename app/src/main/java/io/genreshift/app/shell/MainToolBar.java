package io.genreshift.app.shell;

import io.genreshift.app.listen.AbSide;
import io.genreshift.app.listen.PlaybackState;
import io.genreshift.app.listen.TransportViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/**
 * The window's toolbar: file, undo, transport with the A/B switch and the no-audio note, view toggles, and on the
 * right the tempo and time readouts, the theme switch and the {@code ?} sheet. Every button comes from an
 * {@link ActionId}, so its tooltip shows its shortcut.
 */
final class MainToolBar {
    private MainToolBar() {
    }

    static ToolBar build(ActionControls c, Actions actions, TransportViewModel transport) {
        ButtonBase play = c.button(ActionId.PLAY_PAUSE);
        transport.stateProperty().addListener((o, a, b) ->
                ((FontIcon) play.getGraphic()).setIconLiteral(b == PlaybackState.PLAYING ? "mdi2p-pause" : "mdi2p-play"));

        ToggleButton ab = new ToggleButton();
        ab.setId("abToggle");
        ab.getStyleClass().add("ab-toggle");
        ab.setFocusTraversable(false);
        ab.textProperty().bind(Bindings.when(transport.sideProperty().isEqualTo(AbSide.B)).then("B: Transfer").otherwise("A: Original"));
        ab.setGraphic(new FontIcon(ActionId.AB_SWITCH.icon()));
        transport.sideProperty().addListener((o, a, b) -> ab.setSelected(b == AbSide.B));
        ab.setOnAction(e -> {
            actions.fire(ActionId.AB_SWITCH);
            ab.setSelected(transport.sideProperty().get() == AbSide.B);
        });
        ab.disableProperty().bind(actions.disabledProperty(ActionId.AB_SWITCH));
        ab.setTooltip(new Tooltip(ActionId.AB_SWITCH.text() + "\n" + ActionId.AB_SWITCH.tooltip()));

        Label tempo = new Label();
        tempo.setId("tempoDisplay");
        tempo.getStyleClass().add("transport-readout");
        tempo.textProperty().bind(transport.tempoTextBinding());
        Label position = new Label();
        position.setId("positionDisplay");
        position.getStyleClass().add("transport-readout");
        position.textProperty().bind(Bindings.createStringBinding(() -> clock(transport.positionSecondsProperty().get()),
                transport.positionSecondsProperty()));

        Label noAudio = new Label("No audio output", new FontIcon("mdi2v-volume-off"));
        noAudio.setId("noAudioNote");
        noAudio.getStyleClass().add("text-muted");
        noAudio.visibleProperty().bind(transport.playableProperty().not());
        noAudio.managedProperty().bind(noAudio.visibleProperty());
        Tooltip why = new Tooltip();
        why.textProperty().bind(transport.unavailableReasonProperty());
        noAudio.setTooltip(why);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                c.button(ActionId.OPEN), c.button(ActionId.EXPORT_MIDI), new Separator(Orientation.VERTICAL),
                c.button(ActionId.UNDO), c.button(ActionId.REDO), new Separator(Orientation.VERTICAL),
                c.button(ActionId.REWIND), play, c.button(ActionId.STOP), c.button(ActionId.LOOP), c.button(ActionId.CATCH_PLAYHEAD), ab,
                noAudio, new Separator(Orientation.VERTICAL),
                c.button(ActionId.GHOST_NOTES), c.button(ActionId.SALIENCY), c.button(ActionId.ZOOM_FIT),
                spacer, tempo, position, c.button(ActionId.TOGGLE_THEME), c.button(ActionId.SHORTCUTS));
        bar.setId("mainToolBar");
        return bar;
    }

    /** "1:05.3": minutes and seconds with a tenth. */
    static String clock(double seconds) {
        int m = (int) (seconds / 60);
        double s = seconds - 60 * m;
        return String.format(Locale.ROOT, "%d:%04.1f", m, s);
    }

}
