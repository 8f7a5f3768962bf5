package io.genreshift.core.roll;

import io.genreshift.core.model.MeterMap;
import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoChange;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.model.TrackInfo;

import java.util.List;

/**
 * What {@code genreshift info} (and the editor's song panel) tells about a song: its tracks, tempi, meters, notes and
 * how it fares as model input (phrases, the reference 4/4 filter). Plain data, ready for JSON.
 *
 * @param pitchedNotes notes not on the drum channel
 * @param lowestPitch lowest pitched (non-drum) note, -1 when there is none
 * @param highestPitch highest pitched note, -1 when there is none
 * @param rollSteps sixteenth steps of the song's piano roll
 * @param phrases the phrases a transfer cuts the song into ({@link PhraseLayout#forTransfer}): on the bars of its spans
 *                in 2/4, 2/2 or 4/4, each span's short last one padded; none in other meters
 * @param trainablePhrases phrases that pass {@link TrainingFilter}
 * @param notesClipped pitched notes outside MIDI 24..107, invisible to the models
 * @param strictFourFour passes the reference filter: exactly one meter event, 4/4 at tick 0
 * @param dupleMeters every meter is 2/4, 2/2 or 4/4 (the corpus preparation's relaxed filter)
 * @param meterMap every meter change with the bar it starts on; repeated identical time signatures are one entry
 * @param fourFourBars bars of the song in 4/4 phrases under the musical meter rule (kept) and outside them (dropped)
 */
public record SongSummary(String title, int ppq, long lengthTicks, double seconds, double beats, List<Track> tracks,
                          List<Tempo> tempos, List<String> meters, int notes, int pitchedNotes, int drumNotes,
                          int lowestPitch, int highestPitch, int rollSteps, int phrases, int trainablePhrases,
                          int notesClipped, boolean strictFourFour, boolean dupleMeters,
                          List<MeterEntry> meterMap, BarTally fourFourBars) {

    /** One source track; {@code channel} is 1-based as musicians count, so drums are channel 10. */
    public record Track(int index, String name, int channel, int program, boolean drums, int notes) {
    }

    public record Tempo(long tick, double bpm) {
    }

    /**
     * A meter from bar {@code bar} (1-based) on, starting at {@code tick}; {@code assumed} for the stretch before the
     * file's first time signature, where the SMF default 4/4 applies.
     */
    public record MeterEntry(int bar, long tick, String meter, boolean assumed) {
    }

    public static SongSummary of(Song song) {
        RollConversion conversion = PianoRollConverter.convert(song);
        PianoRoll roll = conversion.roll();
        int[] perTrack = new int[song.tracks().size()];
        int low = -1, high = -1, drums = 0;
        for (Note n : song.notes()) {
            if (n.track() < perTrack.length) perTrack[n.track()]++;
            if (n.isDrum()) {
                drums++;
            } else {
                low = low < 0 ? n.pitch() : Math.min(low, n.pitch());
                high = Math.max(high, n.pitch());
            }
        }
        List<Track> tracks = new java.util.ArrayList<>();
        for (TrackInfo t : song.tracks()) {
            tracks.add(new Track(t.index(), t.name(), t.channel() + 1, t.program(), t.drums(), perTrack[t.index()]));
        }
        List<Tempo> tempos = song.tempoMap().changes().stream().map(c -> new Tempo(c.tick(), roundBpm(c))).toList();
        List<String> meters = song.meters().stream().map(TimeSignature::toString).toList();
        boolean duple = !song.meters().isEmpty() && song.meters().stream().allMatch(TimeSignature::isDuple);
        MeterMap map = MeterMap.of(song);
        List<MeterEntry> entries = map.spans().stream()
                .map(sp -> new MeterEntry(sp.firstBar(), sp.startTick(), sp.meter().numerator() + "/" + sp.meter().denominator(), sp.assumed()))
                .toList();
        PhraseLayout transfer = PhraseLayout.forTransfer(song, roll.steps());
        BarTally fourFour = PhraseLayout.of(map, sp -> !sp.assumed() && sp.meter().isFourFour(), roll.steps(),
                PhraseLayout.Tail.DROP).totalBars();
        return new SongSummary(song.title(), song.ppq(), song.lengthTicks(), song.durationSeconds(),
                (double) song.lengthTicks() / song.ppq(), List.copyOf(tracks), tempos, meters, song.notes().size(),
                song.notes().size() - drums, drums, low, high, roll.steps(), transfer.phraseCount(),
                TrainingFilter.trainable(transfer.phrasesOf(roll)).size(), conversion.notesClipped(), song.isStrictFourFour(), duple,
                entries, fourFour);
    }

    private static double roundBpm(TempoChange c) {
        return Math.round(c.bpm() * 100) / 100.0;
    }
}
