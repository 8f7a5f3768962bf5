package io.genreshift.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.genreshift.core.study.KeyedClip;
import io.genreshift.core.study.ParticipantResults;
import io.genreshift.core.study.PresentationOrder;
import io.genreshift.core.study.Ranking;
import io.genreshift.core.study.SnippetResponse;
import io.genreshift.core.study.StudyDefinition;
import io.genreshift.core.study.StudyFiles;
import io.genreshift.core.study.StudyKey;
import io.genreshift.core.study.StudySnippet;
import io.genreshift.ml.io.ModelLibraryFixtures;
import io.genreshift.ml.model.Variant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StudyCommandTest {
    /** Only sn is shipped, so the study is made with untrained base and sn generators of classic/pop. */
    @TempDir
    static Path models;

    @TempDir
    static Path corpus;

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void fixtures() throws Exception {
        ModelLibraryFixtures.create(models, List.of("classic", "pop"), Set.of(Variant.BASE, Variant.SN), 42);
        for (String genre : List.of("classic", "pop")) {
            Files.createDirectories(corpus.resolve(genre));
            for (int i = 0; i < 2; i++) {
                // At 300 bpm a 4-bar snippet lasts 3.2 s: rendering dominates this test's time, so the clips are short.
                var song = SongFiles.song(8, i + 1);
                io.genreshift.core.midi.MidiWriter.write(new io.genreshift.core.model.Song(song.title(), song.ppq(),
                        new io.genreshift.core.model.TempoMap(song.ppq(), List.of(io.genreshift.core.model.TempoChange.ofBpm(0, 300))),
                        song.meters(), song.tracks(), song.notes(), 0), corpus.resolve(genre).resolve(genre + i + ".mid"));
            }
        }
    }

    private int create(Path out, String variants) {
        return cli.execute("study", "create", "--pair", "classic,pop", "--snippets", "2", "--bars", "4", "--variants", variants,
                "--corpus", "classic=" + corpus.resolve("classic"), "--corpus", "pop=" + corpus.resolve("pop"),
                "--models", models.toString(), "--seed", "5", "-o", out.toString());
    }

    @Test
    void createsABlindStudyAndReportsTheMergedRankings() throws Exception {
        Path study = dir.resolve("study");

        int exit = create(study, "base,sn");

        assertThat(exit).as(cli.err()).isZero();
        StudyFiles files = new StudyFiles(study);
        StudyDefinition definition = files.readStudy();
        StudyKey key = files.readKey();
        assertThat(definition.snippets()).extracting(StudySnippet::from).containsExactly("classic", "pop");
        assertThat(definition.snippets()).allSatisfy(s -> {
            assertThat(s.clips()).hasSize(2);
            assertThat(files.resolve(s.originalAudio())).isRegularFile();
            s.clips().forEach(c -> assertThat(files.resolve(c.audio())).isRegularFile());
        });
        assertThat(Files.readString(files.studyFile())).doesNotContain("\"base\"").doesNotContain("\"sn\"");
        assertThat(key.variants()).containsExactlyInAnyOrder("base", "sn");
        assertThat(key.clips()).allSatisfy(c -> assertThat(c.sourceCells()).isPositive());

        // Two participants rank sn first for retention and base first for quality, on both snippets; one of them
        // also left a stale copy of a half-done session, which must not count twice.
        for (String session : List.of("p1", "p2")) {
            ParticipantResults r = ParticipantResults.start(session.equals("p1") ? "Ann" : "", session);
            for (StudySnippet s : definition.snippets()) {
                List<String> snFirst = clipsOf(key, s.id()).stream().sorted(Comparator.comparing(c -> c.variant().equals("sn") ? 0 : 1))
                        .map(KeyedClip::clip).toList();
                r = r.with(new SnippetResponse(s.id(), PresentationOrder.of(s, session), Ranking.strict(snFirst),
                        Ranking.strict(reversed(snFirst)), ""));
            }
            files.writeResults(r.asFinished());
        }

        int reportExit = cli.execute("study", "report", study.toString(), "--json");

        assertThat(reportExit).as(cli.err()).isZero();
        JsonObject json = JsonParser.parseString(cli.out().substring(cli.out().indexOf('{'))).getAsJsonObject();
        assertThat(json.get("participants").getAsInt()).isEqualTo(2);
        JsonObject sn = variant(json, "sn");
        JsonObject base = variant(json, "base");
        assertThat(sn.get("retention_s_hr").getAsDouble()).isEqualTo(1.0);
        assertThat(sn.get("retention_rankings").getAsInt()).isEqualTo(4);
        assertThat(base.get("retention_s_hr").getAsDouble()).isEqualTo(0.0);
        assertThat(base.get("quality_s_hr").getAsDouble()).isEqualTo(1.0);
        assertThat(json.getAsJsonObject("retention_agreement").get("kendall_w").getAsDouble()).isCloseTo(1.0, within(1e-12));
        double baseChange = key.clips().stream().filter(c -> c.variant().equals("base"))
                .mapToDouble(c -> c.change().totalRatio()).average().orElseThrow();
        assertThat(base.get("mean_content_change").getAsDouble()).isCloseTo(baseChange, within(1e-12));
        // Two variants, retention 1 (sn) and 0 (base): the per-variant r is -1 if sn changed less, else +1.
        double snChange = sn.get("mean_content_change").getAsDouble();
        assertThat(json.get("pearson_change_retention_per_variant").getAsDouble()).isCloseTo(snChange < baseChange ? -1 : 1, within(1e-9));
        assertThat(ImageIO.read(study.resolve("report.png").toFile()).getWidth()).isPositive();
    }

    @Test
    void theTextReportNamesTheScores() throws Exception {
        Path study = dir.resolve("study");
        new StudyFiles(study).writeKey(new StudyKey(StudyDefinition.VERSION, List.of(
                new KeyedClip("s1", "x", "base", 1, 1, 4), new KeyedClip("s1", "y", "sn", 0, 0, 4))));
        new StudyFiles(study).writeStudy(new StudyDefinition(StudyDefinition.VERSION, "t", List.of("classic", "pop"), 4, 1,
                List.of(new StudySnippet("s1", "classic", "pop", "a.mid", "1-4", "a.wav",
                        List.of(new io.genreshift.core.study.StudyClip("x", "x.wav"), new io.genreshift.core.study.StudyClip("y", "y.wav"))))));
        new StudyFiles(study).writeResults(ParticipantResults.start("Ann", "p1").with(new SnippetResponse("s1", List.of("x", "y"),
                Ranking.strict(List.of("y", "x")), Ranking.strict(List.of("x", "y")), "nice")));

        int exit = cli.execute("study", "report", study.toString(), "--chart", dir.resolve("c.png").toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).contains("1 participants (0 finished)").containsPattern("sn\\s+1\\.000 \\(  1\\)")
                .containsPattern("base\\s+0\\.000 \\(  1\\)").contains("Kendall's W").contains("Pearson");
        assertThat(dir.resolve("c.png")).isRegularFile();
    }

    @Test
    void oneVariantIsAUsageErrorThatAsksForTwo() {
        int exit = create(dir.resolve("study"), "sn,sn");

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("at least 2 variants").contains("--variants base,sn");
        assertThat(dir.resolve("study")).doesNotExist();
    }

    @Test
    void aVariantWithoutGeneratorsIsAnErrorThatSaysWhatExists() {
        int exit = create(dir.resolve("study"), "sn,sa");

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("no generator classic->pop (sa)").contains("base, sn");
        assertThat(dir.resolve("study")).doesNotExist();
    }

    @Test
    void aReportWithoutResultsSaysWhereTheyComeFrom() throws Exception {
        Path study = dir.resolve("study");
        new StudyFiles(study).writeKey(new StudyKey(StudyDefinition.VERSION, List.of()));
        new StudyFiles(study).writeStudy(new StudyDefinition(StudyDefinition.VERSION, "t", List.of("classic", "pop"), 4, 1,
                List.of(new StudySnippet("s1", "classic", "pop", "a.mid", "1-4", "a.wav",
                        List.of(new io.genreshift.core.study.StudyClip("x", "x.wav"), new io.genreshift.core.study.StudyClip("y", "y.wav"))))));

        int exit = cli.execute("study", "report", study.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("no results yet").contains("Listening Study");
    }

    private static List<String> reversed(List<String> list) {
        var copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<KeyedClip> clipsOf(StudyKey key, String snippet) {
        return key.clips().stream().filter(c -> c.snippet().equals(snippet)).toList();
    }

    private static JsonObject variant(JsonObject json, String id) {
        for (var e : json.getAsJsonArray("variants")) {
            if (e.getAsJsonObject().get("variant").getAsString().equals(id)) return e.getAsJsonObject();
        }
        throw new AssertionError("no variant " + id + " in " + json);
    }
}
