package io.genreshift.cli;

import io.genreshift.core.corpus.DatasetFiles;
import io.genreshift.core.corpus.PhraseDataset;
import io.genreshift.core.corpus.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PrepareCommandTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void preparesADatasetAndPrintsTheSummary() throws Exception {
        for (int i = 0; i < 5; i++) writeSong(dir.resolve("jazz/j" + i + ".mid"), i);
        for (int i = 0; i < 5; i++) writeSong(dir.resolve("pop/p" + i + ".mid"), 10 + i);
        Path outDir = dir.resolve("prepared");

        int exit = cli.execute("prepare", "--corpus", "jazz=" + dir.resolve("jazz"),
                "--corpus", "pop=" + dir.resolve("pop"), "--out", outDir.toString(), "--test-ratio", "0.2",
                "--seed", "7");

        assertThat(exit).as(cli.err()).isZero();
        PhraseDataset dataset = DatasetFiles.read(outDir);
        assertThat(dataset.phrases("jazz", Split.TRAIN).size() + dataset.phrases("jazz", Split.TEST).size()).isEqualTo(10);
        assertThat(dataset.phrases("pop", Split.TEST).size()).isEqualTo(2); // one song of five, 2 phrases each
        assertThat(cli.out()).contains("seed 7").contains("jazz").contains(outDir.toString());
        assertThat(cli.err()).contains("10/10");
    }

    @Test
    void aRepeatedFourFourIsAcceptedByDefaultAndRejectedByTheStrictRule() throws Exception {
        for (int i = 0; i < 3; i++) writeSong(dir.resolve("pop/p" + i + ".mid"), i, 480);

        int musical = cli.execute("prepare", "--corpus", "pop=" + dir.resolve("pop"), "--out", dir.resolve("m").toString());
        String musicalOut = cli.out();
        int strict = cli.execute("prepare", "--corpus", "pop=" + dir.resolve("pop"), "--out", dir.resolve("s").toString(),
                "--meter-rule", "strict");

        assertThat(musical).as(cli.err()).isZero();
        assertThat(strict).as(cli.err()).isZero();
        assertThat(musicalOut).contains("musical rule").doesNotContain("more than one time signature");
        assertThat(DatasetFiles.read(dir.resolve("m")).phrases("pop", Split.TRAIN).size()
                + DatasetFiles.read(dir.resolve("m")).phrases("pop", Split.TEST).size()).isEqualTo(6);
        assertThat(cli.out()).contains("strict rule").contains("3  more than one time signature");
    }

    @Test
    void anUnknownMeterRuleIsAUsageError() {
        int exit = cli.execute("prepare", "--corpus", "jazz=" + dir, "--out", dir.resolve("o").toString(),
                "--meter-rule", "loose");

        assertThat(exit).isEqualTo(2); // a usage error
        assertThat(cli.err()).contains("musical or strict");
    }

    @Test
    void aBadCorpusArgumentIsAUsageError() {
        int exit = cli.execute("prepare", "--corpus", "no-equals-sign", "--out", dir.toString());

        assertThat(exit).isEqualTo(2); // a usage error
        assertThat(cli.err()).contains("GENRE=DIR");
    }

    @Test
    void anUnknownMeterFilterIsAUsageError() {
        int exit = cli.execute("prepare", "--corpus", "jazz=" + dir, "--out", dir.resolve("o").toString(),
                "--meters", "3/4");

        assertThat(exit).isEqualTo(2); // a usage error
        assertThat(cli.err()).contains("4/4 or duple");
    }

    /** 8 bars of 4/4 (2 phrases) with a meter event at tick 0. */
    private static void writeSong(Path file, int variant) throws Exception {
        writeSong(file, variant, -1);
    }

    /** As {@link #writeSong(Path, int)}, with the same 4/4 again at {@code repeatAt} when it is >= 0, as DAWs write it. */
    private static void writeSong(Path file, int variant, long repeatAt) throws Exception {
        Sequence seq = new Sequence(Sequence.PPQ, 96);
        Track t = seq.createTrack();
        t.add(new MidiEvent(new MetaMessage(0x58, new byte[] {4, 2, 24, 8}, 4), 0));
        if (repeatAt >= 0) t.add(new MidiEvent(new MetaMessage(0x58, new byte[] {4, 2, 24, 8}, 4), repeatAt));
        for (int s = 0; s < 128; s++) {
            int pitch = 50 + (s * 5 + variant) % 20;
            t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, pitch, 80), s * 24L));
            t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, 0, pitch, 0), (s + 1) * 24L));
        }
        Files.createDirectories(file.getParent());
        MidiSystem.write(seq, 1, file.toFile());
    }
}
