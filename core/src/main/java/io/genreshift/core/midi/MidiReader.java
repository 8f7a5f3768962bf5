package io.genreshift.core.midi;

import io.genreshift.core.midi.MidiReadException.Reason;
import io.genreshift.core.model.Midi;
import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoChange;
import io.genreshift.core.model.TempoMap;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.model.TrackInfo;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a Standard MIDI File (type 0 or 1) into an immutable {@link Song}. Every failure is a
 * {@link MidiReadException} naming the file and a {@link Reason}; damaged event data inside a track ends that track
 * instead of failing the file (see {@link SmfParser} and {@link NoteAssembler} for the leniency rules).
 *
 * <p>Model mapping:
 * <ul>
 *   <li>Type 1: one {@link TrackInfo} per track chunk, so {@link Note#track()} is the chunk index (a conductor track
 *       without notes still gets an entry). A single track chunk (type 0, or type 1 with one track) is split into one
 *       {@code TrackInfo} per channel that plays notes, in channel order, so that drums and each instrument are
 *       separate tracks.</li>
 *   <li>{@code TrackInfo.channel} is the channel most of the track's notes use; {@code program} the program of its
 *       first note; {@code drums} is true when that channel is 10 (index 9). {@link Note#isDrum()} is exact per note.</li>
 *   <li>Tempo and meter events are taken from all tracks (files put them anywhere). Several meter events on one tick
 *       collapse into the last one.</li>
 *   <li>Notes without a note-off end with their track's last event (End-of-Track included), at least 1 tick long.
 *       The song is as long as its longest track; its title is the file name without extension.</li>
 * </ul>
 */
public final class MidiReader {

    private MidiReader() {
    }

    public static Song read(Path path) throws MidiReadException {
        return read(path, ReadLimits.DEFAULT);
    }

    public static Song read(Path path, ReadLimits limits) throws MidiReadException {
        String name = path.toString();
        byte[] data;
        try {
            if (Files.isDirectory(path)) throw new MidiReadException(name, Reason.IO_ERROR, "it is a folder, not a file");
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                throw new MidiReadException(name, Reason.TOO_LARGE, "the file has " + size + " bytes, more than the limit of "
                        + limits.maxFileBytes());
            }
            data = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new MidiReadException(name, Reason.IO_ERROR, "the file does not exist", e);
        } catch (AccessDeniedException e) {
            throw new MidiReadException(name, Reason.IO_ERROR, "permission denied", e);
        } catch (MidiReadException e) {
            throw e;
        } catch (IOException e) {
            throw new MidiReadException(name, Reason.IO_ERROR, "reading failed (" + e.getMessage() + ")", e);
        }
        return read(data, name, limits);
    }

    /** Reads a file already in memory; {@code name} is used for the title and in error messages. */
    public static Song read(byte[] data, String name) throws MidiReadException {
        return read(data, name, ReadLimits.DEFAULT);
    }

    public static Song read(byte[] data, String name, ReadLimits limits) throws MidiReadException {
        SmfFile smf = SmfParser.parse(data, name, limits);
        try {
            return toSong(smf, titleOf(name), limits);
        } catch (IllegalStateException e) {
            throw new MidiReadException(name, Reason.TOO_LARGE, "it holds " + e.getMessage() + " (the limit)", e);
        }
    }

    static String titleOf(String name) {
        String file = Path.of(name).getFileName() == null ? name : Path.of(name).getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static Song toSong(SmfFile smf, String title, ReadLimits limits) {
        List<List<SmfEvent>> tracks = smf.tracks().size() == 1
                ? splitByChannel(smf.tracks().get(0).events())
                : smf.tracks().stream().map(SmfFile.Track::events).toList();
        long length = smf.tracks().stream().mapToLong(SmfFile.Track::endTick).max().orElse(0);
        // notes left open end with their own track (a single track's channel parts share its end)
        long[] trackEnds = smf.tracks().size() == 1
                ? tracks.stream().mapToLong(t -> smf.tracks().get(0).endTick()).toArray()
                : smf.tracks().stream().mapToLong(SmfFile.Track::endTick).toArray();

        ProgramTimeline programs = new ProgramTimeline(tracks);
        List<TempoChange> tempos = new ArrayList<>();
        TreeMap<Long, TimeSignature> meters = new TreeMap<>();
        List<TrackInfo> infos = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        for (int t = 0; t < tracks.size(); t++) {
            NoteAssembler assembler = new NoteAssembler(t, limits.maxNotes() - notes.size());
            String name = "";
            for (SmfEvent e : tracks.get(t)) {
                if (e instanceof SmfEvent.NoteOn on) {
                    assembler.noteOn(on.tick(), on.channel(), on.key(), on.velocity(), programs.programAt(t, on.channel(), on.tick()));
                } else if (e instanceof SmfEvent.NoteOff off) {
                    assembler.noteOff(off.tick(), off.channel(), off.key());
                } else if (e instanceof SmfEvent.Tempo tempo) {
                    tempos.add(new TempoChange(tempo.tick(), tempo.microsPerQuarter()));
                } else if (e instanceof SmfEvent.Meter m) {
                    meters.put(m.tick(), new TimeSignature(m.tick(), m.numerator(), m.denominator()));
                } else if (e instanceof SmfEvent.TrackName n && name.isEmpty()) {
                    name = n.name();
                }
            }
            List<Note> trackNotes = assembler.finish(trackEnds[t]);
            notes.addAll(trackNotes);
            infos.add(trackInfo(t, name, trackNotes, tracks.get(t)));
        }
        if (tracks.size() > 1 && smf.tracks().size() == 1) infos = nameChannelTracks(infos);
        return new Song(title, smf.ppq(), new TempoMap(smf.ppq(), tempos), List.copyOf(meters.values()), infos, notes, length);
    }

    /** Type 0: one event list per channel that plays notes; meta events go with the first. */
    private static List<List<SmfEvent>> splitByChannel(List<SmfEvent> events) {
        TreeSet<Integer> channels = new TreeSet<>();
        for (SmfEvent e : events) if (e instanceof SmfEvent.NoteOn on) channels.add(on.channel());
        if (channels.size() <= 1) return List.of(events);
        List<Integer> order = List.copyOf(channels);
        List<List<SmfEvent>> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) out.add(new ArrayList<>());
        for (SmfEvent e : events) {
            int channel = channelOf(e);
            if (channel < 0) {
                out.get(0).add(e);
            } else {
                int i = order.indexOf(channel);
                if (i >= 0) out.get(i).add(e);
                else for (List<SmfEvent> list : out) list.add(e); // a program change for a silent channel: harmless everywhere
            }
        }
        return out;
    }

    private static int channelOf(SmfEvent e) {
        if (e instanceof SmfEvent.NoteOn on) return on.channel();
        if (e instanceof SmfEvent.NoteOff off) return off.channel();
        if (e instanceof SmfEvent.ProgramChange pc) return pc.channel();
        return -1;
    }

    private static List<TrackInfo> nameChannelTracks(List<TrackInfo> infos) {
        String base = infos.get(0).name();
        List<TrackInfo> named = new ArrayList<>();
        for (TrackInfo i : infos) {
            String name = (base.isEmpty() ? "" : base + " · ") + "channel " + (i.channel() + 1);
            named.add(new TrackInfo(i.index(), name, i.channel(), i.program(), i.drums()));
        }
        return named;
    }

    private static TrackInfo trackInfo(int index, String name, List<Note> notes, List<SmfEvent> events) {
        int[] perChannel = new int[16];
        for (Note n : notes) perChannel[n.channel()]++;
        int channel = -1;
        for (int c = 0; c < 16; c++) if (perChannel[c] > 0 && (channel < 0 || perChannel[c] > perChannel[channel])) channel = c;
        int program = 0;
        if (channel >= 0) {
            long firstStart = Long.MAX_VALUE;
            for (Note n : notes) {
                if (n.channel() == channel && n.start() < firstStart) {
                    firstStart = n.start();
                    program = n.program();
                }
            }
        } else {
            // no notes: describe the track by its first program change, if any
            for (SmfEvent e : events) {
                if (e instanceof SmfEvent.ProgramChange pc) {
                    channel = pc.channel();
                    program = pc.program();
                    break;
                }
            }
        }
        channel = Math.max(channel, 0);
        return new TrackInfo(index, name, channel, program, channel == Midi.DRUM_CHANNEL);
    }
}
