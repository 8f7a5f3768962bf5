package io.genreshift.app.tools;

import io.genreshift.app.fakes.RecordingDialogs;
import io.genreshift.app.prefs.Theme;
import io.genreshift.app.prefs.ThemeManager;
import io.genreshift.app.study.ClipPlayer;
import io.genreshift.app.study.Criterion;
import io.genreshift.app.study.ListeningStudyWindow;
import io.genreshift.core.study.KeyedClip;
import io.genreshift.core.study.ParticipantResults;
import io.genreshift.core.study.PresentationOrder;
import io.genreshift.core.study.Ranking;
import io.genreshift.core.study.SnippetResponse;
import io.genreshift.core.study.StudyClip;
import io.genreshift.core.study.StudyDefinition;
import io.genreshift.core.study.StudyFiles;
import io.genreshift.core.study.StudyKey;
import io.genreshift.core.study.StudySnippet;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Not a test: takes the listening-study screenshots of docs/user-guide.md headlessly (Monocle), from a demo study of
 * 8 snippets × 4 variants without audio and two invented participants' answers (the numbers on the results page
 * illustrate the layout only). Run with
 * {@code mvn -o -pl app -am test -Dtest=ListeningStudyScreenshots -Dstudy.screenshots=$PWD/docs/images -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "study.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ListeningStudyScreenshots {
    private static final List<String> VARIANTS = List.of("base", "sn", "sa", "sn+sa");

    @TempDir
    Path dir;
    private StudyFiles files;
    private ListeningStudyWindow window;

    @Start
    void start(Stage owner) throws Exception {
        ThemeManager.apply(Theme.LIGHT);
        Scene scene = new Scene(new StackPane(), 200, 100);
        scene.getStylesheets().add(ThemeManager.APP_CSS);
        owner.setScene(scene);
        owner.show();
        files = demoStudy(dir.resolve("study"));
        window = ListeningStudyWindow.open(owner, files, SilentPlayer::new, new RecordingDialogs());
    }

    @Test
    void shoot(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("study.screenshots"));
        Files.createDirectories(out);
        shoot(robot, out.resolve("study-start.png"));
        robot.clickOn("#participantName").write("Ann");
        robot.clickOn("#startStudy");
        robot.clickOn("#nextSnippet").clickOn("#nextSnippet");
        robot.type(KeyCode.DIGIT2);
        var vm = window.viewModel();
        robot.interact(() -> {
            vm.move(Criterion.RETENTION, "C", 0);
            vm.move(Criterion.QUALITY, "B", 0);
            vm.commentProperty().set("C keeps the melody; B swings the most.");
        });
        shoot(robot, out.resolve("study-snippet.png"));
        for (int i = 3; i <= 8; i++) robot.clickOn("#nextSnippet");
        shoot(robot, out.resolve("study-results.png"));
    }

    private void shoot(FxRobot robot, Path file) throws Exception {
        robot.sleep(300);
        var image = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> SwingFXUtils.fromFXImage(window.stage().getScene().snapshot(null), null))
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
        ImageIO.write(image, "png", file.toFile());
        System.out.println("wrote " + file);
    }

    /** 8 snippets of 4 clips; two earlier participants who ranked at random. */
    private static StudyFiles demoStudy(Path folder) throws Exception {
        StudyFiles files = new StudyFiles(folder);
        Random random = new Random(3);
        List<StudySnippet> snippets = new ArrayList<>();
        List<KeyedClip> key = new ArrayList<>();
        for (int s = 1; s <= 8; s++) {
            String id = String.format("s%02d", s);
            List<StudyClip> clips = new ArrayList<>();
            for (String v : VARIANTS) {
                String clip = id + "-" + Integer.toHexString(0x100000 + random.nextInt(0xeffff));
                clips.add(new StudyClip(clip, "audio/" + clip + ".wav"));
                key.add(new KeyedClip(id, clip, v, 5 + random.nextInt(30), 5 + random.nextInt(30), 60));
            }
            boolean first = s <= 4;
            snippets.add(new StudySnippet(id, first ? "classic" : "pop", first ? "pop" : "classic", "demo.mid", "1-8",
                    "audio/" + id + "-original.wav", clips));
        }
        StudyDefinition study = new StudyDefinition(StudyDefinition.VERSION, "Classic / pop, 4 variants", List.of("classic", "pop"),
                8, 1, snippets);
        files.writeKey(new StudyKey(StudyDefinition.VERSION, key));
        files.writeStudy(study);
        for (String p : List.of("Bo", "Cleo")) {
            ParticipantResults r = ParticipantResults.start(p, p.toLowerCase() + "-demo");
            for (StudySnippet s : snippets) {
                List<String> order = new ArrayList<>(s.clips().stream().map(StudyClip::id).toList());
                java.util.Collections.shuffle(order, random);
                r = r.with(new SnippetResponse(s.id(), PresentationOrder.of(s, r.session()), Ranking.strict(order),
                        Ranking.strict(reversed(order)), ""));
            }
            files.writeResults(r.asFinished());
        }
        return files;
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static final class SilentPlayer implements ClipPlayer {
        @Override
        public void play(Path wav) {
        }

        @Override
        public void stop() {
        }

        @Override
        public void close() {
        }
    }
}
