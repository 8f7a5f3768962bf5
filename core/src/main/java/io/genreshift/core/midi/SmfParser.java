package io.genreshift.core.midi;

import io.genreshift.core.midi.MidiReadException.Reason;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, lenient Standard MIDI File parser. We parse the bytes ourselves instead of using javax.sound.midi's
 * {@code StandardMidiFileReader} because that one rejects whole files for one odd meta event (4 of the 926
 * jazz_ml_ready files, see {@code CorpusReadTest}), and because we need hard limits ({@link ReadLimits}) so a hostile
 * file cannot run for long or fill the heap.
 *
 * <p>Leniency policy, in short: the file-level structure must be sound (header, chunk lengths within the file, as
 * many tracks as announced), otherwise the file is rejected with a {@link Reason}. Inside a track, damage ends that
 * track quietly at the last good event ({@link SmfFile.Track#clean()} is then false). A channel message with an
 * out-of-range data byte is stepped over and dropped (javax.sound.midi does the same; several jazz_ml_ready files need
 * it). Running status survives meta and sysex events (many writers rely on it, although the SMF spec says it should
 * not). Sysex, controllers, pitch bend, aftertouch, stray system messages and unknown chunks are skipped.
 */
public final class SmfParser {
    private static final int MAX_NAME_CHARS = 200;

    private final String file;
    private final ReadLimits limits;
    private final byte[] data;
    private int eventCount;

    private SmfParser(byte[] data, String file, ReadLimits limits) {
        this.data = data;
        this.file = file;
        this.limits = limits;
    }

    /** Parses a whole file held in memory; {@code file} is only used in error messages. */
    public static SmfFile parse(byte[] data, String file, ReadLimits limits) throws MidiReadException {
        return new SmfParser(data, file, limits).parseFile();
    }

    private MidiReadException fail(Reason reason, String detail) {
        return new MidiReadException(file, reason, detail);
    }

    private SmfFile parseFile() throws MidiReadException {
        if (data.length == 0) throw fail(Reason.EMPTY, "the file is empty (0 bytes)");
        if (data.length > limits.maxFileBytes()) {
            throw fail(Reason.TOO_LARGE, "the file has " + data.length + " bytes, more than the limit of " + limits.maxFileBytes());
        }
        int off = headerOffset();
        if (data.length < off + 14) throw fail(Reason.TRUNCATED, "the file ends inside its 14-byte MIDI header");
        long headerLength = u32(off + 4);
        if (headerLength < 6) throw fail(Reason.CORRUPT, "the MIDI header declares " + headerLength + " bytes instead of 6");
        int format = u16(off + 8);
        int declaredTracks = u16(off + 10);
        int division = u16(off + 12);
        if (format == 2) throw fail(Reason.UNSUPPORTED_FORMAT, "it is MIDI type 2 (independent patterns), only types 0 and 1 are supported");
        if (format > 2) throw fail(Reason.UNSUPPORTED_FORMAT, "the header says MIDI type " + format + ", which does not exist");
        if ((division & 0x8000) != 0) throw fail(Reason.SMPTE_TIMING, "its timing is in SMPTE frames, not ticks per quarter note");
        if (division == 0) throw fail(Reason.CORRUPT, "the header says 0 ticks per quarter note");
        if (division < 4) {
            throw fail(Reason.UNSUPPORTED_FORMAT, "its resolution of " + division + " ticks per quarter note is coarser than a sixteenth note");
        }

        List<SmfFile.Track> tracks = new ArrayList<>();
        long pos = off + 8 + headerLength;
        while (pos + 8 <= data.length) {
            int p = (int) pos;
            long length = u32(p + 4);
            boolean isTrack = data[p] == 'M' && data[p + 1] == 'T' && data[p + 2] == 'r' && data[p + 3] == 'k';
            if (isTrack) {
                if (p + 8 + length > data.length) {
                    throw fail(Reason.TRUNCATED, "track " + tracks.size() + " declares " + length + " bytes but only "
                            + (data.length - p - 8) + " remain in the file");
                }
                if (tracks.size() == limits.maxTracks()) {
                    throw fail(Reason.TOO_LARGE, "it has more than " + limits.maxTracks() + " tracks");
                }
                tracks.add(parseTrack(p + 8, (int) (p + 8 + length), division));
            } else if (!isChunkId(p)) {
                break; // trailing garbage after the last chunk: common, harmless
            }
            pos += 8 + length;
        }
        if (tracks.size() < declaredTracks && (pos >= data.length || startsWithTrackId((int) pos))) {
            // ending exactly after a chunk is still a cut: the header announced more tracks
            throw fail(Reason.TRUNCATED, "the header announces " + declaredTracks + " tracks but the file ends after "
                    + tracks.size());
        }
        if (tracks.isEmpty()) {
            if (pos > data.length) throw fail(Reason.TRUNCATED, "the file ends before its first track");
            throw fail(Reason.EMPTY, "the file contains no track chunk");
        }
        return new SmfFile(format, division, tracks);
    }

    /** Where "MThd" starts: 0, or inside a RIFF-RMID wrapper. */
    private int headerOffset() throws MidiReadException {
        if (startsWith(0, "MThd")) return 0;
        if (startsWith(0, "RIFF")) {
            for (int i = 4; i + 4 <= Math.min(data.length, 256); i++) if (startsWith(i, "MThd")) return i;
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(4, data.length); i++) hex.append(String.format("%02X ", data[i] & 0xFF));
        throw fail(Reason.NOT_MIDI, "it does not start with 'MThd' (first bytes: " + hex.toString().trim() + ")");
    }

    private SmfFile.Track parseTrack(int start, int end, int ppq) throws MidiReadException {
        long maxTick = limits.maxBeats() * ppq;
        List<SmfEvent> events = new ArrayList<>();
        int p = start;
        long tick = 0;
        int running = 0;
        boolean clean = false;
        while (p < end) {
            // delta time: a variable-length quantity of at most 4 bytes
            long delta = 0;
            int n = 0;
            int b;
            do {
                if (p >= end || n == 4) return new SmfFile.Track(events, tick, false);
                b = data[p++] & 0xFF;
                delta = (delta << 7) | (b & 0x7F);
                n++;
            } while ((b & 0x80) != 0);
            tick += delta;
            if (tick > maxTick) {
                throw fail(Reason.TOO_LONG, "an event lies at tick " + tick + ", beyond " + limits.maxBeats() + " beats at "
                        + ppq + " ticks per beat");
            }
            if (p >= end) break;

            int status = data[p] & 0xFF;
            if (status >= 0x80) {
                p++;
            } else if (running != 0) {
                status = running;
            } else {
                break; // a data byte with no status in force: the rest of the track is unreadable
            }

            if (status == 0xFF) {
                if (p >= end) break;
                int type = data[p++] & 0xFF;
                long[] len = readVarLen(p, end);
                if (len == null) break;
                p = (int) len[1];
                if (p + len[0] > end) break;
                int from = p;
                p += (int) len[0];
                if (type == 0x2F) {
                    clean = true;
                    break;
                }
                SmfEvent meta = meta(type, from, (int) len[0], tick);
                if (meta != null) add(events, meta);
            } else if (status == 0xF0 || status == 0xF7) {
                long[] len = readVarLen(p, end);
                if (len == null || len[1] + len[0] > end) break;
                p = (int) (len[1] + len[0]);
            } else if (status >= 0xF0) {
                // System common/real-time bytes do not belong in a file; skip them with their data bytes.
                p += switch (status) {
                    case 0xF1, 0xF3 -> 1;
                    case 0xF2 -> 2;
                    default -> 0;
                };
            } else {
                running = status;
                int kind = status & 0xF0;
                int channel = status & 0x0F;
                int dataBytes = (kind == 0xC0 || kind == 0xD0) ? 1 : 2;
                if (p + dataBytes > end) break;
                int d1 = data[p] & 0xFF;
                int d2 = dataBytes == 2 ? data[p + 1] & 0xFF : 0;
                p += dataBytes;
                // Some sequencers write data bytes >= 0x80 (e.g. program 255 for "none"). Like javax.sound.midi we
                // step over them as data, which keeps the rest of the track in sync; the message itself is dropped.
                if (d1 > 0x7F || d2 > 0x7F) continue;
                switch (kind) {
                    case 0x90 -> add(events, d2 == 0 ? new SmfEvent.NoteOff(tick, channel, d1) : new SmfEvent.NoteOn(tick, channel, d1, d2));
                    case 0x80 -> add(events, new SmfEvent.NoteOff(tick, channel, d1));
                    case 0xC0 -> add(events, new SmfEvent.ProgramChange(tick, channel, d1));
                    default -> { } // controllers, pitch bend, aftertouch: not part of the song model
                }
            }
        }
        return new SmfFile.Track(events, tick, clean);
    }

    private SmfEvent meta(int type, int from, int length, long tick) {
        switch (type) {
            case 0x51:
                if (length < 3) return null;
                int micros = ((data[from] & 0xFF) << 16) | ((data[from + 1] & 0xFF) << 8) | (data[from + 2] & 0xFF);
                return micros == 0 ? null : new SmfEvent.Tempo(tick, micros);
            case 0x58:
                if (length < 2) return null;
                int numerator = data[from] & 0xFF;
                int denominatorPower = data[from + 1] & 0xFF;
                // 2^6 = 64th notes is the finest meter anyone writes; larger exponents are junk
                if (numerator == 0 || denominatorPower > 6) return null;
                return new SmfEvent.Meter(tick, numerator, 1 << denominatorPower);
            case 0x03:
                String name = new String(data, from, Math.min(length, MAX_NAME_CHARS), StandardCharsets.ISO_8859_1);
                return new SmfEvent.TrackName(tick, name.replaceAll("\\p{Cntrl}", "").trim());
            default:
                return null;
        }
    }

    private void add(List<SmfEvent> events, SmfEvent event) throws MidiReadException {
        if (++eventCount > limits.maxEvents()) {
            throw fail(Reason.TOO_LARGE, "it holds more than " + limits.maxEvents() + " note, program and meta events");
        }
        events.add(event);
    }

    /** {value, position after it}, or null when the quantity runs past {@code end} or is longer than 4 bytes. */
    private long[] readVarLen(int p, int end) {
        long value = 0;
        for (int n = 0; n < 4; n++) {
            if (p >= end) return null;
            int b = data[p++] & 0xFF;
            value = (value << 7) | (b & 0x7F);
            if ((b & 0x80) == 0) return new long[] {value, p};
        }
        return null;
    }

    private boolean isChunkId(int p) {
        for (int i = 0; i < 4; i++) {
            int c = data[p + i] & 0xFF;
            if (c < 0x20 || c > 0x7E) return false;
        }
        return true;
    }

    private boolean startsWithTrackId(int p) {
        String id = "MTrk";
        for (int i = 0; i < id.length() && p + i < data.length; i++) if (data[p + i] != id.charAt(i)) return false;
        return true;
    }

    private boolean startsWith(int p, String id) {
        if (p + id.length() > data.length) return false;
        for (int i = 0; i < id.length(); i++) if (data[p + i] != id.charAt(i)) return false;
        return true;
    }

    private int u16(int p) {
        return ((data[p] & 0xFF) << 8) | (data[p + 1] & 0xFF);
    }

    private long u32(int p) {
        return ((long) (data[p] & 0xFF) << 24) | ((data[p + 1] & 0xFF) << 16) | ((data[p + 2] & 0xFF) << 8) | (data[p + 3] & 0xFF);
    }
}
