package io.genreshift.core.roll;

import io.genreshift.core.midi.MidiReader;
import io.genreshift.core.midi.MidiWriter;
import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import javax.sound.midi.MidiSystem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class RollExportPropertiesTest {

    @Provide
    Arbitrary<PianoRoll> rolls() {
        return RollArbitraries.rolls();
    }

    @Provide
    Arbitrary<Song> songs() {
        return RollArbitraries.songs();
    }

    static Song throughMidiFile(Song song) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MidiSystem.write(MidiWriter.toSequence(song), 1, bytes);
        return MidiReader.read(bytes.toByteArray(), "roundtrip.mid");
    }

    @Property(tries = 200)
    void referenceExportThenReadingTheFileGivesTheSameRoll(@ForAll("rolls") PianoRoll roll) throws IOException {
        Song exported = ReferenceExport.toSong(roll, "x");

        assertThat(PianoRollConverter.toRoll(exported)).isEqualTo(roll);
        assertThat(PianoRollConverter.toRoll(throughMidiFile(exported))).isEqualTo(roll);
    }

    @Property(tries = 200)
    void musicianExportOfTheSongsOwnRollKeepsEveryNoteExactly(@ForAll("songs") Song song) {
        Song exported = MusicianExport.apply(song, PianoRollConverter.toRoll(song), MusicianExport.Drums.KEEP);

        assertThat(exported.notes()).containsExactlyInAnyOrderElementsOf(song.notes());
        assertThat(exported.tempoMap().changes()).isEqualTo(song.tempoMap().changes());
        assertThat(exported.meters()).isEqualTo(song.meters());
        assertThat(exported.lengthTicks()).isEqualTo(song.lengthTicks());
    }

    @Property(tries = 200)
    void musicianExportOfAnyRollGivesBackThatRoll(@ForAll("songs") Song song, @ForAll("rolls") PianoRoll any) throws IOException {
        PianoRoll target = any.resized(PianoRollConverter.toRoll(song).steps());

        Song exported = MusicianExport.apply(song, target, MusicianExport.Drums.KEEP);

        assertThat(PianoRollConverter.toRoll(exported)).isEqualTo(target);
        assertThat(PianoRollConverter.toRoll(throughMidiFile(exported))).isEqualTo(target);
        assertThat(exported.notes()).filteredOn(n -> n.isDrum() || !PianoRoll.inWindow(n.pitch()))
                .containsExactlyInAnyOrderElementsOf(song.notes().stream().filter(n -> n.isDrum() || !PianoRoll.inWindow(n.pitch())).toList());
    }

    @Property(tries = 100)
    void droppingDrumsRemovesOnlyDrumNotes(@ForAll("songs") Song song) {
        Song exported = MusicianExport.apply(song, PianoRollConverter.toRoll(song), MusicianExport.Drums.DROP);

        assertThat(exported.notes()).noneMatch(Note::isDrum);
        assertThat(exported.tracks()).isEqualTo(song.tracks());
    }
}
