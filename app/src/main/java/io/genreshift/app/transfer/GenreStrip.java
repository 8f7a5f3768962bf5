package io.genreshift.app.transfer;

import io.genreshift.app.roll.PhraseTiles;
import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PianoRoll;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.util.Duration;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * The lane under the roll: for each 4-bar phrase, two stacked bars of genre probabilities (before and after the
 * transfer), aligned with the roll's time axis, plus the song summary and a colour legend. Drawn on one canvas.
 * While an edited transfer is being judged again, the "after" lane is dimmed and an "Updating…" badge shows.
 */
public final class GenreStrip extends VBox {
    private static final double LANE_HEIGHT = 16;
    private static final double GUTTER = 4;

    private final ObjectProperty<GenreStripModel> model = new SimpleObjectProperty<>(this, "model", GenreStripModel.EMPTY);
    private final BooleanProperty updating = new SimpleBooleanProperty(this, "updating", false);
    private final Canvas canvas = new Canvas();
    private final Label summary = new Label();
    private DoubleUnaryOperator tickToX = t -> t;
    private int ppq = 480;
    private PhraseTiles tiles = PhraseTiles.NONE;
    private double labelWidth = 0;

    public GenreStrip() {
        getStyleClass().add("genre-strip");
        setId("genreStrip");
        Pane canvasHolder = new Pane(canvas);
        canvasHolder.setMinHeight(2 * LANE_HEIGHT + 3 * GUTTER);
        canvasHolder.setPrefHeight(2 * LANE_HEIGHT + 3 * GUTTER);
        canvas.widthProperty().bind(canvasHolder.widthProperty());
        canvas.heightProperty().bind(canvasHolder.heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        summary.getStyleClass().add("text-small");
        summary.setId("genreSummary");
        HBox legend = new HBox(10);
        for (String g : Genres.ALL) {
            Region swatch = new Region();
            swatch.setMinSize(10, 10);
            swatch.setMaxSize(10, 10);
            swatch.setStyle("-fx-background-color: " + web(GenreColours.of(g)) + "; -fx-background-radius: 2;");
            Label l = new Label(Genres.display(g), swatch);
            l.getStyleClass().add("text-small");
            legend.getChildren().add(l);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(12, 12);
        spinner.setMaxSize(12, 12);
        Label updatingBadge = new Label("Updating…", spinner);
        updatingBadge.setId("genreStripUpdating");
        updatingBadge.getStyleClass().addAll("text-small", "text-muted");
        updatingBadge.visibleProperty().bind(updating);
        updatingBadge.managedProperty().bind(updating);
        updating.addListener(o -> redraw());
        HBox header = new HBox(8, summary, updatingBadge, spacer, legend);
        // Only the header is inset: the canvas spans the full width so its x matches the roll's x above it.
        header.setPadding(new Insets(0, 8, 0, 8));
        getChildren().addAll(header, canvasHolder);
        setSpacing(2);
        model.addListener((o, a, b) -> {
            summary.setText(b.summary());
            redraw();
        });
        summary.setText(GenreStripModel.EMPTY.summary());
        Tooltip tip = new Tooltip(HELP);
        tip.setShowDelay(Duration.millis(250));
        Tooltip.install(canvas, tip);
        canvas.setOnMouseMoved(e -> tip.setText(describePhraseAt(e.getX())));
    }

    private static final String HELP = "Genre classifier per 4-bar phrase: top = before, bottom = after the transfer";

    /** Tooltip text for the phrase under {@code x}: its probabilities before and after. */
    private String describePhraseAt(double x) {
        GenreStripModel m = model.get();
        long phraseTicks = (long) Phrase.STEPS * ppq / PianoRoll.STEPS_PER_BEAT;
        for (int i = 0; i < m.phrases(); i++) {
            double x0 = tickToX.applyAsDouble(start(i, phraseTicks));
            double x1 = tickToX.applyAsDouble(end(i, phraseTicks));
            if (x >= x0 && x < x1) {
                return i < tiles.bars().size() ? m.describePhrase(i, tiles.bars().get(i).label()) : m.describePhrase(i);
            }
        }
        return HELP;
    }

    public ObjectProperty<GenreStripModel> modelProperty() {
        return model;
    }

    /** True while the "after" lane shows an older state of an edited transfer. */
    public BooleanProperty updatingProperty() {
        return updating;
    }

    /**
     * Aligns the bars with the roll: {@code tickToX} maps a tick to an x in this strip's coordinates; the left
     * {@code keyboardWidth} pixels are left free because the roll's keyboard sits there.
     */
    public void setTimeAxis(DoubleUnaryOperator tickToX, int ppq, double keyboardWidth) {
        this.tickToX = tickToX;
        this.ppq = ppq;
        this.labelWidth = keyboardWidth;
        redraw();
    }

    /** Where phrase i lies: the transfer puts phrases on the song's bars, so they need not be 64 steps apart. */
    public void setPhraseTiles(PhraseTiles tiles) {
        this.tiles = tiles;
        redraw();
    }

    private double start(int i, long phraseTicks) {
        return i < tiles.phrases().size() ? tiles.phrases().get(i).start() : (double) i * phraseTicks;
    }

    private double end(int i, long phraseTicks) {
        return i < tiles.phrases().size() ? tiles.phrases().get(i).end() : (double) (i + 1) * phraseTicks;
    }

    public void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        GenreStripModel m = model.get();
        g.setFont(Font.font(10));
        g.setTextBaseline(VPos.CENTER);
        g.setFill(Color.gray(0.5));
        if (labelWidth >= 30) {
            g.fillText("before", 4, GUTTER + LANE_HEIGHT / 2);
            g.fillText("after", 4, 2 * GUTTER + 1.5 * LANE_HEIGHT);
        }
        if (m.isEmpty()) return;
        long phraseTicks = (long) Phrase.STEPS * ppq / PianoRoll.STEPS_PER_BEAT;
        drawLane(g, m.before(), GUTTER, phraseTicks, w);
        // A stale verdict stays readable but visibly provisional.
        g.setGlobalAlpha(updating.get() ? 0.4 : 1);
        drawLane(g, m.after(), 2 * GUTTER + LANE_HEIGHT, phraseTicks, w);
        g.setGlobalAlpha(1);
    }

    private void drawLane(GraphicsContext g, List<PhraseGenreScores> scores, double y, long phraseTicks, double width) {
        for (int i = 0; i < scores.size(); i++) {
            double x0 = Math.max(labelWidth, tickToX.applyAsDouble(start(i, phraseTicks)));
            double x1 = Math.min(width, tickToX.applyAsDouble(end(i, phraseTicks))) - 1;
            if (x1 <= x0) continue;
            double yy = y;
            for (String genre : Genres.ALL) {
                double share = scores.get(i).probability(genre) * LANE_HEIGHT;
                g.setFill(GenreColours.of(genre));
                g.fillRect(x0, yy, x1 - x0, share);
                yy += share;
            }
        }
    }

    private static String web(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) (c.getRed() * 255), (int) (c.getGreen() * 255), (int) (c.getBlue() * 255));
    }
}
