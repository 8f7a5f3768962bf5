package io.genreshift.core.midi;

import java.util.List;

/**
 * A parsed Standard MIDI File before it becomes a {@link io.genreshift.core.model.Song}: format, resolution and the
 * kept events of each {@code MTrk} chunk in file order.
 *
 * @param format SMF type, 0 or 1
 * @param ppq ticks per quarter note
 * @param tracks one entry per track chunk
 */
public record SmfFile(int format, int ppq, List<Track> tracks) {

    public SmfFile {
        tracks = List.copyOf(tracks);
    }

    /**
     * One track chunk.
     *
     * @param events kept events in stream order (ticks never decrease)
     * @param endTick tick of the last event of the chunk, End-of-Track included
     * @param clean false when the chunk ended in the middle of an event or without End-of-Track and the rest was skipped
     */
    public record Track(List<SmfEvent> events, long endTick, boolean clean) {
        public Track {
            events = List.copyOf(events);
        }
    }
}
