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
            phraseLine, phraseTint, windowEdge, ghostNote, selectedNote, selectedOutline, rubberBandFill,
            rubberBandStroke, loopRangeFill, playhead, keyWhite, keyBlack, keyHover, keyPressed, keyLabel, keyBorder,
            rulerBackground, rulerText, rulerTick, rulerPhrase, kept, added, removed, legendBackground, legendText;
    private final Color[][] noteColors = new Color[TRACK_HUES.length][VELOCITY_BUCKETS];
    /** Opaque row colours [black key][outside the window][odd phrase], pre-blended so the grid paints each pixel once. */
    private final Color[][][] rowColors = new Color[2][2][2];
    private final Map<Color, Color> borders = new ConcurrentHashMap<>();

    private RollPalette(boolean dark) {
        this.dark = dark;
        if (!dark) {
            background = Color.web("#fbfbfd");
            whiteRow = Color.web("#ffffff");
            blackRow = Color.web("#eef0f5");
            outsideWindow = Color.web("#9aa0ab", 0.30);
            rowSeparator = Color.web("#e3e6ec");
            subdivisionLine = Color.web("#f0f2f6");
            beatLine = Color.web("#dfe3ea");
            barLine = Color.web("#aeb4c2");
            phraseLine = Color.web("#5b6bd6", 0.75);
            phraseTint = Color.web("#5b6bd6", 0.045);
            windowEdge = Color.web("#5b6bd6", 0.55);
            ghostNote = Color.web("#6b7280", 0.28);
            selectedNote = Color.web("#ff8a1f");
            selectedOutline = Color.web("#b35300");
            rubberBandFill = Color.web("#3d7eff", 0.12);
            rubberBandStroke = Color.web("#3d7eff", 0.8);
            loopRangeFill = Color.web("#ffc400", 0.12);
            playhead = Color.web("#e53935");
            keyWhite = Color.web("#ffffff");
            keyBlack = Color.web("#30343c");
            keyHover = Color.web("#9cc2ff");
            keyPressed = Color.web("#3d7eff");
            keyLabel = Color.web("#5f6672");
            keyBorder = Color.web("#c9cdd5");
            rulerBackground = Color.web("#f1f3f7");
            rulerText = Color.web("#3b4150");
            rulerTick = Color.web("#9aa1ae");
            rulerPhrase = Color.web("#5b6bd6", 0.16);
            kept = Color.web("#6c7a8c", 0.85);
            added = Color.web("#1f9d55", 0.95);
            removed = Color.web("#e03e3e", 0.80);
            legendBackground = Color.web("#ffffff", 0.88);
            legendText = Color.web("#2b303a");
        } else {
            background = Color.web("#1c1f26");
            whiteRow = Color.web("#23262e");
            blackRow = Color.web("#1b1d23");
            outsideWindow = Color.web("#000000", 0.38);
            rowSeparator = Color.web("#2c303a");
            subdivisionLine = Color.web("#262a32");
            beatLine = Color.web("#30343e");
            barLine = Color.web("#4a5060");
            phraseLine = Color.web("#8c9bff", 0.75);
            phraseTint = Color.web("#8c9bff", 0.05);
            windowEdge = Color.web("#8c9bff", 0.6);
            ghostNote = Color.web("#c0c6d4", 0.22);
            selectedNote = Color.web("#ff9a3c");
            selectedOutline = Color.web("#ffd2a6");
            rubberBandFill = Color.web("#6d9eff", 0.14);
            rubberBandStroke = Color.web("#6d9eff", 0.85);
            loopRangeFill = Color.web("#ffc400", 0.10);
            playhead = Color.web("#ff5c5c");
            keyWhite = Color.web("#d9dce3");
            keyBlack = Color.web("#15171c");
            keyHover = Color.web("#6d9eff");
            keyPressed = Color.web("#3d7eff");
            keyLabel = Color.web("#4a5060");
            keyBorder = Color.web("#7d8391");
            rulerBackground = Color.web("#262a32");
            rulerText = Color.web("#d5d9e2");
            rulerTick = Color.web("#6b7282");
            rulerPhrase = Color.web("#8c9bff", 0.18);
            kept = Color.web("#8d9bb0", 0.85);
            added = Color.web("#35c46f", 0.95);
            removed = Color.web("#ff5a5a", 0.85);
            legendBackground = Color.web("#1c1f26", 0.88);
            legendText = Color.web("#e2e5ec");
        }
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

    /** True for the black keys of a piano. */
    public static boolean isBlackKey(int pitch) {
        int pc = Math.floorMod(pitch, 12);
        return pc == 1 || pc == 3 || pc == 6 || pc == 8 || pc == 10;
    }
}
