package io.genreshift.core.audio;

import org.junit.jupiter.api.Test;

import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

import static org.assertj.core.api.Assertions.assertThat;

class SequenceTimelineTest {

    @Test
    void followsTempoChangesFromAnyTrack() throws Exception {
        Sequence seq = new Sequence(Sequence.PPQ, 480);
        Track conductor = seq.createTrack();
        Track notes = seq.createTrack();
        conductor.add(new MidiEvent(TestSequences.tempo(120), 0));   // 0.5 s per beat
        conductor.add(new MidiEvent(TestSequences.tempo(60), 960));  // from beat 2: 1 s per beat
        notes.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, 60, 90), 480));
        notes.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, 62, 90), 1440));

        SequenceTimeline timeline = SequenceTimeline.of(seq);

        assertThat(timeline.messages()).extracting(SequenceTimeline.TimedMessage::micros).containsExactly(500_000L, 2_000_000L);
        assertThat(timeline.messages()).noneMatch(m -> m.message() instanceof MetaMessage);
        assertThat(timeline.endMicros()).isEqualTo(2_000_000L); // end of track at tick 1440
    }

    @Test
    void withoutATempoEventUses120Bpm() throws Exception {
        Sequence seq = new Sequence(Sequence.PPQ, 96);
        seq.createTrack().add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, 60, 90), 96 * 3));

        assertThat(SequenceTimeline.of(seq).endSeconds()).isEqualTo(1.5);
    }

    @Test
    void smpteTicksAreFixedFractionsOfASecond() throws Exception {
        Sequence seq = new Sequence(Sequence.SMPTE_25, 40); // 1000 ticks per second
        Track t = seq.createTrack();
        t.add(new MidiEvent(TestSequences.tempo(200), 0)); // ignored under SMPTE timing
        t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, 60, 90), 2500));

        assertThat(SequenceTimeline.of(seq).messages().get(0).micros()).isEqualTo(2_500_000L);
    }

    @Test
    void mergesTracksInTickOrder() throws Exception {
        Sequence seq = new Sequence(Sequence.PPQ, 480);
        Track a = seq.createTrack();
        Track b = seq.createTrack();
        a.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, 60, 90), 960));
        b.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 1, 64, 90), 480));

        assertThat(SequenceTimeline.of(seq).messages())
                .extracting(m -> ((ShortMessage) m.message()).getData1()).containsExactly(64, 60);
    }
}
