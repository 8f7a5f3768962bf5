package io.genreshift.app.shell;

import io.genreshift.app.listen.AbSide;
import io.genreshift.app.listen.NoteAudition;
import io.genreshift.app.listen.TransportViewModel;
import io.genreshift.app.prefs.AppPreferences;
import io.genreshift.app.prefs.PreferencesDialog;
import io.genreshift.app.prefs.PreferencesModel;
import io.genreshift.app.prefs.Theme;
import io.genreshift.app.prefs.ThemeManager;
import io.genreshift.app.prefs.WindowLayout;
import io.genreshift.app.roll.PianoRollView;
import io.genreshift.app.roll.PianoRollViewModel;
import io.genreshift.app.roll.Tool;
import io.genreshift.app.roll.layer.RollPalette;
import io.genreshift.app.edit.ActiveUndoStack;
import io.genreshift.app.transfer.GenreStrip;
import io.genreshift.app.transfer.GenreStripViewModel;
import io.genreshift.app.transfer.SaliencyPanel;
import io.genreshift.app.transfer.SaliencyViewModel;
import io.genreshift.app.transfer.SongVersion;
import io.genreshift.app.transfer.TransferPanel;
import io.genreshift.app.transfer.TransferViewModel;
import io.genreshift.app.transfer.VersionsPanel;
import io.genreshift.app.transfer.VersionsViewModel;
import io.genreshift.app.transfer.ViewMode;
import io.genreshift.core.model.Song;
import io.genreshift.app.study.ListeningStudyWindow;
import io.genreshift.app.study.PcmClipPlayer;
import io.genreshift.core.study.StudyFiles;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

import java.awt.image.RenderedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The main window: menu bar, toolbar, piano roll with the 4/4 banner and genre strip, the side panel (transfer,
 * versions, saliency) and a status bar. Builds the view models from {@link AppServices} and wires every
 * {@link ActionId}; owns nothing else.
 */
public final class MainWindow {
    /** Autosave interval: short enough that a crash costs little, long enough not to matter on a slow disk. */
    static final Duration AUTOSAVE_EVERY = Duration.seconds(30);
    /**
     * Pause after the last edit before the genre strip and the saliency overlay ask the classifier again (a drag edits
     * many times a second).
     */
    static final Duration DERIVED_VIEW_QUIET = Duration.millis(300);

    private final Stage stage;
    private final AppServices services;
    private final DialogService dialogs;
    private final Actions actions = new Actions();
    private final VersionsViewModel versions = new VersionsViewModel();
    private final DocumentViewModel document;
    private final TransferViewModel transfer;
    private final SaliencyViewModel saliency;
    private final TransportViewModel transport;
    private final ExportViewModel export;
    private final PianoRollView roll = new PianoRollView();
    private final GenreStrip strip = new GenreStrip();
    private final GenreStripViewModel stripModel;
    private final RollBinding rollBinding;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final BooleanProperty colourByTrack = new SimpleBooleanProperty(this, "colourByTrack");
    private final Menu recentMenu = new Menu("Open Recent");
    private final SplitPane split = new SplitPane();
    private final Timeline autosaveTimer;
    private final AnimationTimer playheadTimer;
    private final NoteAudition audition;

    public MainWindow(Stage stage, AppServices services) {
        this.stage = stage;
        this.services = services;
        this.dialogs = services.dialogs().apply(stage);
        document = new DocumentViewModel(services.files(), dialogs, versions, services.prefs(), services.autosave(), services.ioExecutor());
        transfer = new TransferViewModel(services.transfer(), versions, dialogs, services.mlExecutor());
        saliency = new SaliencyViewModel(services.transfer(), versions, () -> transfer.sourceBinding().get(), services.mlExecutor(),
                new FxDebouncer(DERIVED_VIEW_QUIET));
        transport = new TransportViewModel(services.audio(), dialogs, services.ioExecutor());
        export = new ExportViewModel(services.files(), services.audio(), dialogs, versions, services.prefs(), services.ioExecutor());
        rollBinding = new RollBinding(roll, versions, saliency, transport, strip);
        document.undoLabelsFrom(rollBinding::undoLabels);
        stripModel = new GenreStripViewModel(services.transfer(), versions, services.mlExecutor(), new FxDebouncer(DERIVED_VIEW_QUIET));
        strip.modelProperty().bind(stripModel.modelProperty());
        strip.updatingProperty().bind(stripModel.updatingProperty());
        stripModel.problemProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) dialogs.notify(b);
        });
        audition = new NoteAudition(transport.playableProperty().get());
        roll.setAuditionHandler(audition);

        document.onSave(export::exportMidi);
        document.onOpened(song -> {
            transfer.detect(song);
            // After the next layout pass, so the fit uses the roll's real width.
            Platform.runLater(roll::zoomToFit);
        });
        transfer.sourceBinding().addListener((o, a, b) -> saliency.refresh());
        // The eye follows the ear: A/B shows the version being heard (the diff view stays as it is).
        transport.sideProperty().addListener((o, a, b) -> {
            if (versions.viewModeProperty().get() != ViewMode.DIFF) {
                versions.viewModeProperty().set(b == AbSide.B ? ViewMode.TRANSFERRED : ViewMode.ORIGINAL);
            }
        });
        versions.shownProperty().addListener((o, a, b) -> transport.setVersions(
                versions.isEmpty() ? null : versions.original().song(), versions.selectedTransfer().map(SongVersion::song).orElse(null)));

        registerActions();
        Scene scene = new Scene(layout(), 1280, 800);
        scene.getStylesheets().add(ThemeManager.APP_CSS);
        // Ctrl+Y is the second redo key on Windows-style keyboards.
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Y"), () -> actions.fire(ActionId.REDO));
        scene.getAccelerators().put(KeyCombination.valueOf("F1"), () -> actions.fire(ActionId.SHORTCUTS));
        installDragAndDrop(scene);
        // Character shortcuts ("?") also arrive as typed text: key codes for "?" differ between keyboard layouts.
        scene.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            for (ActionId id : ActionId.values()) {
                if (id.isCharacterShortcut() && id.character().equals(e.getCharacter()) && actions.fire(id)) e.consume();
            }
        });
        stage.setScene(scene);
        stage.titleProperty().bind(document.titleProperty());
        stage.setOnCloseRequest(this::closeRequested);

        AppPreferences prefs = services.prefs().get();
        darkTheme.set(prefs.theme() == Theme.DARK);
        colourByTrack.set(prefs.colourByTrack());
        darkTheme.addListener((o, a, b) -> applyTheme(b));
        colourByTrack.addListener((o, a, b) -> services.prefs().update(p -> p.withColourByTrack(b)));
        roll.colorByTrackProperty().bind(colourByTrack);
        applyTheme(darkTheme.get());
        restoreLayout(prefs.window());
        services.prefs().preferencesProperty().addListener((o, a, b) -> {
            rebuildRecentMenu();
            darkTheme.set(b.theme() == Theme.DARK);
            if (a == null || !Objects.equals(a.soundfont(), b.soundfont())) services.audio().setSoundfont(b.soundfont());
        });
        services.audio().setSoundfont(prefs.soundfont());
        rebuildRecentMenu();

        autosaveTimer = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> document.autosaveNow()));
        autosaveTimer.setCycleCount(Timeline.INDEFINITE);
        autosaveTimer.play();
        playheadTimer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                transport.poll();
            }
        };
        playheadTimer.start();
    }

    // ---- actions ------------------------------------------------------------------------------------------------

    private void registerActions() {
        var noSong = Bindings.createBooleanBinding(versions::isEmpty, versions.versions());
        actions.on(ActionId.OPEN, document::openWithDialog)
                .on(ActionId.OPEN_DEMO, this::openDemo)
                .on(ActionId.EXPORT_MIDI, export::exportShownMidi)
                .on(ActionId.EXPORT_WAV, export::exportShownWav)
                .on(ActionId.EXPORT_PNG, () -> export.exportPng(this::wholeSongImage))
                .on(ActionId.PREFERENCES, () -> PreferencesDialog.show(stage, services.prefs()))
                .on(ActionId.QUIT, this::quit)
                .on(ActionId.UNDO, () -> roll.viewModel().history().undo())
                .on(ActionId.REDO, () -> roll.viewModel().history().redo())
                .on(ActionId.SELECT_ALL, roll::selectAll)
                .on(ActionId.DELETE_NOTES, roll::deleteSelection)
                .on(ActionId.DUPLICATE, roll::duplicateSelection)
                .on(ActionId.TRANSPOSE_UP, () -> roll.transposeSelection(1))
                .on(ActionId.TRANSPOSE_DOWN, () -> roll.transposeSelection(-1))
                .on(ActionId.OCTAVE_UP, () -> roll.transposeSelection(12))
                .on(ActionId.OCTAVE_DOWN, () -> roll.transposeSelection(-12))
                .on(ActionId.QUANTIZE, roll::quantize)
                .on(ActionId.SET_VELOCITY, this::askVelocity)
                .on(ActionId.TOOL_PENCIL, () -> roll.toolProperty().set(Tool.DRAW))
                .on(ActionId.TOOL_SELECT, () -> roll.toolProperty().set(Tool.SELECT))
                .on(ActionId.VIEW_ORIGINAL, () -> versions.viewModeProperty().set(ViewMode.ORIGINAL))
                .on(ActionId.VIEW_TRANSFERRED, () -> versions.viewModeProperty().set(ViewMode.TRANSFERRED))
                .on(ActionId.VIEW_DIFF, () -> versions.viewModeProperty().set(ViewMode.DIFF))
                .toggle(ActionId.GHOST_NOTES, rollBinding.ghostNotesProperty())
                .toggle(ActionId.SALIENCY, saliency.enabledProperty())
                .toggle(ActionId.COLOUR_BY_TRACK, colourByTrack)
                .on(ActionId.ZOOM_IN, roll::zoomIn)
                .on(ActionId.ZOOM_OUT, roll::zoomOut)
                .on(ActionId.ZOOM_FIT, roll::zoomToFit)
                .toggle(ActionId.TOGGLE_THEME, darkTheme)
                .on(ActionId.TRANSFER, transfer::transfer)
                .on(ActionId.CANCEL_TASK, () -> {
                    transfer.cancel();
                    export.cancel();
                })
                .on(ActionId.PREVIOUS_VERSION, () -> versions.step(-1))
                .on(ActionId.NEXT_VERSION, () -> versions.step(1))
                .on(ActionId.PLAY_PAUSE, transport::playPause)
                .on(ActionId.STOP, transport::stop)
                .on(ActionId.REWIND, transport::rewind)
                .on(ActionId.AB_SWITCH, transport::toggleAb)
                .toggle(ActionId.LOOP, transport.loopingProperty())
                .on(ActionId.CATCH_PLAYHEAD, roll::catchPlayhead)
                .on(ActionId.LISTENING_STUDY, this::openListeningStudy)
                .on(ActionId.SHORTCUTS, () -> ShortcutSheet.show(stage))
                .on(ActionId.ABOUT, () -> dialogs.showInfo("GenreShift",
                        "Symbolic music genre transfer with CycleGANs (Brunner et al. 2018/2019).\n"
                                + "Open a MIDI song, transfer it to jazz, classic or pop, compare A/B and export."));
        actions.disableWhen(ActionId.OPEN_DEMO, Bindings.createBooleanBinding(() -> services.demoSong() == null));
        // The roll's edits are a no-op in the read-only diff view, and so are these.
        var notEditable = noSong.or(versions.viewModeProperty().isEqualTo(ViewMode.DIFF));
        for (ActionId id : List.of(ActionId.SELECT_ALL, ActionId.DELETE_NOTES, ActionId.DUPLICATE, ActionId.TRANSPOSE_UP,
                ActionId.TRANSPOSE_DOWN, ActionId.OCTAVE_UP, ActionId.OCTAVE_DOWN, ActionId.QUANTIZE, ActionId.SET_VELOCITY)) {
            actions.disableWhen(id, notEditable);
        }
        for (ActionId id : List.of(ActionId.EXPORT_MIDI, ActionId.EXPORT_WAV, ActionId.EXPORT_PNG, ActionId.ZOOM_IN,
                ActionId.ZOOM_OUT, ActionId.ZOOM_FIT, ActionId.PREVIOUS_VERSION, ActionId.NEXT_VERSION)) {
            actions.disableWhen(id, noSong);
        }
        actions.disableWhen(ActionId.EXPORT_WAV, noSong.or(export.busyProperty()));
        // The history of the version on screen: each version keeps its own.
        ActiveUndoStack history = roll.viewModel().history();
        actions.disableWhen(ActionId.UNDO, history.canUndoProperty().not());
        actions.disableWhen(ActionId.REDO, history.canRedoProperty().not());
        actions.disableWhen(ActionId.VIEW_TRANSFERRED, versions.hasTransferBinding().not());
        actions.disableWhen(ActionId.VIEW_DIFF, versions.hasTransferBinding().not());
        actions.disableWhen(ActionId.TRANSFER, transfer.canTransferBinding().not());
        actions.disableWhen(ActionId.CANCEL_TASK, transfer.runningProperty().not().and(export.busyProperty().not()));
        var noPlayback = transport.playableProperty().not().or(noSong);
        for (ActionId id : List.of(ActionId.PLAY_PAUSE, ActionId.STOP, ActionId.REWIND, ActionId.LOOP)) {
            actions.disableWhen(id, noPlayback);
        }
        actions.disableWhen(ActionId.AB_SWITCH, noPlayback.or(transport.hasBProperty().not()));
    }

    // ---- layout -------------------------------------------------------------------------------------------------

    private BorderPane layout() {
        ActionControls controls = new ActionControls(actions);
        VBox top = new VBox(menuBar(controls), MainToolBar.build(controls, actions, transport));

        Label meterNote = new Label();
        meterNote.setId("meterWarning");
        meterNote.setWrapText(true);
        meterNote.setGraphic(new FontIcon("mdi2a-alert-outline"));
        meterNote.textProperty().bind(document.meterWarningProperty());
        HBox banner = new HBox(meterNote);
        banner.getStyleClass().add("meter-banner");
        banner.visibleProperty().bind(document.meterWarningProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());

        Label empty = new Label("Open a MIDI file (Ctrl+O) or drop one here", new FontIcon("mdi2f-file-music-outline"));
        empty.setId("emptyHint");
        empty.getStyleClass().addAll("title-3", "text-muted", "empty-hint");
        empty.setMouseTransparent(true);
        empty.visibleProperty().bind(Bindings.isEmpty(versions.versions()));
        StackPane rollArea = new StackPane(roll, empty);
        VBox.setVgrow(rollArea, Priority.ALWAYS);
        VBox centre = new VBox(banner, rollArea, strip);

        VBox side = new VBox(new TransferPanel(transfer), new VersionsPanel(versions), new SaliencyPanel(saliency));
        side.setFillWidth(true);
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.getStyleClass().addAll("side-panel", "edge-to-edge");
        sideScroll.setMinWidth(280);
        sideScroll.setPrefWidth(330);
        split.getItems().addAll(centre, sideScroll);
        SplitPane.setResizableWithParent(sideScroll, false);

        BorderPane root = new BorderPane(split);
        root.setTop(top);
        root.setBottom(StatusLine.build(transfer, export, saliency, transport, versions));
        root.setId("mainWindow");
        return root;
    }

    private MenuBar menuBar(ActionControls controls) {
        MenuBar bar = new MenuBar();
        for (ActionId.Category c : ActionId.Category.values()) {
            Menu menu = controls.menu(c);
            if (c == ActionId.Category.FILE) {
                menu.getItems().add(1, recentMenu);
                menu.getItems().add(4, new SeparatorMenuItem());
                menu.getItems().add(menu.getItems().size() - 2, new SeparatorMenuItem());
            }
            if (c == ActionId.Category.EDIT) {
                MenuItem undo = menu.getItems().get(0);
                MenuItem redo = menu.getItems().get(1);
                ActiveUndoStack history = roll.viewModel().history();
                undo.textProperty().bind(Bindings.createStringBinding(() -> named("Undo", history.undoNameProperty().get()),
                        history.undoNameProperty()));
                redo.textProperty().bind(Bindings.createStringBinding(() -> named("Redo", history.redoNameProperty().get()),
                        history.redoNameProperty()));
            }
            bar.getMenus().add(menu);
        }
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static String named(String verb, String step) {
        return step == null || step.isEmpty() ? verb : verb + " " + step;
    }

    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        for (Path p : document.recentFiles()) {
            MenuItem item = new MenuItem(String.valueOf(p.getFileName()));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> document.open(p));
            Tooltip.install(item.getGraphic() == null ? new Label() : item.getGraphic(), new Tooltip(p.toString()));
            recentMenu.getItems().add(item);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem("Clear List");
            clear.setOnAction(e -> document.clearRecentFiles());
            recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }

    // ---- window behaviour ---------------------------------------------------------------------------------------

    private void installDragAndDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            e.setDropCompleted(!files.isEmpty());
            e.consume();
            // Dialogs must not run inside the drop handler: the drag source would wait for them.
            List<Path> paths = files.stream().map(File::toPath).toList();
            Platform.runLater(() -> document.openDropped(paths));
        });
    }

    private void applyTheme(boolean dark) {
        ThemeManager.apply(dark ? Theme.DARK : Theme.LIGHT);
        roll.paletteProperty().set(dark ? RollPalette.DARK : RollPalette.LIGHT);
        services.prefs().update(p -> p.withTheme(dark ? Theme.DARK : Theme.LIGHT));
    }

    private void restoreLayout(WindowLayout w) {
        stage.setWidth(w.width());
        stage.setHeight(w.height());
        // A position on a monitor that is no longer connected would put the window out of sight.
        if (w.hasPosition() && !Screen.getScreensForRectangle(w.x(), w.y(), w.width(), w.height()).isEmpty()) {
            stage.setX(w.x());
            stage.setY(w.y());
        }
        stage.setMaximized(w.maximized());
        split.setDividerPositions(w.dividerPosition());
    }

    private WindowLayout currentLayout() {
        double divider = split.getDividers().isEmpty() ? WindowLayout.DEFAULT.dividerPosition() : split.getDividerPositions()[0];
        return new WindowLayout(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(), divider);
    }

    private void closeRequested(WindowEvent e) {
        if (!confirmClose()) e.consume();
    }

    /** The close prompt; true (and resources released) when the window may close. */
    public boolean confirmClose() {
        if (!document.confirmClose()) return false;
        services.prefs().update(p -> p.withWindow(currentLayout()));
        autosaveTimer.stop();
        playheadTimer.stop();
        transport.dispose();
        audition.close();
        return true;
    }

    private void quit() {
        if (confirmClose()) {
            stage.setOnCloseRequest(null);
            stage.close();
        }
    }

    /**
     * The whole song as drawn now (notes or diff, ghost notes, saliency), at 16 px per beat so notes stay readable,
     * within 1,200..12,000 px wide.
     */
    RenderedImage wholeSongImage() {
        Song song = roll.songProperty().get();
        double beats = song == null ? 16 : (double) song.lengthTicks() / song.ppq();
        double width = Math.max(1200, Math.min(12_000, beats * 16));
        return SwingFXUtils.fromFXImage(roll.renderSongImage(width, 720), null);
    }

    /** Edit ▸ Set Velocity…: one velocity (1..127) for the selected notes. */
    private void askVelocity() {
        TextInputDialog ask = new TextInputDialog(String.valueOf(PianoRollViewModel.DEFAULT_VELOCITY));
        ask.initOwner(stage);
        ask.setTitle("Set Velocity");
        ask.setHeaderText("Velocity for the selected notes (1–127)");
        ask.showAndWait().ifPresent(text -> {
            try {
                roll.setSelectedVelocity(Math.max(1, Math.min(127, Integer.parseInt(text.trim()))));
            } catch (NumberFormatException e) {
                dialogs.notify("“" + text + "” is not a number: the velocities are unchanged.");
            }
        });
    }

    /** Asks for a study's study.json and opens the study window; the editor's playback stops so the clips are heard alone. */
    private void openListeningStudy() {
        dialogs.chooseFileToOpen("Open a Listening Study", null, ListeningStudyWindow.STUDY_FILE).ifPresent(file -> {
            transport.stop();
            ListeningStudyWindow.open(stage, new StudyFiles(file.toAbsolutePath().getParent()), PcmClipPlayer::new, dialogs);
        });
    }

    private void openDemo() {
        if (services.demoSong() != null) document.open(services.demoSong());
    }

    /** Opens {@code file}, or the demo song when null; then offers to restore an autosave from a crashed run. */
    public void start(Path file) {
        stage.show();
        transfer.reportModelProblems();
        if (!document.offerRestore()) {
            Path first = file != null ? file : services.demoSong();
            if (first != null) document.openUnchecked(first);
        }
    }

    // ---- for tests ----------------------------------------------------------------------------------------------

    public DocumentViewModel document() {
        return document;
    }

    public VersionsViewModel versions() {
        return versions;
    }

    public TransferViewModel transfer() {
        return transfer;
    }

    public SaliencyViewModel saliency() {
        return saliency;
    }

    public TransportViewModel transport() {
        return transport;
    }

    public ExportViewModel export() {
        return export;
    }

    public PianoRollView roll() {
        return roll;
    }

    public GenreStripViewModel genreStrip() {
        return stripModel;
    }

    public Actions actions() {
        return actions;
    }

    public PreferencesModel preferences() {
        return services.prefs();
    }
}
