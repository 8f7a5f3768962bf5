package io.genreshift.core.audio;

import io.genreshift.core.midi.MidiReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.midi.MidiSystem;
import javax.sound.midi.ShortMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SequenceLoaderTest {
    @TempDir
    Path dir;

    @Test
    void aRegularFileIsReadWithAllItsEventsByJavasParser() throws Exception {
        Path file = dir.resolve("ok.mid");
        MidiSystem.write(TestSequences.quarterNotes(2, 120), 0, file.toFile());

        SequenceLoader.Loaded loaded = SequenceLoader.load(file);

        assertThat(loaded.isLenient()).isFalse();
        assertThat(loaded.sequence().getTracks()[0].size()).isGreaterThan(4);
    }

    @Test
    void aFileJavaRefusesIsReadLeniently() throws Exception {
        // One track: a meta event of type 0x92 (Java: "Invalid meta event with type 146"), then one middle C.
        Path file = Files.write(dir.resolve("odd.mid"), HexFormat.of().parseHex(
                "4d54686400000006000000010060" + "4d54726b00000010" + "00ff9200" + "00903c64" + "60803c00" + "00ff2f00"));

        SequenceLoader.Loaded loaded = SequenceLoader.load(file);

        assertThat(loaded.isLenient()).isTrue();
        assertThat(loaded.fallback()).contains("refused");
        assertThat(SequenceTimeline.of(loaded.sequence()).messages())
                .anyMatch(m -> m.message() instanceof ShortMessage s && s.getCommand() == ShortMessage.NOTE_ON && s.getData1() == 60);
    }

    @Test
    void aTruncatedFileIsRefusedInsteadOfRenderingTheHalfJavaCanRead() throws Exception {
        Path whole = dir.resolve("whole.mid");
        MidiSystem.write(TestSequences.quarterNotes(8, 120), 1, whole.toFile());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.mid"), Arrays.copyOf(bytes, bytes.length - 10));

        assertThatThrownBy(() -> SequenceLoader.load(cut)).isInstanceOf(MidiReadException.class)
                .hasMessageContaining("cut.mid").hasMessageContaining("TRUNCATED");
    }

    @Test
    void aFileNeitherCanReadGivesTheLenientReadersTypedError() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.mid"), "definitely not MIDI");

        assertThatThrownBy(() -> SequenceLoader.load(junk)).isInstanceOf(MidiReadException.class).hasMessageContaining("junk.mid");
    }
}
