package io.genreshift.core.model;

/**
 * One sounding note, in ticks at the song's PPQ. Immutable; edit with the {@code with*} copies.
 *
 * @param pitch MIDI key 0..127
 * @param start onset in ticks (≥ 0)
 * @param duration length in ticks (≥ 1)
 * @param velocity 1..127
 * @param channel MIDI channel 0..15 (9 is the General MIDI drum channel)
 * @param program GM program 0..127 in force at the onset
 * @param track index into {@link Song#tracks()} (0-based): the track chunk of a type-1 file, or the channel
 *              track a single-track file is split into (see {@code MidiReader})
 */
public record Note(int pitch, long start, long duration, int velocity, int channel, int program, int track) {

    public Note {
        Midi.checkRange("pitch", pitch, 0, 127);
        Midi.checkRange("velocity", velocity, 1, 127);
        Midi.checkRange("channel", channel, 0, 15);
        Midi.checkRange("program", program, 0, 127);
        if (start < 0) throw new IllegalArgumentException("start must be >= 0, was " + start);
        if (duration < 1) throw new IllegalArgumentException("duration must be >= 1 tick, was " + duration);
        if (track < 0) throw new IllegalArgumentException("track must be >= 0, was " + track);
    }

    /** A piano note on channel 0, program 0, track 0: handy for tests and generated material. */
    public static Note of(int pitch, long start, long duration, int velocity) {
        return new Note(pitch, start, duration, velocity, 0, 0, 0);
    }

    public long end() {
        return start + duration;
    }

    public boolean isDrum() {
        return channel == Midi.DRUM_CHANNEL;
    }

    public Note withPitch(int newPitch) {
        return new Note(newPitch, start, duration, velocity, channel, program, track);
    }

    public Note withStart(long newStart) {
        return new Note(pitch, newStart, duration, velocity, channel, program, track);
    }

    public Note withDuration(long newDuration) {
        return new Note(pitch, start, newDuration, velocity, channel, program, track);
    }

    public Note withVelocity(int newVelocity) {
        return new Note(pitch, start, duration, newVelocity, channel, program, track);
    }

    public Note withTrack(int newTrack, int newChannel, int newProgram) {
        return new Note(pitch, start, duration, velocity, newChannel, newProgram, newTrack);
    }
}
