package io.genreshift.core.corpus;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.genreshift.core.corpus.TestMidiFiles.meter;
import static io.genreshift.core.corpus.TestMidiFiles.meterAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A tiny two-genre corpus with one file for each way a file can be left out. 8 bars make 2 phrases.
 */
class CorpusPreparerTest {
    @TempDir
    Path root;
    Path jazz;
    Path pop;

    @BeforeEach
    void corpus() throws Exception {
        jazz = root.resolve("jazz");
        pop = root.resolve("pop");
        for (int i = 0; i < 6; i++) TestMidiFiles.write(jazz.resolve("song" + i + ".mid"), 8, i, meter(4, 4));
        TestMidiFiles.write(jazz.resolve("nested/deeper/tune.MID"), 12, 40, meter(4, 4)); // 3 phrases, found recursively
        Files.copy(jazz.resolve("song0.mid"), jazz.resolve("nested/copy-of-song0.mid"));    // exact duplicate
        TestMidiFiles.write(jazz.resolve("waltz.mid"), 8, 10, meter(3, 4));
        TestMidiFiles.write(jazz.resolve("march.mid"), 8, 11, meter(2, 4));                  // duple only
        TestMidiFiles.write(jazz.resolve("nometer.mid"), 8, 12);
        TestMidiFiles.write(jazz.resolve("changes.mid"), 8, 13, meter(4, 4), meterAt(3, 4, 96 * 16));
        TestMidiFiles.write(jazz.resolve("short.mid"), 2, 14, meter(4, 4));                  // under 4 bars
        Files.write(jazz.resolve("broken.mid"), "MThd garbage".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(jazz.resolve("readme.txt"), "not MIDI, not read");
        Files.writeString(jazz.resolve("NEAR_DUPLICATES_WITHIN.tsv"), "file_a\tfile_b\nsong1.mid\tsong2.mid\nsong2.mid\tsong3.mid\n");
        for (int i = 0; i < 4; i++) TestMidiFiles.write(pop.resolve(i + ".mid"), 4, 20 + i, meter(4, 4));
    }

    @Test
    void countsEveryFileAndEveryReasonInTheReport() throws Exception {
        PreparedCorpus corpus = CorpusPreparer.prepareInMemory(sources(), options().withRule(MeterRule.STRICT));

        GenreCounts j = corpus.report().genres().get(0);
        assertThat(j.genre()).isEqualTo("jazz");
        assertThat(j.filesRead()).isEqualTo(14);
        assertThat(j.rejected()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "exact duplicate of an earlier file", 1,
                "meter not accepted by the filter", 2,
                "no time signature", 1,
                "more than one time signature", 1,
                "no 4-bar phrase with more than one active cell", 1,
                "unreadable MIDI (TRUNCATED)", 1));
        assertThat(j.songs()).isEqualTo(7);
        assertThat(j.phrasesTrain() + j.phrasesTest()).isEqualTo(6 * 2 + 3);
        assertThat(corpus.report().genres().get(1).songs()).isEqualTo(4);
    }

    @Test
    void theMusicalRuleKeepsTheFourFourBarsOfAChangingSongAndCountsBarsByMeter() throws Exception {
        PreparedCorpus corpus = CorpusPreparer.prepareInMemory(sources(), options());

        GenreCounts j = corpus.report().genres().get(0);
        assertThat(j.rejected()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "exact duplicate of an earlier file", 1,
                "meter not accepted by the filter", 2,
                "no time signature", 1,
                "no 4 whole bars in an accepted meter", 1,
                "unreadable MIDI (TRUNCATED)", 1));
        assertThat(j.songs()).isEqualTo(8); // changes.mid: its first 4 bars of 4/4
        PreparedCorpus.SongEntry changes = song(corpus, "changes.mid");
        assertThat(changes.phrases()).isEqualTo(1);
        assertThat(changes.bars()).isEqualTo(new io.genreshift.core.roll.BarTally(4, 6)); // 8 4/4-long bars = 10 + 2/3 of 3/4
        assertThat(j.bars()).containsEntry("3/4", new io.genreshift.core.roll.BarTally(0, 11 + 6))
                .containsEntry("none", new io.genreshift.core.roll.BarTally(0, 8));
    }

    @Test
    void aFourFourSongThatRepeatsItsTimeSignatureIsAcceptedWithTheSamePhrases() throws Exception {
        Path dir = root.resolve("daw");
        TestMidiFiles.write(dir.resolve("once.mid"), 8, 3, meter(4, 4));
        // The case from the pop corpus: the same 4/4 again at tick 480 (here on beat 2 of bar 2).
        TestMidiFiles.write(dir.resolve("twice.mid"), 8, 3, meter(4, 4), meterAt(4, 4, 480));
        List<CorpusSource> daw = List.of(new CorpusSource("pop", dir));

        PreparedCorpus musical = CorpusPreparer.prepareInMemory(daw, options().withTestRatio(0));
        PreparedCorpus strict = CorpusPreparer.prepareInMemory(daw, options().withTestRatio(0).withRule(MeterRule.STRICT));

        assertThat(musical.report().genres().get(0).rejected()).isEmpty();
        PhraseSet phrases = musical.dataset().phrases("pop", Split.TRAIN);
        assertThat(phrases.size()).isEqualTo(4);
        for (int i = 0; i < 2; i++) assertThat(phrases.get(2 + i)).isEqualTo(phrases.get(i));
        assertThat(strict.report().genres().get(0).rejected()).containsEntry("more than one time signature", 1);
    }

    @Test
    void theStrictRuleCutsAcceptedSongsAsTheReferenceDoesFromStepZero() throws Exception {
        PreparedCorpus corpus = CorpusPreparer.prepareInMemory(sources(), options().withRule(MeterRule.STRICT).withMeters(MeterFilter.DUPLE));

        for (PreparedCorpus.SongEntry s : corpus.songs()) {
            io.genreshift.core.model.Song song = io.genreshift.core.midi.MidiReader.read(s.file());
            List<io.genreshift.core.roll.Phrase> expected = io.genreshift.core.roll.TrainingFilter.trainable(
                    io.genreshift.core.roll.PianoRollConverter.toRoll(song).phrases());
            PhraseSet set = corpus.dataset().phrases(s.genre(), s.split());
            List<io.genreshift.core.roll.Phrase> actual = new java.util.ArrayList<>();
            for (int i = 0; i < set.size(); i++) if (set.songId(i) == s.id()) actual.add(set.get(i));
            assertThat(actual).as(s.file().toString()).isEqualTo(expected);
        }
    }

    @Test
    void theDatasetIdentityDependsOnWhatItContainsNotOnHowLongItTook() throws Exception {
        PreparedCorpus one = CorpusPreparer.prepareInMemory(sources(), options().withThreads(1));
        PreparedCorpus two = CorpusPreparer.prepareInMemory(sources(), options().withThreads(2));
        PreparationReport r = one.report();
        PreparationReport slower = new PreparationReport(r.version(), r.meters(), r.meterRule(), r.seed(), r.testRatio(),
                r.noteExtent(), r.minActiveCells(), 7, r.genres(), r.wallSeconds() + 100);
        PreparedCorpus strict = CorpusPreparer.prepareInMemory(sources(), options().withRule(MeterRule.STRICT));

        assertThat(two.dataset().reportSha256()).isEqualTo(one.dataset().reportSha256());
        assertThat(slower.sha256()).isEqualTo(r.sha256());
        assertThat(r.identityJson()).doesNotContain("wallSeconds").doesNotContain("threads");
        assertThat(strict.dataset().reportSha256()).isNotEqualTo(r.sha256());
    }

    @Test
    void dupleMetersAddTheTwoFourFile() throws Exception {
        PreparedCorpus strict = CorpusPreparer.prepareInMemory(sources(), options().withMeters(MeterFilter.DUPLE).withRule(MeterRule.STRICT));
        PreparedCorpus corpus = CorpusPreparer.prepareInMemory(sources(), options().withMeters(MeterFilter.DUPLE));

        assertThat(strict.report().genres().get(0).songs()).isEqualTo(8);
        GenreCounts j = corpus.report().genres().get(0);
        assertThat(j.songs()).isEqualTo(9); // and, musically, the 4/4 start of changes.mid
        assertThat(j.rejected()).containsEntry("meter not accepted by the filter", 1);
    }

    @Test
    void nearDuplicatesShareTheirSplit() throws Exception {
        for (long seed = 0; seed < 10; seed++) {
            PreparedCorpus corpus = CorpusPreparer.prepareInMemory(sources(), options().withSeed(seed));
            List<Split> splits = corpus.songs().stream()
                    .filter(s -> s.file().getFileName().toString().matches("song[123]\\.mid")).map(PreparedCorpus.SongEntry::split).toList();

            assertThat(splits).hasSize(3);
            assertThat(splits).as("seed %d", seed).containsOnly(splits.get(0));
        }
    }

    @Test
    void phrasesCarryTheirSongIdsAndEachSongIsInOneSplit() throws Exception {
        PreparedCorpus corpus = CorpusPreparer.prepareInMemory(sources(), options());

        for (PreparedCorpus.SongEntry song : corpus.songs()) {
            PhraseSet own = corpus.dataset().phrases(song.genre(), song.split());
            PhraseSet other = corpus.dataset().phrases(song.genre(), song.split() == Split.TRAIN ? Split.TEST : Split.TRAIN);
            assertThat(countId(own, song.id())).isEqualTo(song.phrases());
            assertThat(countId(other, song.id())).isZero();
        }
    }

    @Test
    void writesADatasetThatReadsBackWithTheReportHash() throws Exception {
        Path out = root.resolve("prepared");
        AtomicInteger lastDone = new AtomicInteger();

        PreparedCorpus corpus = CorpusPreparer.prepare(sources(), options(), out, (done, total) -> lastDone.accumulateAndGet(done, Math::max));
        PhraseDataset back = DatasetFiles.read(out);

        assertThat(lastDone.get()).isEqualTo(18);
        assertThat(back.genres()).containsExactly("jazz", "pop");
        assertThat(back.phrases("jazz", Split.TRAIN).packedBytes()).isEqualTo(corpus.dataset().phrases("jazz", Split.TRAIN).packedBytes());
        PreparationReport written = PreparationReport.fromJson(Files.readString(out.resolve("report.json")));
        assertThat(back.reportSha256()).isEqualTo(written.sha256()).isEqualTo(corpus.dataset().reportSha256());
        assertThat(PreparationReport.fromJson(Files.readString(out.resolve("report.json")))).isEqualTo(corpus.report());
        assertThat(Files.readString(out.resolve("rejected.tsv"))).contains("broken.mid").contains("waltz.mid");
        assertThat(Files.readAllLines(out.resolve("songs.tsv"))).hasSize(1 + 8 + 4)
                .anyMatch(line -> line.matches("jazz\\t\\d+\\t\\w+\\t1\\t4\\t6\\t.*changes\\.mid"));
        assertThat(Files.readString(out.resolve("report.txt"))).contains("bars by meter").contains("3/4");
        assertThat(Files.readString(out.resolve("report.txt"))).contains("jazz").contains("phrases train");
    }

    @Test
    void theSameInputGivesTheSamePhrasesWhateverTheThreadCount() throws Exception {
        PreparedCorpus one = CorpusPreparer.prepareInMemory(sources(), options().withThreads(1));
        PreparedCorpus two = CorpusPreparer.prepareInMemory(sources(), options().withThreads(2));

        for (Split s : Split.values()) {
            assertThat(two.dataset().phrases("jazz", s).packedBytes()).isEqualTo(one.dataset().phrases("jazz", s).packedBytes());
            assertThat(two.dataset().phrases("jazz", s).songIds()).isEqualTo(one.dataset().phrases("jazz", s).songIds());
        }
    }

    @Test
    void aMissingCorpusFolderIsNamed() {
        Path missing = root.resolve("classic");

        assertThatThrownBy(() -> CorpusPreparer.prepareInMemory(List.of(new CorpusSource("classic", missing)), options()))
                .hasMessageContaining(missing.toString()).hasMessageContaining("classic");
    }

    @Test
    void parsesCorpusArguments() {
        assertThat(CorpusSource.parse("Jazz=some/dir").genre()).isEqualTo("jazz");
        assertThatThrownBy(() -> CorpusSource.parse("some/dir")).hasMessageContaining("GENRE=DIR");
    }

    private List<CorpusSource> sources() {
        return List.of(new CorpusSource("jazz", jazz), new CorpusSource("pop", pop));
    }

    /** A test share of a third, so both splits have songs in this small corpus. */
    private static PreparationOptions options() {
        return PreparationOptions.defaults().withTestRatio(0.34);
    }

    private static PreparedCorpus.SongEntry song(PreparedCorpus corpus, String name) {
        return corpus.songs().stream().filter(s -> s.file().getFileName().toString().equals(name)).findFirst().orElseThrow();
    }

    private static long countId(PhraseSet set, int id) {
        return java.util.Arrays.stream(set.songIds()).filter(i -> i == id).count();
    }
}
