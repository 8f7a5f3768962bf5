package io.genreshift.app.fakes;

import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small MIDI files for UI tests with the JDK's writer, independent of the code under test. */
public final class MidiFixtures {
    private MidiFixtures() {
    }

    /** {@code bars} bars of quarter notes (a C-major scale) at 120 BPM; meter {@code num}/4. */
    public static Path scale(Path file, int bars, int num) throws Exception {
        Sequence seq = new Sequence(Sequence.PPQ, 480);
        Track t = seq.createTrack();
        t.add(new MidiEvent(new MetaMessage(0x51, new byte[] {0x07, (byte) 0xA1, 0x20}, 3), 0));
        t.add(new MidiEvent(new MetaMessage(0x58, new byte[] {(byte) num, 2, 24, 8}, 4), 0));
        int[] pitches = {60, 62, 64, 65, 67, 69, 71, 72};
        for (int i = 0; i < bars * num; i++) {
            t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, pitches[i % 8], 90), i * 480L));
            t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, 0, pitches[i % 8], 0), i * 480L + 460));
        }
        MidiSystem.write(seq, 1, file.toFile());
        return file;
    }

    /** A file named .mid that is not MIDI at all. */
    public static Path corrupt(Path file) throws Exception {
        Files.writeString(file, "this is not a MIDI file, just text with a .mid name");
        return file;
    }
}
