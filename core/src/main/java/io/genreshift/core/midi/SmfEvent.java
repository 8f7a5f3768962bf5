package io.genreshift.core.midi;

/**
 * The events of a Standard MIDI File that a song needs, at absolute ticks. Everything else (controllers, pitch bend,
 * sysex, lyrics, ...) is skipped by {@link SmfParser}. A note-on with velocity 0 arrives here already as {@link NoteOff}.
 */
public sealed interface SmfEvent {
    long tick();

    record NoteOn(long tick, int channel, int key, int velocity) implements SmfEvent {
    }

    record NoteOff(long tick, int channel, int key) implements SmfEvent {
    }

    record ProgramChange(long tick, int channel, int program) implements SmfEvent {
    }

    record Tempo(long tick, int microsPerQuarter) implements SmfEvent {
    }

    record Meter(long tick, int numerator, int denominator) implements SmfEvent {
    }

    record TrackName(long tick, String name) implements SmfEvent {
    }
}
