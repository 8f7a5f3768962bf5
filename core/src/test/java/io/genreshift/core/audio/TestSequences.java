package io.genreshift.core.audio;

import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/** Small MIDI sequences built in code. */
final class TestSequences {
    static final int PPQ = 480;

    private TestSequences() {
    }

    /** {@code beats} quarter notes of middle C at {@code bpm}, one per beat, on a piano. */
    static Sequence quarterNotes(int beats, double bpm) {
        try {
            Sequence seq = new Sequence(Sequence.PPQ, PPQ);
            Track track = seq.createTrack();
            track.add(new MidiEvent(tempo(bpm), 0));
            track.add(new MidiEvent(new ShortMessage(ShortMessage.PROGRAM_CHANGE, 0, 0, 0), 0));
            for (int b = 0; b < beats; b++) {
                track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, 60, 100), (long) b * PPQ));
                track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, 0, 60, 0), (long) (b + 1) * PPQ));
            }
            return seq;
        } catch (InvalidMidiDataException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One short note at {@code seconds} (at 120 BPM), for songs of a given length. */
    static Sequence noteAt(double seconds) {
        try {
            Sequence seq = new Sequence(Sequence.PPQ, PPQ);
            long tick = Math.round(seconds * 2 * PPQ);
            seq.createTrack().add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, 60, 100), tick));
            return seq;
        } catch (InvalidMidiDataException e) {
            throw new IllegalStateException(e);
        }
    }

    static MetaMessage tempo(double bpm) throws InvalidMidiDataException {
        int mpq = (int) Math.round(60_000_000 / bpm);
        return new MetaMessage(0x51, new byte[] {(byte) (mpq >> 16), (byte) (mpq >> 8), (byte) mpq}, 3);
    }
}
