package io.genreshift.app.study;

import io.genreshift.core.study.ParticipantResults;
import io.genreshift.core.study.StudyFiles;
import io.genreshift.core.study.StudyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StudySessionViewModelTest {
    @TempDir
    Path dir;

    private final StudyFolders.RecordingPlayer player = new StudyFolders.RecordingPlayer();

    @Test
    void keysPlayTheOriginalAndTheLabelledClips() throws Exception {
        StudyFiles files = StudyFolders.twoSnippets(dir);
        var vm = StudySessionViewModel.start(files, "Ann", player);

        vm.play(0);
        vm.play(2);
        vm.play(3); // only A and B exist
        vm.stop();

        assertThat(vm.progressProperty().get()).isEqualTo("Snippet 1 of 2");
        assertThat(vm.taskProperty().get()).isEqualTo("Original: classic. Each transfer was made to sound like pop.");
        assertThat(vm.labels()).containsExactly("A", "B");
        assertThat(player.played).containsExactly(dir.resolve("audio/s01-original.wav"),
                dir.resolve("audio/" + vm.clipOf("B") + ".wav"));
        assertThat(vm.playingProperty().get()).isEmpty();
    }

    @Test
    void rankingsAreSavedAsClipIdsAfterEverySnippetAndTheSessionResumes() throws Exception {
        StudyFiles files = StudyFolders.twoSnippets(dir);
        var vm = StudySessionViewModel.start(files, "  ", player);
        String session = vm.results().session();
        String a = vm.clipOf("A");
        String b = vm.clipOf("B");

        vm.move(Criterion.RETENTION, "B", 0);
        vm.shift(Criterion.QUALITY, "A", +1);
        vm.commentProperty().set(" B keeps the tune ");
        vm.next();
        vm.pause();

        ParticipantResults saved = files.readAllResults().get(0);
        assertThat(saved.session()).isEqualTo(session).startsWith("anonymous-");
        assertThat(saved.participant()).isEqualTo("anonymous");
        assertThat(saved.finished()).isFalse();
        assertThat(saved.responses()).singleElement().satisfies(r -> {
            assertThat(r.snippet()).isEqualTo("s01");
            assertThat(r.presented()).containsExactly(a, b);
            assertThat(r.retention().tiers()).containsExactly(List.of(b), List.of(a));
            assertThat(r.quality().tiers()).containsExactly(List.of(b), List.of(a));
            assertThat(r.comment()).isEqualTo("B keeps the tune");
        });
        assertThat(player.closed).isTrue();

        var resumed = StudySessionViewModel.resume(files, StudySessionViewModel.pausedSessions(files).get(0), player);
        assertThat(resumed.currentSnippetId()).isEqualTo("s02");
        assertThat(resumed.progressProperty().get()).isEqualTo("Snippet 2 of 2");
        assertThat(resumed.taskProperty().get()).contains("Original: pop").endsWith("sound like classic.");
        assertThat(resumed.report()).isEmpty(); // nothing revealed before the end
    }

    @Test
    void theLastSnippetFinishesTheSessionAndTheReportScoresIt() throws Exception {
        StudyFiles files = StudyFolders.twoSnippets(dir);
        var vm = StudySessionViewModel.start(files, "Ann", player);
        for (int i = 0; i < 2; i++) {
            // sn first for retention, base first for quality
            String snLabel = vm.labels().stream().filter(l -> vm.clipOf(l).equals("s01-bbbbbb") || vm.clipOf(l).equals("s02-cccccc"))
                    .findFirst().orElseThrow();
            vm.move(Criterion.RETENTION, snLabel, 0);
            vm.move(Criterion.QUALITY, snLabel, 1);
            vm.next();
        }

        assertThat(vm.finishedProperty().get()).isTrue();
        assertThat(files.readAllResults()).singleElement().satisfies(r -> assertThat(r.finished()).isTrue());
        StudyReport report = vm.report().orElseThrow();
        assertThat(report.row("sn").retention().value()).isEqualTo(1.0);
        assertThat(report.row("base").retention().value()).isEqualTo(0.0);
        assertThat(report.row("base").quality().value()).isEqualTo(1.0);
        assertThat(report.row("sn").retention().rankings()).isEqualTo(2);
        vm.play(1);
        assertThat(player.played).isEmpty(); // a finished session plays nothing
    }

    @Test
    void eachParticipantGetsAnOwnSessionFile() throws Exception {
        StudyFiles files = StudyFolders.twoSnippets(dir);

        String first = StudySessionViewModel.start(files, "Ann Lee", player).results().session();
        String second = StudySessionViewModel.start(files, "Ann Lee", player).results().session();

        assertThat(first).startsWith("ann-lee-").isNotEqualTo(second);
        assertThat(files.readAllResults()).hasSize(2);
    }
}
