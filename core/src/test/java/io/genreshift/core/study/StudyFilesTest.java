package io.genreshift.core.study;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudyFilesTest {
    @TempDir
    Path dir;

    @Test
    void studyKeyAndResultsSurviveARoundTrip() throws Exception {
        StudyFiles files = new StudyFiles(dir);

        files.writeStudy(StudyExample.study());
        files.writeKey(StudyExample.key());
        files.writeResults(StudyExample.second());
        files.writeResults(StudyExample.first());

        assertThat(files.readStudy()).isEqualTo(StudyExample.study());
        assertThat(files.readKey()).isEqualTo(StudyExample.key());
        assertThat(files.readAllResults()).containsExactly(StudyExample.first(), StudyExample.second());
        assertThat(files.readAllResults().get(1).participant()).isEqualTo(ParticipantResults.ANONYMOUS);
    }

    @Test
    void theStudyFileNamesNoVariant() throws Exception {
        StudyFiles files = new StudyFiles(dir);
        files.writeStudy(StudyExample.study());

        String text = Files.readString(files.studyFile());

        assertThat(text).contains("c1").doesNotContain("\"sn\"").doesNotContain("base").doesNotContain("\"sa\"");
    }

    @Test
    void aSavedResultReplacesTheOldOneAndLeavesNoTempFile() throws Exception {
        StudyFiles files = new StudyFiles(dir);
        ParticipantResults partial = ParticipantResults.start("Ann", "p1")
                .with(StudyExample.response("s1", List.of("c1", "c2", "c3"), List.of("c1", "c2", "c3")));
        files.writeResults(partial);
        files.writeResults(StudyExample.first());

        assertThat(files.readAllResults()).containsExactly(StudyExample.first());
        try (var list = Files.list(files.resultsFolder())) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactly("p1.json");
        }
    }

    @Test
    void aDamagedResultsFileIsAnErrorThatNamesTheFile() throws Exception {
        StudyFiles files = new StudyFiles(dir);
        Files.createDirectories(files.resultsFolder());
        Files.writeString(files.resultsFile("broken"), "{\"version\": 1, \"participant\": \"x\", \"sess");

        assertThatThrownBy(files::readAllResults).isInstanceOf(IOException.class)
                .hasMessageContaining("broken.json").hasMessageContaining("restore it");
    }

    @Test
    void aFolderWithoutAStudySaysHowToMakeOne() {
        assertThatThrownBy(() -> new StudyFiles(dir).readStudy()).hasMessageContaining("study create");
    }

    @Test
    void presentationOrderIsPerSessionAndStable() {
        StudySnippet s1 = StudyExample.study().snippet("s1");

        List<String> order = PresentationOrder.of(s1, "p1");

        assertThat(order).containsExactlyInAnyOrder("c1", "c2", "c3");
        assertThat(PresentationOrder.of(s1, "p1")).isEqualTo(order);
        // Over a few sessions, the order must change at least once (a fixed order would not be shuffled at all).
        assertThat(List.of("p2", "p3", "p4", "p5", "p6").stream().map(p -> PresentationOrder.of(s1, p)).distinct().count())
                .isGreaterThan(1);
    }
}
