package io.genreshift.core.midi.fuzz;

import io.genreshift.core.midi.MidiReadException;
import io.genreshift.core.midi.MidiReader;
import io.genreshift.core.midi.MidiWriter;
import io.genreshift.core.model.Song;
import io.genreshift.core.roll.MusicianExport;
import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PhraseLayout;
import io.genreshift.core.roll.PianoRoll;
import io.genreshift.core.roll.PianoRollConverter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The path a file takes when a user opens, transfers and exports it, without the model: read → song → piano roll →
 * phrases → a changed roll (every phrase moved up a whole tone, as a stand-in for the generator) → musician export →
 * MIDI file on disk → read back. Only reading may refuse the input (with a {@link MidiReadException}); every later
 * step must work on whatever reading accepted, and the exported file must read back.
 */
final class UserPath {
    private static final int SHIFT = 2;

    /** What happened to one input: read and exported with this many notes, or refused for this reason. */
    record Outcome(int notesRead, int notesExported, MidiReadException rejection) {
        boolean accepted() {
            return rejection == null;
        }
    }

    private UserPath() {
    }

    static Outcome run(Path input, Path exported) throws IOException {
        Song song;
        try {
            song = MidiReader.read(input);
        } catch (MidiReadException e) {
            return new Outcome(0, 0, e);
        }
        PianoRoll roll = PianoRollConverter.toRoll(song);
        PhraseLayout layout = PhraseLayout.forTransfer(song, roll.steps());
        List<Phrase> changed = layout.phrasesOf(roll).stream().map(UserPath::upAWholeTone).toList();
        Song result = MusicianExport.apply(song, layout.apply(roll, changed), MusicianExport.Drums.KEEP);
        MidiWriter.write(result, exported);
        Song back = MidiReader.read(exported); // a MidiReadException here is a failure: we wrote a file we cannot read
        return new Outcome(song.notes().size(), back.notes().size(), null);
    }

    private static Phrase upAWholeTone(Phrase phrase) {
        boolean[][] grid = phrase.toGrid();
        boolean[][] shifted = new boolean[Phrase.STEPS][PianoRoll.PITCHES];
        for (int t = 0; t < Phrase.STEPS; t++) System.arraycopy(grid[t], 0, shifted[t], SHIFT, PianoRoll.PITCHES - SHIFT);
        return Phrase.of(shifted);
    }
}
