package io.genreshift.app.study;

import io.genreshift.app.fakes.RecordingDialogs;
import io.genreshift.core.study.ParticipantResults;
import io.genreshift.core.study.StudyFiles;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scripted participant takes the two-snippet study of {@link StudyFolders} on Monocle with the keyboard: plays the
 * original and a clip, stops, ranks sn first for retention and base first for quality, comments, and finishes; the
 * results page must then show the scores those rankings give.
 */
@ExtendWith(ApplicationExtension.class)
class ListeningStudyWindowTest {
    private static final Set<String> SN_CLIPS = Set.of("s01-bbbbbb", "s02-cccccc");

    @TempDir
    Path dir;
    private StudyFiles files;
    private ListeningStudyWindow window;
    private final StudyFolders.RecordingPlayer player = new StudyFolders.RecordingPlayer();
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage owner) throws Exception {
        owner.setScene(new Scene(new StackPane(), 200, 100));
        owner.show();
        files = StudyFolders.twoSnippets(dir);
        window = ListeningStudyWindow.open(owner, files, () -> player, dialogs);
    }

    @Test
    void aParticipantCompletesTheStudyAndSeesTheScores(FxRobot robot) throws Exception {
        robot.clickOn("#participantName").write("Ann");
        robot.clickOn("#startStudy");

        for (int snippet = 1; snippet <= 2; snippet++) {
            assertThat(robot.lookup("#studyProgress").queryAs(Label.class).getText()).isEqualTo("Snippet " + snippet + " of 2");
            StudySessionViewModel vm = window.viewModel();
            robot.type(KeyCode.DIGIT0).type(KeyCode.DIGIT2);
            assertThat(robot.lookup("#nowPlaying").queryAs(Label.class).getText()).isEqualTo("Playing B");
            robot.type(KeyCode.SPACE);
            assertThat(robot.lookup("#nowPlaying").queryAs(Label.class).getText()).isEmpty();
            assertThat(player.played.subList(player.played.size() - 2, player.played.size())).containsExactly(
                    files.resolve("audio/s0" + snippet + "-original.wav"), files.resolve("audio/" + vm.clipOf("B") + ".wav"));

            String sn = vm.labels().stream().filter(l -> SN_CLIPS.contains(vm.clipOf(l))).findFirst().orElseThrow();
            moveTo(robot, "#ranking-retention", sn, 0, vm.ranking(Criterion.RETENTION));
            moveTo(robot, "#ranking-quality", sn, 1, vm.ranking(Criterion.QUALITY));
            robot.clickOn("#studyComment").write("snippet " + snippet);
            robot.clickOn("#nextSnippet");
        }

        String report = robot.lookup("#studyReport").queryAs(TextArea.class).getText();
        // One participant, two snippets of two variants: sn always first for retention, base always first for quality.
        assertThat(report).contains("1 participants (1 finished)")
                .containsPattern("sn\\s+1\\.000 \\(  2\\)\\s+0\\.000 \\(  2\\)")
                .containsPattern("base\\s+0\\.000 \\(  2\\)\\s+1\\.000 \\(  2\\)");
        ParticipantResults saved = files.readAllResults().get(0);
        assertThat(saved.participant()).isEqualTo("Ann");
        assertThat(saved.finished()).isTrue();
        assertThat(saved.responses()).extracting(r -> r.comment()).containsExactly("snippet 1", "snippet 2");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void pausingClosesTheWindowAndTheSessionCanBeResumedFromTheStartPage(FxRobot robot) throws Exception {
        robot.clickOn("#startStudy"); // anonymous
        robot.clickOn("#nextSnippet");
        robot.clickOn("#pauseStudy");
        assertThat(window.stage().isShowing()).isFalse();
        assertThat(player.closed).isTrue();
        String session = files.readAllResults().get(0).session();

        robot.interact(() -> window = ListeningStudyWindow.open(window.stage().getOwner(), files, () -> player, dialogs));
        robot.clickOn("#resume-" + session);

        assertThat(robot.lookup("#studyProgress").queryAs(Label.class).getText()).isEqualTo("Snippet 2 of 2");
    }

    /** Selects {@code label} in the ranking list and moves it with Alt+Up/Alt+Down until it is at {@code index}. */
    private static void moveTo(FxRobot robot, String list, String label, int index, List<String> ranking) {
        ListCell<?> cell = robot.lookup(list + " .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> label.equals(c.getItem())).findFirst().orElseThrow();
        robot.clickOn(cell);
        while (ranking.indexOf(label) > index) robot.push(KeyCode.ALT, KeyCode.UP);
        while (ranking.indexOf(label) < index) robot.push(KeyCode.ALT, KeyCode.DOWN);
    }
}
