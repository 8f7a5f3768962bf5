package io.genreshift.core.midi.fuzz;

import java.util.Arrays;
import java.util.List;

/**
 * One way of damaging a Standard MIDI File. Positions are fractions of the file (or of a track) so a mutation applies
 * to any input; each {@link #apply} returns new bytes and never fails. {@code toString} (records) describes the
 * mutation well enough to reproduce a failing case by hand.
 */
sealed interface MidiMutation {

    byte[] apply(byte[] data);

    /** Flips one bit anywhere. */
    record BitFlip(double at, int bit) implements MidiMutation {
        public byte[] apply(byte[] data) {
            if (data.length == 0) return data;
            byte[] out = data.clone();
            out[index(at, out.length)] ^= (byte) (1 << bit);
            return out;
        }
    }

    /** Inserts bytes anywhere, without fixing any length field. */
    record Insert(double at, byte[] bytes) implements MidiMutation {
        public byte[] apply(byte[] data) {
            return splice(data, index(at, data.length + 1), 0, bytes);
        }

        @Override
        public String toString() {
            return "Insert[at=" + at + ", bytes=" + Arrays.toString(bytes) + "]";
        }
    }

    /** Deletes a run of bytes anywhere. */
    record Delete(double at, int count) implements MidiMutation {
        public byte[] apply(byte[] data) {
            if (data.length == 0) return data;
            int from = index(at, data.length);
            return splice(data, from, Math.min(count, data.length - from), new byte[0]);
        }
    }

    /** Keeps only the first part of the file. */
    record Truncate(double keep) implements MidiMutation {
        public byte[] apply(byte[] data) {
            return Arrays.copyOf(data, index(keep, data.length + 1));
        }
    }

    /** Overwrites a chunk's length field (the header's included) with another value. */
    record ChunkLength(int chunk, long length) implements MidiMutation {
        public byte[] apply(byte[] data) {
            List<SmfChunks.Chunk> chunks = SmfChunks.of(data).chunks();
            if (chunks.isEmpty()) return data;
            byte[] out = data.clone();
            SmfChunks.putU32(out, chunks.get(chunk % chunks.size()).offset() + 4, length);
            return out;
        }
    }

    /**
     * Inserts event bytes at the start of a track body and keeps the file's structure sound by fixing the chunk length,
     * so the damage reaches the event parser: huge variable-length values, status-less data (running-status abuse),
     * over-long meta lengths and the like.
     */
    record TrackEvents(int track, double at, byte[] bytes) implements MidiMutation {
        public byte[] apply(byte[] data) {
            List<SmfChunks.Chunk> tracks = SmfChunks.of(data).tracks();
            if (tracks.isEmpty()) return data;
            SmfChunks.Chunk t = tracks.get(track % tracks.size());
            int bodyEnd = t.bodyEnd(data.length);
            int where = t.bodyStart() + index(at, Math.max(0, bodyEnd - t.bodyStart()) + 1);
            byte[] out = splice(data, Math.min(where, data.length), 0, bytes);
            SmfChunks.putU32(out, t.offset() + 4, t.length() + bytes.length);
            return out;
        }

        @Override
        public String toString() {
            return "TrackEvents[track=" + track + ", at=" + at + ", bytes=" + Arrays.toString(bytes) + "]";
        }
    }

    /** Drops every status byte of channel messages in a part of a track, so running status must carry them. */
    record StripStatus(int track, double from, double to) implements MidiMutation {
        public byte[] apply(byte[] data) {
            List<SmfChunks.Chunk> tracks = SmfChunks.of(data).tracks();
            if (tracks.isEmpty()) return data;
            SmfChunks.Chunk t = tracks.get(track % tracks.size());
            int start = t.bodyStart();
            int end = t.bodyEnd(data.length);
            if (end <= start) return data;
            int a = start + index(Math.min(from, to), end - start);
            int b = start + index(Math.max(from, to), end - start);
            byte[] out = new byte[data.length];
            int n = 0;
            int removed = 0;
            for (int i = 0; i < data.length; i++) {
                int v = data[i] & 0xFF;
                if (i >= a && i <= b && v >= 0x80 && v < 0xF0) {
                    removed++;
                    continue;
                }
                out[n++] = data[i];
            }
            out = Arrays.copyOf(out, n);
            SmfChunks.putU32(out, t.offset() + 4, Math.max(0, t.length() - removed));
            return out;
        }
    }

    /** Empties a track chunk: length 0, body removed. */
    record ZeroLengthTrack(int track) implements MidiMutation {
        public byte[] apply(byte[] data) {
            List<SmfChunks.Chunk> tracks = SmfChunks.of(data).tracks();
            if (tracks.isEmpty()) return data;
            SmfChunks.Chunk t = tracks.get(track % tracks.size());
            int bodyEnd = t.bodyEnd(data.length);
            byte[] out = splice(data, t.bodyStart(), bodyEnd - t.bodyStart(), new byte[0]);
            SmfChunks.putU32(out, t.offset() + 4, 0);
            return out;
        }
    }

    /** Sets a header field: 0 = format, 1 = track count, 2 = division (ticks per quarter note, or SMPTE). */
    record HeaderField(int field, int value) implements MidiMutation {
        public byte[] apply(byte[] data) {
            int p = 8 + 2 * field;
            if (data.length < p + 2) return data;
            byte[] out = data.clone();
            out[p] = (byte) (value >> 8);
            out[p + 1] = (byte) value;
            return out;
        }
    }

    /** Sets every tempo event (FF 51 03) to the given microseconds per quarter note (24 bits). */
    record Tempo(int microsPerQuarter) implements MidiMutation {
        public byte[] apply(byte[] data) {
            byte[] out = data.clone();
            for (int i = 0; i + 5 < out.length; i++) {
                if ((out[i] & 0xFF) == 0xFF && out[i + 1] == 0x51 && out[i + 2] == 3) {
                    out[i + 3] = (byte) (microsPerQuarter >> 16);
                    out[i + 4] = (byte) (microsPerQuarter >> 8);
                    out[i + 5] = (byte) microsPerQuarter;
                }
            }
            return out;
        }
    }

    private static int index(double fraction, int length) {
        if (length <= 0) return 0;
        return Math.min(length - 1, (int) (fraction * length));
    }

    private static byte[] splice(byte[] data, int at, int remove, byte[] insert) {
        byte[] out = new byte[data.length - remove + insert.length];
        System.arraycopy(data, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(data, at + remove, out, at + insert.length, data.length - at - remove);
        return out;
    }
}
