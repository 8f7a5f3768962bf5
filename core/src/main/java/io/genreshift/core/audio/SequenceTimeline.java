package io.genreshift.core.audio;

import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.Sequence;
import javax.sound.midi.Track;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The playable events of a {@link Sequence}, merged across tracks in tick order, each placed in time by the tempo map:
 * this is what a synthesizer's timestamped {@code Receiver} needs. Meta events are consumed (tempo) and left out.
 *
 * <p>For PPQ timing each tempo meta event (0x51) sets the microseconds per quarter note from its tick on (default 120 BPM
 * until the first one), whichever track it is in. For SMPTE timing a tick is a fixed fraction of a second.
 */
public final class SequenceTimeline {
    private static final int TEMPO_META = 0x51;
    private static final int DEFAULT_MICROS_PER_QUARTER = 500_000;

    /** One message at its time from the start, in microseconds. */
    public record TimedMessage(long micros, MidiMessage message) {
    }

    private final List<TimedMessage> messages;
    private final long endMicros;

    private SequenceTimeline(List<TimedMessage> messages, long endMicros) {
        this.messages = List.copyOf(messages);
        this.endMicros = endMicros;
    }

    public static SequenceTimeline of(Sequence sequence) {
        List<MidiEvent> events = new ArrayList<>();
        for (Track track : sequence.getTracks()) {
            for (int i = 0; i < track.size(); i++) events.add(track.get(i));
        }
        // Stable sort: events at the same tick keep their track order and their order within the track.
        events.sort(Comparator.comparingLong(MidiEvent::getTick));

        TickClock clock = new TickClock(sequence);
        List<TimedMessage> out = new ArrayList<>(events.size());
        for (MidiEvent event : events) {
            long micros = clock.microsAt(event.getTick());
            MidiMessage msg = event.getMessage();
            if (msg instanceof MetaMessage meta) {
                if (meta.getType() == TEMPO_META && meta.getData().length >= 3) clock.setTempo(event.getTick(), meta.getData());
            } else {
                out.add(new TimedMessage(micros, msg));
            }
        }
        // The sequence ends with its last event of any kind (usually an end-of-track meta event).
        return new SequenceTimeline(out, clock.microsAt(sequence.getTickLength()));
    }

    public List<TimedMessage> messages() {
        return messages;
    }

    /** When the sequence ends, in microseconds. */
    public long endMicros() {
        return endMicros;
    }

    public double endSeconds() {
        return endMicros / 1e6;
    }

    /** Converts ticks to microseconds through tempo changes met in increasing tick order. */
    private static final class TickClock {
        private final boolean ppq;
        private final int resolution;
        private final double smpteMicrosPerTick;
        private long anchorTick;
        private double anchorMicros;
        private int microsPerQuarter = DEFAULT_MICROS_PER_QUARTER;

        TickClock(Sequence sequence) {
            ppq = sequence.getDivisionType() == Sequence.PPQ;
            resolution = Math.max(1, sequence.getResolution());
            smpteMicrosPerTick = ppq ? 0 : 1e6 / (sequence.getDivisionType() * resolution);
        }

        long microsAt(long tick) {
            if (!ppq) return Math.round(tick * smpteMicrosPerTick);
            return Math.round(anchorMicros + (tick - anchorTick) * (double) microsPerQuarter / resolution);
        }

        void setTempo(long tick, byte[] data) {
            if (!ppq) return;
            int mpq = ((data[0] & 0xff) << 16) | ((data[1] & 0xff) << 8) | (data[2] & 0xff);
            if (mpq <= 0) return; // a zero tempo would stop time; ignore it as players do
            anchorMicros = anchorMicros + (tick - anchorTick) * (double) microsPerQuarter / resolution;
            anchorTick = tick;
            microsPerQuarter = mpq;
        }
    }
}
