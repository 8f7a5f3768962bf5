package io.genreshift.core.midi.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the chunks of (possibly already damaged) SMF bytes lie, found by walking the length fields from the header.
 * The walk stops at the first length that leaves the file, so mutations can aim at real chunk boundaries for as long
 * as there are any.
 */
record SmfChunks(List<Chunk> chunks) {

    /** A chunk: offset of its 4-byte id, and its declared body length. */
    record Chunk(int offset, long length) {
        int bodyStart() {
            return offset + 8;
        }

        int bodyEnd(int fileLength) {
            return (int) Math.min(fileLength, bodyStart() + length);
        }
    }

    static SmfChunks of(byte[] data) {
        List<Chunk> out = new ArrayList<>();
        long pos = 0;
        while (pos + 8 <= data.length) {
            int p = (int) pos;
            long length = u32(data, p + 4);
            out.add(new Chunk(p, length));
            pos += 8 + length;
        }
        return new SmfChunks(out);
    }

    /** Chunks after the header, i.e. the tracks (and any unknown chunks). */
    List<Chunk> tracks() {
        return chunks.size() <= 1 ? List.of() : chunks.subList(1, chunks.size());
    }

    static long u32(byte[] data, int p) {
        return ((long) (data[p] & 0xFF) << 24) | ((data[p + 1] & 0xFF) << 16) | ((data[p + 2] & 0xFF) << 8) | (data[p + 3] & 0xFF);
    }

    static void putU32(byte[] data, int p, long v) {
        data[p] = (byte) (v >> 24);
        data[p + 1] = (byte) (v >> 16);
        data[p + 2] = (byte) (v >> 8);
        data[p + 3] = (byte) v;
    }
}
