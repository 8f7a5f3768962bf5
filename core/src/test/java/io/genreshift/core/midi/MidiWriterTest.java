package io.genreshift.core.midi;

import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoMap;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.model.TrackInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.midi.MidiEvent;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MidiWriterTest {
    @TempDir
    Path dir;

    private static Song twoTracks(int secondProgram) {
        List<Note> notes = List.of(new Note(60, 0, 480, 90, 0, 0, 0), new Note(64, 960, 480, 90, 0, secondProgram, 1));
        return new Song("piece", 480, TempoMap.constant(480, 120), List.of(TimeSignature.FOUR_FOUR),
                List.of(new TrackInfo(0, "Piano", 0, 0, false), new TrackInfo(1, "Added", 0, secondProgram, false)), notes, 1920);
    }

    /** "track:tick:channel:program" of every program change in the file. */
    private static List<String> programChanges(Sequence sequence) {
        List<String> out = new ArrayList<>();
        Track[] tracks = sequence.getTracks();
        for (int t = 0; t < tracks.length; t++) {
            for (int i = 0; i < tracks[t].size(); i++) {
                MidiEvent e = tracks[t].get(i);
                if (e.getMessage() instanceof ShortMessage m && m.getCommand() == ShortMessage.PROGRAM_CHANGE) {
                    out.add(t + ":" + e.getTick() + ":" + m.getChannel() + ":" + m.getData1());
                }
            }
        }
        return out;
    }

    @Test
    void aChannelsProgramIsWrittenOnceEvenWhenTwoTracksPlayOnIt() {
        // The Bach prelude's case: its one program change, and the transfer's notes on a second track of that channel.
        assertThat(programChanges(MidiWriter.toSequence(twoTracks(0)))).containsExactly("0:0:0:0");
    }

    @Test
    void aDifferentProgramOnTheSameChannelIsStillChangedAndReadsBack() throws Exception {
        Song song = twoTracks(40);

        assertThat(programChanges(MidiWriter.toSequence(song))).containsExactly("0:0:0:0", "1:960:0:40");
        Path file = dir.resolve("two.mid");
        MidiWriter.write(song, file);
        assertThat(MidiReader.read(file).notes()).extracting(Note::program).containsExactly(0, 40);
    }

    @Test
    void aSongWithMoreNotesThanTheReaderAcceptsIsNotWrittenAndTheOldFileStays() throws Exception {
        int tooMany = ReadLimits.DEFAULT.maxNotes() + 1;
        List<Note> notes = new ArrayList<>(tooMany);
        for (int i = 0; i < tooMany; i++) notes.add(new Note(60, i * 120L, 60, 90, 0, 0, 0));
        Song crowded = twoTracks(0).withNotes(notes);
        Path file = dir.resolve("out.mid");
        MidiWriter.write(twoTracks(0), file);
        byte[] before = java.nio.file.Files.readAllBytes(file);

        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> MidiWriter.write(crowded, file));

        assertThat(e.getMessage()).contains(file.toString()).contains(tooMany + " notes").contains("--threshold");
        assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(before);
    }
}
