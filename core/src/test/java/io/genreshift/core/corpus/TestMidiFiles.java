package io.genreshift.core.corpus;

import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small MIDI files for corpus tests: a meter, then a sixteenth-note melody for a number of 4/4 bars. */
final class TestMidiFiles {
    static final int PPQ = 96;

    private TestMidiFiles() {
    }

    /**
     * @param meters  time signatures as {num, den, tick}; none for a file without one
     * @param bars    4/4 bars of music: 16 steps each, so 4 bars make one phrase
     * @param variant changes the melody, so files with different variants differ in bytes
     */
    static Path write(Path file, int bars, int variant, int[]... meters) throws IOException {
        try {
            Sequence seq = new Sequence(Sequence.PPQ, PPQ);
            Track track = seq.createTrack();
            for (int[] m : meters) {
                int denPower = Integer.numberOfTrailingZeros(m[1]);
                track.add(new MidiEvent(new MetaMessage(0x58, new byte[] {(byte) m[0], (byte) denPower, 24, 8}, 4), m[2]));
            }
            int sixteenth = PPQ / 4;
            for (int s = 0; s < bars * 16; s++) {
                int pitch = 48 + (s * 7 + variant) % 24;
                track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, pitch, 90), (long) s * sixteenth));
                track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, 0, pitch, 0), (long) (s + 1) * sixteenth));
            }
            Files.createDirectories(file.getParent());
            MidiSystem.write(seq, 1, file.toFile());
            return file;
        } catch (InvalidMidiDataException e) {
            throw new IllegalStateException(e);
        }
    }

    static int[] meter(int num, int den) {
        return new int[] {num, den, 0};
    }

    static int[] meterAt(int num, int den, int tick) {
        return new int[] {num, den, tick};
    }
}
