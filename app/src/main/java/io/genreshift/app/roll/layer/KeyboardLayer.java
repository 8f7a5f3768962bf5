package io.genreshift.app.roll.layer;

import io.genreshift.app.roll.Viewport;
import io.genreshift.core.model.Midi;
import io.genreshift.core.roll.PianoRoll;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The piano keyboard left of the roll, one row per pitch aligned with the roll's rows: black keys shorter, C keys
 * labelled with their octave (C4 = middle C), the hovered and the sounding key highlighted, pitches outside the
 * model's window greyed. Painted on its own canvas of width {@link #WIDTH}.
 */
public final class KeyboardLayer implements RollLayer {
    public static final double WIDTH = 56;
    private static final double BLACK_KEY_WIDTH = 34;
    private static final Font LABEL_FONT = Font.font(9);

    @Override
    public void paint(GraphicsContext g, RollFrame f) {
        Viewport v = f.viewport();
        RollPalette p = f.palette();
        g.setFill(p.background);
        g.fillRect(0, 0, WIDTH, v.height());
        double h = v.rowHeight();
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int pitch = v.topVisiblePitch(); pitch >= v.bottomVisiblePitch(); pitch--) {
            double y = v.y(pitch);
            boolean black = RollPalette.isBlackKey(pitch);
            g.setFill(p.keyWhite);
            g.fillRect(0, y, WIDTH, h);
            if (black) {
                g.setFill(p.keyBlack);
                g.fillRect(0, y, BLACK_KEY_WIDTH, h);
            }
            if (pitch == f.pressedPitch() || pitch == f.hoverPitch()) {
                g.setFill(pitch == f.pressedPitch() ? p.keyPressed : p.keyHover);
                g.fillRect(0, y, black ? BLACK_KEY_WIDTH : WIDTH, h);
            }
            int pc = Math.floorMod(pitch, 12);
            if (pc == 0 || pc == 5) { // B|C and E|F: the borders between adjacent white keys
                g.setFill(p.keyBorder);
                g.fillRect(0, Math.floor(y + h) - 1, WIDTH, 1);
            }
            if (pc == 0 && h >= 7) {
                g.setFill(p.keyLabel);
                g.fillText(Midi.pitchName(pitch), WIDTH - 4, y + h / 2);
            }
            if (!PianoRoll.inWindow(pitch)) {
                g.setFill(p.outsideWindow);
                g.fillRect(0, y, WIDTH, h);
            }
        }
        g.setFill(p.keyBorder);
        g.fillRect(WIDTH - 1, 0, 1, v.height());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }
}
