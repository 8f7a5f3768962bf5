package io.genreshift.core.midi;

import io.genreshift.core.io.AtomicFiles;
import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoChange;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.model.TrackInfo;

import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a {@link Song} as a type-1 Standard MIDI File: one track chunk per {@link TrackInfo} (tempo and meter events
 * in the first), track names, a program change wherever a note's program differs from the one in force on its
 * channel (in any track), and End-of-Track at the song's length. Reading the result with {@link MidiReader} gives the same notes,
 * tracks, tempo map and meters (except for overlapping notes of one key on one channel, which MIDI cannot tell apart).
 */
public final class MidiWriter {
    private static final int TYPE_1 = 1;

    private MidiWriter() {
    }

    /** Events of one tick in playing order: offs before program changes before ons, so re-strikes stay separate. */
    private record Timed(long tick, int order, MidiMessage message) {
        static final Comparator<Timed> ORDER = Comparator.comparingLong(Timed::tick).thenComparingInt(Timed::order);
    }

    private static final int META = 0;
    private static final int NOTE_OFF = 1;
    private static final int PROGRAM = 2;
    private static final int NOTE_ON = 3;

    public static Sequence toSequence(Song song) {
        try {
            Sequence sequence = new Sequence(Sequence.PPQ, song.ppq());
            int trackCount = Math.max(song.tracks().size(), 1);
            for (Note n : song.notes()) trackCount = Math.max(trackCount, n.track() + 1);
            List<List<Timed>> events = new ArrayList<>();
            for (int t = 0; t < trackCount; t++) events.add(new ArrayList<>());

            List<Timed> first = events.get(0);
            for (TempoChange c : song.tempoMap().changes()) first.add(new Timed(c.tick(), META, tempo(c.microsPerQuarter())));
            for (TimeSignature m : song.meters()) first.add(new Timed(m.tick(), META, meter(m)));
            for (TrackInfo info : song.tracks()) {
                if (info.index() < trackCount && !info.name().isEmpty()) {
                    events.get(info.index()).add(new Timed(0, META, meta(0x03, info.name().getBytes(StandardCharsets.ISO_8859_1))));
                }
            }

            // Per channel, not per track: a channel's program is shared by every track that plays on it, so a
            // second track (e.g. the notes a transfer added) on the same channel and program needs no change of its own.
            int[] programInForce = new int[16];
            Arrays.fill(programInForce, -1);
            for (Note n : song.notes()) { // sorted by onset, so program changes come out in time order
                List<Timed> track = events.get(n.track());
                if (programInForce[n.channel()] != n.program()) {
                    programInForce[n.channel()] = n.program();
                    track.add(new Timed(n.start(), PROGRAM, shortMessage(ShortMessage.PROGRAM_CHANGE, n.channel(), n.program(), 0)));
                }
                track.add(new Timed(n.start(), NOTE_ON, shortMessage(ShortMessage.NOTE_ON, n.channel(), n.pitch(), n.velocity())));
                track.add(new Timed(n.end(), NOTE_OFF, shortMessage(ShortMessage.NOTE_OFF, n.channel(), n.pitch(), 0)));
            }
            for (List<Timed> list : events) {
                list.sort(Timed.ORDER);
                Track track = sequence.createTrack();
                for (Timed e : list) track.add(new MidiEvent(e.message(), e.tick()));
                track.add(new MidiEvent(meta(0x2F, new byte[0]), song.lengthTicks()));
            }
            return sequence;
        } catch (InvalidMidiDataException e) {
            // Song's invariants (pitch, velocity, channel ranges) make every message valid: reaching this is a bug
            throw new IllegalStateException("could not build a MIDI message for '" + song.title() + "'", e);
        }
    }

    /**
     * Writes atomically ({@link AtomicFiles}): a failed write leaves an existing file as it was, and the result is
     * readable by other programs (rw-r--r--), like any exported file.
     */
    public static void write(Song song, Path path) throws IOException {
        refuseUnreadable(song, path);
        Sequence sequence = toSequence(song);
        try {
            AtomicFiles.write(path, temp -> {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    MidiSystem.write(sequence, TYPE_1, out);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new IOException("Cannot write '" + path + "': " + reason(e) + ". Check that the folder exists, is writable and the disk is not full.", e);
        }
    }

    /**
     * A file {@link MidiReader} would refuse is not written: a transfer by an untrained or noisy generator can fill a
     * long song with more notes than GenreShift opens, and the user would only find out when opening the result.
     */
    private static void refuseUnreadable(Song song, Path path) throws IOException {
        ReadLimits limits = ReadLimits.DEFAULT;
        if (song.notes().size() > limits.maxNotes()) {
            throw new IOException("Cannot write '" + path + "': it would hold " + song.notes().size() + " notes, more than the "
                    + limits.maxNotes() + " GenreShift can open. Export fewer bars, or transfer with a higher --threshold.");
        }
        if (song.lengthTicks() / song.ppq() > limits.maxBeats()) {
            throw new IOException("Cannot write '" + path + "': it would last " + song.lengthTicks() / song.ppq()
                    + " beats, more than the " + limits.maxBeats() + " GenreShift can open. Export fewer bars.");
        }
    }

    /** What went wrong, for people: "Not a directory" rather than "java.nio.file.FileSystemException: /a/b: Not a directory". */
    private static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (t instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) return fs.getReason();
        if (t instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (t instanceof java.nio.file.NoSuchFileException) return "the folder does not exist";
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    private static ShortMessage shortMessage(int command, int channel, int d1, int d2) throws InvalidMidiDataException {
        return new ShortMessage(command, channel, d1, d2);
    }

    private static MetaMessage tempo(int micros) throws InvalidMidiDataException {
        return meta(0x51, new byte[] {(byte) (micros >> 16), (byte) (micros >> 8), (byte) micros});
    }

    private static MetaMessage meter(TimeSignature m) throws InvalidMidiDataException {
        int power = Integer.numberOfTrailingZeros(m.denominator());
        return meta(0x58, new byte[] {(byte) Math.min(m.numerator(), 255), (byte) power, 24, 8});
    }

    private static MetaMessage meta(int type, byte[] data) throws InvalidMidiDataException {
        return new MetaMessage(type, data, data.length);
    }
}
