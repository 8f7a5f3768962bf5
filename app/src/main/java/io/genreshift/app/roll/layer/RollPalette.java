package io.genreshift.app.roll.layer;

import javafx.scene.paint.Color;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The roll's colours for one theme. Note colours are precomputed per track hue and velocity bucket so that drawing
 * thousands of notes allocates nothing.
 */
public final class RollPalette {
    /** Hues for colour-by-track; track i uses {@code TRACK_HUES[i % 8]}. */
    private static final double[] TRACK_HUES = {212, 28, 140, 280, 350, 180, 52, 250};
    private static final int VELOCITY_BUCKETS = 16;
    // Declared after the tables above: static fields initialise in order.
    public static final RollPalette LIGHT = new RollPalette(false);
    public static final RollPalette DARK = new RollPalette(true);

    public final boolean dark;
    public final Color background, whiteRow, blackRow, outsideWindow, rowSeparator, subdivisionLine, beatLine, barLine,
            phraseLine, phraseTint, untouchedMeter, windowEdge, ghostNote, selectedNote, selectedOutline, rubberBandFill,
            rubberBandStroke, loopRangeFill, playhead, keyWhite, keyBlack, keyHover, keyPressed, keyLabel, keyBorder,
            rulerBackground, rulerText, rulerTick, rulerPhrase, kept, added, removed, legendBackground, legendText;
    private final Color[][] noteColors = new Color[TRACK_HUES.length][VELOCITY_BUCKETS];
    /** Opaque row colours [black key][outside the window][odd phrase], pre-blended so the grid paints each pixel once. */
    private final Color[][][] rowColors = new Color[2][2][2];
    private final Map<Color, Color> borders = new ConcurrentHashMap<>();

    private RollPalette(boolean dark) {
        this.dark = dark;
        // One line per role, light value first, then dark: a role cannot be forgotten in one theme.
        Theme theme = new Theme(dark);
        background = theme.web("#fbfbfd", "#1c1f26");
        whiteRow = theme.web("#ffffff", "#23262e");
        blackRow = theme.web("#eef0f5", "#1b1d23");
        outsideWindow = theme.web("#9aa0ab", 0.30, "#000000", 0.38);
        rowSeparator = theme.web("#e3e6ec", "#2c303a");
        subdivisionLine = theme.web("#f0f2f6", "#262a32");
        beatLine = theme.web("#dfe3ea", "#30343e");
        barLine = theme.web("#aeb4c2", "#4a5060");
        phraseLine = theme.web("#5b6bd6", 0.75, "#8c9bff", 0.75);
        phraseTint = theme.web("#5b6bd6", 0.045, "#8c9bff", 0.05);
        untouchedMeter = theme.web("#8a6d3b", 0.10, "#d9b36c", 0.08);
        windowEdge = theme.web("#5b6bd6", 0.55, "#8c9bff", 0.6);
        ghostNote = theme.web("#6b7280", 0.28, "#c0c6d4", 0.22);
        selectedNote = theme.web("#ff8a1f", "#ff9a3c");
        selectedOutline = theme.web("#b35300", "#ffd2a6");
        rubberBandFill = theme.web("#3d7eff", 0.12, "#6d9eff", 0.14);
        rubberBandStroke = theme.web("#3d7eff", 0.8, "#6d9eff", 0.85);
        loopRangeFill = theme.web("#ffc400", 0.12, "#ffc400", 0.10);
        playhead = theme.web("#e53935", "#ff5c5c");
        keyWhite = theme.web("#ffffff", "#d9dce3");
        keyBlack = theme.web("#30343c", "#15171c");
        keyHover = theme.web("#9cc2ff", "#6d9eff");
        keyPressed = theme.web("#3d7eff", "#3d7eff");
        keyLabel = theme.web("#5f6672", "#4a5060");
        keyBorder = theme.web("#c9cdd5", "#7d8391");
        rulerBackground = theme.web("#f1f3f7", "#262a32");
        rulerText = theme.web("#3b4150", "#d5d9e2");
        rulerTick = theme.web("#9aa1ae", "#6b7282");
        rulerPhrase = theme.web("#5b6bd6", 0.16, "#8c9bff", 0.18);
        kept = theme.web("#6c7a8c", 0.85, "#8d9bb0", 0.85);
        added = theme.web("#1f9d55", 0.95, "#35c46f", 0.95);
        removed = theme.web("#e03e3e", 0.80, "#ff5a5a", 0.85);
        legendBackground = theme.web("#ffffff", 0.88, "#1c1f26", 0.88);
        legendText = theme.web("#2b303a", "#e2e5ec");
        for (int b = 0; b < 2; b++) {
            for (int o = 0; o < 2; o++) {
                for (int t = 0; t < 2; t++) {
                    Color c = b == 1 ? blackRow : whiteRow;
                    if (t == 1) c = over(c, phraseTint);
                    if (o == 1) c = over(c, outsideWindow);
                    rowColors[b][o][t] = c;
                }
            }
        }
        for (int t = 0; t < TRACK_HUES.length; t++) {
            for (int b = 0; b < VELOCITY_BUCKETS; b++) {
                double v = (b + 0.5) / VELOCITY_BUCKETS;
                // Louder = more saturated and deeper, so velocity reads as intensity.
                noteColors[t][b] = dark
                        ? Color.hsb(TRACK_HUES[t], 0.30 + 0.55 * v, 0.55 + 0.40 * v)
                        : Color.hsb(TRACK_HUES[t], 0.22 + 0.68 * v, 0.98 - 0.30 * v);
            }
        }
    }

    /** Fill of a note of {@code velocity} (1..127) in the colour of track {@code track} (or of track 0). */
    public Color note(int velocity, int track) {
        int bucket = Math.min(VELOCITY_BUCKETS - 1, Math.max(0, velocity * VELOCITY_BUCKETS / 128));
        return noteColors[Math.floorMod(track, TRACK_HUES.length)][bucket];
    }

    /** The border of a note filled with {@code fill}: the same hue, darker (lighter on the dark theme). */
    public Color noteBorder(Color fill) {
        return borders.computeIfAbsent(fill, c -> dark ? c.deriveColor(0, 1, 0.55, 1) : c.deriveColor(0, 1.1, 0.62, 1));
    }

    /** Background of a pitch row: black-key shading, greyed outside the model's window, tinted in odd phrases. */
    public Color row(boolean blackKey, boolean outsideWindow, boolean oddPhrase) {
        return rowColors[blackKey ? 1 : 0][outsideWindow ? 1 : 0][oddPhrase ? 1 : 0];
    }

    /** {@code top} composited over the opaque {@code base}. */
    static Color over(Color base, Color top) {
        double a = top.getOpacity();
        return Color.color(base.getRed() * (1 - a) + top.getRed() * a, base.getGreen() * (1 - a) + top.getGreen() * a,
                base.getBlue() * (1 - a) + top.getBlue() * a);
    }

    /** Picks a role's colour for one theme from its light and dark values. */
    private record Theme(boolean dark) {
        Color web(String light, String dark) {
            return Color.web(this.dark ? dark : light);
        }

        Color web(String light, double lightOpacity, String dark, double darkOpacity) {
            return this.dark ? Color.web(dark, darkOpacity) : Color.web(light, lightOpacity);
        }
    }

    /** True for the black keys of a piano. */
    public static boolean isBlackKey(int pitch) {
        int pc = Math.floorMod(pitch, 12);
        return pc == 1 || pc == 3 || pc == 6 || pc == 8 || pc == 10;
    }
}
