package io.genreshift.core.midi;

import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.model.TrackInfo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MidiReaderTest {

    private static Song read(SmfBytes smf) throws MidiReadException {
        return MidiReader.read(smf.build(), "test.mid");
    }

    @Test
    void readsNotesTempoMeterNamesAndProgramsOfAType1File() throws Exception {
        SmfBytes smf = SmfBytes.type1(480);
        smf.track().name(0, "Conductor").tempo(0, 600_000).meter(0, 3, 2).tempo(1920, 400_000).end(0);
        smf.track().name(0, "Bass").program(0, 1, 33).on(0, 1, 40, 90).off(480, 1, 40).on(0, 1, 43, 70).off(240, 1, 43).end(0);

        Song song = read(smf);

        assertThat(song.title()).isEqualTo("test");
        assertThat(song.ppq()).isEqualTo(480);
        assertThat(song.tempoMap().changes()).extracting(c -> c.tick() + ":" + c.microsPerQuarter())
                .containsExactly("0:600000", "1920:400000");
        assertThat(song.meters()).containsExactly(new TimeSignature(0, 3, 4));
        assertThat(song.tracks()).containsExactly(new TrackInfo(0, "Conductor", 0, 0, false), new TrackInfo(1, "Bass", 1, 33, false));
        assertThat(song.notes()).containsExactly(new Note(40, 0, 480, 90, 1, 33, 1), new Note(43, 480, 240, 70, 1, 33, 1));
    }

    @Test
    void noteOnWithVelocityZeroEndsTheNoteAndRunningStatusIsFollowed() throws Exception {
        SmfBytes smf = SmfBytes.type1(96);
        smf.track().on(0, 0, 60, 100).running(96, 60, 0).running(0, 62, 80).running(48, 62, 0).end(0);

        assertThat(read(smf).notes()).containsExactly(Note.of(60, 0, 96, 100), Note.of(62, 96, 48, 80));
    }

    @Test
    void overlappingIdenticalNotesArePairedFirstInFirstOut() throws Exception {
        SmfBytes smf = SmfBytes.type1(96);
        // on@0, on@10 (same key), off@50, off@100: FIFO gives [0,50) and [10,100)
        smf.track().on(0, 0, 60, 100).on(10, 0, 60, 90).off(40, 0, 60).off(50, 0, 60).end(0);

        assertThat(read(smf).notes()).containsExactly(Note.of(60, 0, 50, 100), Note.of(60, 10, 90, 90));
    }

    @Test
    void aRestrikeWrittenAsOnBeforeOffOnTheSameTickKeepsBothNotes() throws Exception {
        SmfBytes smf = SmfBytes.type1(96);
        smf.track().on(0, 0, 60, 100).on(96, 0, 60, 80).off(0, 0, 60).off(96, 0, 60).end(0);

        assertThat(read(smf).notes()).containsExactly(Note.of(60, 0, 96, 100), Note.of(60, 96, 96, 80));
    }

    @Test
    void notesWithoutNoteOffEndWithTheirTrack() throws Exception {
        SmfBytes smf = SmfBytes.type1(96);
        smf.track().on(0, 0, 60, 100).end(384);
        smf.track().on(96, 0, 64, 100).end(0); // End-of-Track on the note's own tick: at least 1 tick long

        Song song = read(smf);
        assertThat(song.lengthTicks()).isEqualTo(384);
        assertThat(song.notes()).containsExactly(Note.of(60, 0, 384, 100), new Note(64, 96, 1, 100, 0, 0, 1));
    }

    @Test
    void sysexAndUnknownMetaEventsAreSkipped() throws Exception {
        SmfBytes smf = SmfBytes.type1(96);
        smf.track().sysex(0, 20).raw(0, 0xFF, 0x92, 2, 1, 2).raw(0, 0xFF, 0x7F, 3, 0, 0, 0x41).on(0, 0, 60, 100).off(96, 0, 60).end(0);

        assertThat(read(smf).notes()).containsExactly(Note.of(60, 0, 96, 100));
    }

    @Test
    void outOfRangeDataBytesAreSteppedOverAndTheTrackGoesOn() throws Exception {
        SmfBytes smf = SmfBytes.type1(96);
        // "program 255" as some sequencers write it, then a controller value 0x80
        smf.track().raw(0, 0xC9, 0xFF).raw(0, 0xB9, 0x07, 0x80).on(0, 9, 36, 100).off(24, 9, 36).end(0);

        assertThat(read(smf).notes()).containsExactly(new Note(36, 0, 24, 100, 9, 0, 0));
    }

    @Test
    void eachNoteGetsTheProgramInForceAtItsOnset() throws Exception {
        SmfBytes smf = SmfBytes.type1(96);
        smf.track().program(0, 0, 0).on(0, 0, 60, 100).off(96, 0, 60).program(0, 0, 40).on(0, 0, 62, 100).off(96, 0, 62).end(0);

        assertThat(read(smf).notes()).extracting(Note::program).containsExactly(0, 40);
    }

    @Test
    void programChangesFromASetupTrackApplyToOtherTracks() throws Exception {
        SmfBytes smf = SmfBytes.type1(96);
        smf.track().program(0, 2, 24).end(0);
        smf.track().on(0, 2, 60, 100).off(96, 2, 60).end(0);

        assertThat(read(smf).notes()).extracting(Note::program).containsExactly(24);
    }

    @Test
    void notesBeforeALateFirstProgramChangeGetThatProgram() throws Exception {
        SmfBytes smf = SmfBytes.type1(96);
        smf.track().on(0, 0, 60, 100).program(10, 0, 19).off(86, 0, 60).end(0);

        assertThat(read(smf).notes()).extracting(Note::program).containsExactly(19);
    }

    @Test
    void drumsOnChannelTenAreFlaggedPerTrackAndPerNote() throws Exception {
        SmfBytes smf = SmfBytes.type1(96);
        smf.track().name(0, "Drums").on(0, 9, 36, 100).off(24, 9, 36).end(0);
        smf.track().name(0, "Piano").on(0, 0, 60, 100).off(24, 0, 60).end(0);

        Song song = read(smf);
        assertThat(song.tracks()).extracting(TrackInfo::drums).containsExactly(true, false);
        assertThat(song.notes()).filteredOn(Note::isDrum).extracting(Note::pitch).containsExactly(36);
    }

    @Test
    void aType0FileIsSplitIntoOneTrackPerChannel() throws Exception {
        SmfBytes smf = new SmfBytes(0, 96);
        smf.track().name(0, "Band").program(0, 0, 5).on(0, 9, 36, 100).on(0, 0, 60, 100).off(96, 9, 36).off(0, 0, 60).end(0);

        Song song = read(smf);
        assertThat(song.tracks()).containsExactly(new TrackInfo(0, "Band · channel 1", 0, 5, false),
                new TrackInfo(1, "Band · channel 10", 9, 0, true));
        assertThat(song.notes()).extracting(n -> n.pitch() + "@" + n.track()).containsExactlyInAnyOrder("60@0", "36@1");
    }

    @Test
    void severalMeterEventsOnOneTickCollapseIntoTheLast() throws Exception {
        SmfBytes smf = SmfBytes.type1(96);
        smf.track().meter(0, 3, 2).end(0);
        smf.track().meter(0, 4, 2).on(0, 0, 60, 1).off(1, 0, 60).end(0);

        assertThat(read(smf).meters()).isEqualTo(List.of(TimeSignature.FOUR_FOUR));
        assertThat(read(smf).isStrictFourFour()).isTrue();
    }

    @Test
    void unknownChunksAndTrailingGarbageAreSkippedAndRiffWrappersUnpacked() throws Exception {
        SmfBytes smf = SmfBytes.type1(96);
        smf.track().on(0, 0, 60, 100).off(96, 0, 60).end(0);
        byte[] plain = smf.build();
        byte[] withJunk = concat(plain, new byte[] {'X', 'F', 'I', 'H', 0, 0, 0, 2, 1, 2}, new byte[] {0, 0, 0});
        byte[] riff = concat("RIFF\0\0\0\0RMIDdata\0\0\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), plain);

        assertThat(MidiReader.read(withJunk, "junk.mid").notes()).containsExactly(Note.of(60, 0, 96, 100));
        assertThat(MidiReader.read(riff, "song.rmi").notes()).containsExactly(Note.of(60, 0, 96, 100));
    }

    @Test
    void aSingleTrackType1FileIsSplitByChannelLikeType0() throws Exception {
        SmfBytes smf = SmfBytes.type1(96);
        smf.track().on(0, 9, 36, 100).on(0, 0, 60, 100).off(96, 9, 36).off(0, 0, 60).end(0);

        assertThat(read(smf).tracks()).extracting(TrackInfo::channel).containsExactly(0, 9);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
