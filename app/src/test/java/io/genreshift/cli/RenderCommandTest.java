package io.genreshift.cli;

import io.genreshift.core.audio.PcmBuffer;
import io.genreshift.core.audio.WavFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

class RenderCommandTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void rendersANonSilentWavOfTheSongsLength() throws Exception {
        Path mid = writeMidi(8, 96); // 8 beats at 96 BPM = 5 s
        Path wav = dir.resolve("out.wav");

        int exit = cli.execute("render", mid.toString(), "-o", wav.toString(), "--tail", "1");

        assertThat(exit).as(cli.err()).isZero();
        PcmBuffer pcm = WavFiles.read(wav);
        assertThat(pcm.frames()).isEqualTo(PcmBuffer.framesFor(6.0));
        assertThat(pcm.rms()).isGreaterThan(50);
        assertThat(cli.out()).contains("out.wav").contains("6.0 s");
    }

    @Test
    void barsRendersOnlyThoseBars() throws Exception {
        Path mid = writeMidi(8, 96); // two 4/4 bars at 96 BPM; bar 2 alone is 2.5 s
        Path wav = dir.resolve("bar2.wav");

        int exit = cli.execute("render", mid.toString(), "-o", wav.toString(), "--tail", "1", "--bars", "2-2");

        assertThat(exit).as(cli.err()).isZero();
        PcmBuffer pcm = WavFiles.read(wav);
        assertThat(pcm.frames()).isEqualTo(PcmBuffer.framesFor(3.5));
        assertThat(pcm.rms()).isGreaterThan(50);
    }

    @Test
    void sampleRateAndMonoWriteASmallerFileOfTheSameMusic() throws Exception {
        Path mid = writeMidi(8, 96);
        Path cd = dir.resolve("cd.wav");
        Path small = dir.resolve("small.wav");

        assertThat(cli.execute("render", mid.toString(), "-o", cd.toString(), "--tail", "1")).isZero();
        int exit = cli.execute("render", mid.toString(), "-o", small.toString(), "--tail", "1",
                "--sample-rate", "22050", "--mono");

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).contains("6.0 s, 22.05 kHz mono 16-bit");
        try (AudioInputStream in = AudioSystem.getAudioInputStream(small.toFile())) {
            assertThat(in.getFormat().getChannels()).isEqualTo(1);
            assertThat(in.getFormat().getSampleRate()).isEqualTo(22_050f);
            byte[] pcm = in.readAllBytes();
            assertThat(pcm.length / 2).as("frames: 6 s at 22.05 kHz").isCloseTo(6 * 22_050, within(64));
            // The same notes at a quarter of the bytes: a mix-down of left and right is about as loud as either.
            assertThat(rms(pcm)).isCloseTo(WavFiles.read(cd).rms(), withinPercentage(35));
        }
        assertThat(Files.size(small)).isLessThan(Files.size(cd) / 3);
    }

    @Test
    void aSampleRateOutOfRangeIsAUsageErrorThatWritesNothing() throws Exception {
        Path mid = writeMidi(8, 96);
        Path wav = dir.resolve("none.wav");

        int exit = cli.execute("render", mid.toString(), "-o", wav.toString(), "--sample-rate", "1000");

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("--sample-rate must be between 8000 and 96000 Hz, was 1000");
        assertThat(wav).doesNotExist();
    }

    @Test
    void aBarRangeOutsideTheSongIsAUsageErrorThatWritesNothing() throws Exception {
        Path mid = writeMidi(8, 96);
        Path wav = dir.resolve("none.wav");

        int exit = cli.execute("render", mid.toString(), "-o", wav.toString(), "--bars", "5-8");

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("--bars 5-8").contains("no bar 5");
        assertThat(wav).doesNotExist();
    }

    @Test
    void aSongWithoutPitchedNotesRendersWithAWarning() throws Exception {
        Sequence sequence = new Sequence(Sequence.PPQ, 480);
        Track track = sequence.createTrack();
        track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 9, 36, 100), 0));
        track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, 9, 36, 0), 240));
        Path mid = dir.resolve("drums.mid");
        MidiSystem.write(sequence, 1, mid.toFile());

        int exit = cli.execute("render", mid.toString(), "-o", dir.resolve("x.wav").toString(), "--tail", "0.1");

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.err()).contains("warning: ").contains("drums.mid").contains("only drum notes (1)");
    }

    @Test
    void aMissingInputIsAUserErrorNamingTheFile() {
        Path missing = dir.resolve("missing.mid");

        int exit = cli.execute("render", missing.toString(), "-o", dir.resolve("x.wav").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("missing.mid");
        assertThat(dir.resolve("x.wav")).doesNotExist();
    }

    @Test
    void anSf3SoundfontIsRefusedWithAHint() throws Exception {
        Path mid = writeMidi(1, 120);
        Path sf3 = Files.write(dir.resolve("general.sf3"), "RIFF\0\0\0\0sfbk".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        int exit = cli.execute("render", mid.toString(), "-o", dir.resolve("x.wav").toString(),
                "--soundfont", sf3.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("general.sf3").contains("SF3").contains("SF2");
    }

    private static double rms(byte[] pcm16le) {
        double sum = 0;
        for (int i = 0; i + 1 < pcm16le.length; i += 2) {
            double v = (short) ((pcm16le[i] & 0xff) | (pcm16le[i + 1] << 8));
            sum += v * v;
        }
        return Math.sqrt(sum / (pcm16le.length / 2.0));
    }

    private Path writeMidi(int beats, int bpm) throws Exception {
        Sequence seq = new Sequence(Sequence.PPQ, 480);
        Track track = seq.createTrack();
        int mpq = 60_000_000 / bpm;
        track.add(new MidiEvent(new MetaMessage(0x51, new byte[] {(byte) (mpq >> 16), (byte) (mpq >> 8), (byte) mpq}, 3), 0));
        for (int b = 0; b < beats; b++) {
            track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, 60 + b % 12, 100), b * 480L));
            track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, 0, 60 + b % 12, 0), (b + 1) * 480L));
        }
        Path file = dir.resolve("song.mid");
        MidiSystem.write(seq, 1, file.toFile());
        return file;
    }
}
