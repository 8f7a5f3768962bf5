package io.genreshift.cli;

import io.genreshift.core.corpus.DatasetFiles;
import io.genreshift.core.corpus.PhraseDataset;
import io.genreshift.core.corpus.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PrepareCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void preparesADatasetAndPrintsTheSummary() throws Exception {
        for (int i = 0; i < 5; i++) writeSong(dir.resolve("jazz/j" + i + ".mid"), i);
        for (int i = 0; i < 5; i++) writeSong(dir.resolve("pop/p" + i + ".mid"), 10 + i);
        Path outDir = dir.resolve("prepared");

        int exit = run("prepare", "--corpus", "jazz=" + dir.resolve("jazz"), "--corpus", "pop=" + dir.resolve("pop"),
                "--out", outDir.toString(), "--test-ratio", "0.2", "--seed", "7");

        assertThat(exit).as(err.toString()).isZero();
        PhraseDataset dataset = DatasetFiles.read(outDir);
        assertThat(dataset.phrases("jazz", Split.TRAIN).size() + dataset.phrases("jazz", Split.TEST).size()).isEqualTo(10);
        assertThat(dataset.phrases("pop", Split.TEST).size()).isEqualTo(2); // one song of five, 2 phrases each
        assertThat(out.toString()).contains("seed 7").contains("jazz").contains(outDir.toString());
        assertThat(err.toString()).contains("10/10");
    }

    @Test
    void aBadCorpusArgumentIsAUserError() {
        int exit = run("prepare", "--corpus", "no-equals-sign", "--out", dir.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("GENRE=DIR");
    }

    @Test
    void anUnknownMeterFilterIsAUserError() {
        int exit = run("prepare", "--corpus", "jazz=" + dir, "--out", dir.resolve("o").toString(), "--meters", "3/4");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("4/4 or duple");
    }

    private int run(String... args) {
        CommandLine cl = GenreShiftCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** 8 bars of 4/4 (2 phrases) with a meter event at tick 0. */
    private static void writeSong(Path file, int variant) throws Exception {
        Sequence seq = new Sequence(Sequence.PPQ, 96);
        Track t = seq.createTrack();
        t.add(new MidiEvent(new MetaMessage(0x58, new byte[] {4, 2, 24, 8}, 4), 0));
        for (int s = 0; s < 128; s++) {
            int pitch = 50 + (s * 5 + variant) % 20;
            t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, pitch, 80), s * 24L));
            t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, 0, pitch, 0), (s + 1) * 24L));
        }
        Files.createDirectories(file.getParent());
        MidiSystem.write(seq, 1, file.toFile());
    }
}
