package io.genreshift.core.midi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds Standard MIDI File bytes event by event, so tests can make well-formed and broken files without binaries. */
final class SmfBytes {
    private final int format;
    private final int division;
    private final List<Track> tracks = new ArrayList<>();
    private Integer declaredTracks;

    SmfBytes(int format, int division) {
        this.format = format;
        this.division = division;
    }

    static SmfBytes type1(int ppq) {
        return new SmfBytes(1, ppq);
    }

    Track track() {
        Track t = new Track();
        tracks.add(t);
        return t;
    }

    SmfBytes declaredTracks(int n) {
        declaredTracks = n;
        return this;
    }

    byte[] build() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("MThd".getBytes(StandardCharsets.US_ASCII));
        u32(out, 6);
        u16(out, format);
        u16(out, declaredTracks == null ? tracks.size() : declaredTracks);
        u16(out, division);
        for (Track t : tracks) {
            byte[] body = t.body.toByteArray();
            out.writeBytes("MTrk".getBytes(StandardCharsets.US_ASCII));
            u32(out, body.length);
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    private static void u16(ByteArrayOutputStream out, int v) {
        out.write(v >> 8);
        out.write(v);
    }

    private static void u32(ByteArrayOutputStream out, long v) {
        out.write((int) (v >> 24));
        out.write((int) (v >> 16));
        out.write((int) (v >> 8));
        out.write((int) v);
    }

    static byte[] varLen(long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int shift = 21;
        boolean started = false;
        for (; shift > 0; shift -= 7) {
            int group = (int) (value >> shift) & 0x7F;
            if (group != 0 || started) {
                out.write(group | 0x80);
                started = true;
            }
        }
        out.write((int) value & 0x7F);
        return out.toByteArray();
    }

    /** One track; every method takes the delta time in ticks before the event. */
    static final class Track {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Track raw(int... bytes) {
            for (int b : bytes) body.write(b);
            return this;
        }

        private Track event(long delta, int... bytes) {
            body.writeBytes(varLen(delta));
            return raw(bytes);
        }

        Track on(long delta, int channel, int key, int velocity) {
            return event(delta, 0x90 | channel, key, velocity);
        }

        Track off(long delta, int channel, int key) {
            return event(delta, 0x80 | channel, key, 64);
        }

        /** A note event that reuses the previous status byte (running status). */
        Track running(long delta, int key, int velocity) {
            return event(delta, key, velocity);
        }

        Track program(long delta, int channel, int program) {
            return event(delta, 0xC0 | channel, program);
        }

        Track tempo(long delta, int microsPerQuarter) {
            return event(delta, 0xFF, 0x51, 3, microsPerQuarter >> 16 & 0xFF, microsPerQuarter >> 8 & 0xFF, microsPerQuarter & 0xFF);
        }

        Track meter(long delta, int numerator, int denominatorPower) {
            return event(delta, 0xFF, 0x58, 4, numerator, denominatorPower, 24, 8);
        }

        Track name(long delta, String name) {
            byte[] b = name.getBytes(StandardCharsets.ISO_8859_1);
            body.writeBytes(varLen(delta));
            raw(0xFF, 0x03);
            body.writeBytes(varLen(b.length));
            body.writeBytes(b);
            return this;
        }

        Track sysex(long delta, int length) {
            body.writeBytes(varLen(delta));
            raw(0xF0);
            body.writeBytes(varLen(length));
            for (int i = 0; i < length - 1; i++) body.write(0x11);
            body.write(0xF7);
            return this;
        }

        Track end(long delta) {
            return event(delta, 0xFF, 0x2F, 0);
        }
    }
}
