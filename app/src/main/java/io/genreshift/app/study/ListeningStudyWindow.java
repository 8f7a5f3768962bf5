package io.genreshift.app.study;

import io.genreshift.app.shell.DialogService;
import io.genreshift.app.shell.UserError;
import io.genreshift.core.study.ParticipantResults;
import io.genreshift.core.study.StudyChart;
import io.genreshift.core.study.StudyFiles;
import io.genreshift.core.study.StudyReportText;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Tools ▸ Listening Study…: a start page (name or anonymous, or resume a paused session), one page per snippet (play the
 * original on 0 and the clips A, B, ... on 1, 2, ...; Space stops; two rankings; a comment) and, once every snippet is
 * answered, the results page. The logic is in {@link StudySessionViewModel}; this class only lays out and forwards.
 */
public final class ListeningStudyWindow {
    /** What the open dialog offers: the study's main file. */
    public static final DialogService.FileKind STUDY_FILE = new DialogService.FileKind("Listening study", List.of("study.json"));

    private final Stage stage = new Stage();
    private final StudyFiles files;
    private final Supplier<ClipPlayer> players;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private StudySessionViewModel vm;

    private ListeningStudyWindow(Window owner, StudyFiles files, Supplier<ClipPlayer> players, DialogService dialogs) {
        this.files = files;
        this.players = players;
        this.dialogs = dialogs;
        stage.initOwner(owner);
        root.setPadding(new Insets(16));
        root.setId("listeningStudy");
        Scene scene = new Scene(root, 820, 840);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            if (vm != null) vm.pause();
        });
    }

    /** Opens the study in {@code files}' folder; a folder that is not a study is an error dialog, not a window. */
    public static ListeningStudyWindow open(Window owner, StudyFiles files, Supplier<ClipPlayer> players, DialogService dialogs) {
        ListeningStudyWindow window = new ListeningStudyWindow(owner, files, players, dialogs);
        try {
            window.stage.setTitle("Listening Study – " + files.readStudy().title());
            window.showStart();
        } catch (IOException e) {
            dialogs.showError(UserError.of("Cannot open the listening study", files.studyFile(), e,
                    "Choose the study.json that genreshift study create wrote"));
            return window;
        }
        window.stage.show();
        return window;
    }

    public Stage stage() {
        return stage;
    }

    /** The running session, or null on the start page (for tests). */
    public StudySessionViewModel viewModel() {
        return vm;
    }

    private void showStart() throws IOException {
        var study = files.readStudy();
        Label title = new Label(study.title());
        title.getStyleClass().add("title-2");
        Label intro = new Label("You will hear " + study.snippets().size() + " short snippets, each as the original and as "
                + "several transfers to another genre, labelled A, B, ... in a random order. Rank the transfers twice: by how "
                + "much of the original's music they keep, and by how good they sound in the target genre. You can pause and "
                + "resume later; your answers are saved after every snippet.");
        intro.setWrapText(true);
        TextField name = new TextField();
        name.setId("participantName");
        name.setPromptText("Your name, or leave empty to stay anonymous");
        Button start = new Button("Start");
        start.setId("startStudy");
        start.setDefaultButton(true);
        start.setOnAction(e -> run(() -> begin(StudySessionViewModel.start(files, name.getText(), players.get()))));
        Label nameLabel = new Label("Your name (optional: leave it empty to take part anonymously)");
        nameLabel.setLabelFor(name);
        VBox page = new VBox(12, title, intro, nameLabel, name, start);
        List<ParticipantResults> paused = StudySessionViewModel.pausedSessions(files);
        if (!paused.isEmpty()) page.getChildren().add(new Label("Or continue a paused session:"));
        for (ParticipantResults p : paused) {
            Button resume = new Button("Resume " + p.participant() + " (" + p.responses().size() + " of "
                    + study.snippets().size() + " done)");
            resume.setId("resume-" + p.session());
            resume.setOnAction(e -> run(() -> begin(StudySessionViewModel.resume(files, p, players.get()))));
            page.getChildren().add(resume);
        }
        root.setCenter(page);
    }

    private void begin(StudySessionViewModel session) throws IOException {
        vm = session;
        if (vm.finishedProperty().get()) showResults();
        else showSession();
    }

    private void showSession() {
        Label progress = new Label();
        progress.setId("studyProgress");
        progress.getStyleClass().add("title-3");
        progress.textProperty().bind(vm.progressProperty());
        Label task = new Label();
        task.setId("studyTask");
        task.textProperty().bind(vm.taskProperty());
        FlowPane players = new FlowPane(8, 8);
        Runnable fillPlayers = () -> {
            players.getChildren().setAll(playButton("Original (0)", 0));
            for (int i = 0; i < vm.labels().size(); i++) players.getChildren().add(playButton(vm.labels().get(i) + " (" + (i + 1) + ")", i + 1));
            Button stop = new Button("Stop (Space)");
            stop.setId("stopClip");
            stop.setOnAction(e -> vm.stop());
            players.getChildren().add(stop);
        };
        fillPlayers.run();
        vm.labels().addListener((javafx.collections.ListChangeListener<String>) c -> fillPlayers.run());
        Label playing = new Label();
        playing.setId("nowPlaying");
        playing.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.playingProperty().get().isEmpty() ? "" : "Playing " + vm.playingProperty().get(), vm.playingProperty()));
        Label status = new Label();
        status.setId("studyStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        HBox rankings = new HBox(16, RankingList.build(vm, Criterion.RETENTION), RankingList.build(vm, Criterion.QUALITY));
        Label hint = new Label("Drag a label to its place, or select it and press Alt+Up / Alt+Down.");
        TextArea comment = new TextArea();
        comment.setId("studyComment");
        comment.setPromptText("Comment (optional)");
        comment.setPrefRowCount(3);
        comment.textProperty().bindBidirectional(vm.commentProperty());

        Button pause = new Button("Pause");
        pause.setId("pauseStudy");
        pause.setOnAction(e -> {
            vm.pause();
            stage.close();
        });
        Button next = new Button("Save and Next");
        next.setId("nextSnippet");
        next.setDefaultButton(true);
        next.setOnAction(e -> {
            try {
                vm.next();
                if (vm.finishedProperty().get()) showResults();
            } catch (IOException ex) {
                dialogs.showError(UserError.of("Could not save your answers", files.resultsFile(vm.results().session()), ex,
                        "Check that the study folder can be written to, then press Save and Next again"));
            }
        });
        HBox buttons = new HBox(8, pause, next);
        VBox page = new VBox(12, progress, task, players, playing, rankings, hint, comment, buttons, status);
        root.setCenter(page);
    }

    private Node playButton(String text, int key) {
        Button b = new Button(text);
        b.setId("play-" + key);
        b.setOnAction(e -> vm.play(key));
        return b;
    }

    private void showResults() throws IOException {
        Label thanks = new Label("Thank you! Your answers are saved as " + StudyFiles.RESULTS + "/"
                + files.resultsFile(vm.results().session()).getFileName() + " in the study folder.");
        thanks.setWrapText(true);
        thanks.getStyleClass().add("title-3");
        var report = vm.report();
        TextArea text = new TextArea(report.map(StudyReportText::format)
                .orElse("The variants' names are not in this copy of the study (no key.json). The study's coordinator "
                        + "merges everyone's results with: genreshift study report " + files.folder()));
        text.setId("studyReport");
        text.setEditable(false);
        text.setStyle("-fx-font-family: monospace;");
        text.setPrefRowCount(14);
        Button close = new Button("Close");
        close.setId("closeStudy");
        close.setOnAction(e -> stage.close());
        VBox page = new VBox(12, thanks, text);
        report.ifPresent(r -> {
            javafx.scene.image.ImageView chart = new javafx.scene.image.ImageView(
                    javafx.embed.swing.SwingFXUtils.toFXImage(StudyChart.draw(r), null));
            chart.setId("studyChart");
            chart.setPreserveRatio(true);
            chart.setFitWidth(560);
            page.getChildren().add(chart);
        });
        page.getChildren().add(close);
        root.setCenter(page);
    }

    private void onKey(KeyEvent e) {
        if (vm == null || vm.finishedProperty().get() || e.getTarget() instanceof TextInputControl) return;
        if (e.getCode() == KeyCode.SPACE) {
            vm.stop();
            e.consume();
        } else if (e.getCode().isDigitKey() && !e.isAltDown() && !e.isShortcutDown()) {
            String name = e.getCode().getName(); // "1" or "Numpad 1"
            vm.play(name.charAt(name.length() - 1) - '0');
            e.consume();
        }
    }

    /** Runs a step that reads or writes the study, showing a failure as a dialog. */
    private void run(IoStep step) {
        try {
            step.run();
        } catch (IOException e) {
            dialogs.showError(UserError.of("Listening study", files.folder(), e, "Check the study folder, then try again"));
        }
    }

    @FunctionalInterface
    private interface IoStep {
        void run() throws IOException;
    }
}
