package io.genreshift.core.corpus;

import io.genreshift.core.roll.BarTally;

import java.util.List;
import java.util.Map;

/**
 * What preparation found for one genre; part of {@link PreparationReport}.
 *
 * @param sources              the folders read
 * @param filesRead            MIDI files found (.mid/.midi)
 * @param rejected             files left out, by reason (a reason's key names its details, e.g. the reader's reason)
 * @param nearDuplicateGroups  groups of near-duplicate songs kept together in one split
 * @param sparsePhrasesDropped phrases of accepted songs dropped for having ≤ 1 active cell
 * @param notesClipped         pitched notes of accepted songs outside MIDI 24..107, not in the rolls
 * @param bars                 bars of the readable, unique files by meter ("none": before the first time signature):
 *                             kept in phrases, or dropped (other meter, rejected file, tail shorter than a phrase);
 *                             null in reports written before it existed
 */
public record GenreCounts(String genre, List<String> sources, int filesRead, Map<String, Integer> rejected,
                          int songsTrain, int songsTest, int phrasesTrain, int phrasesTest,
                          int nearDuplicateGroups, int sparsePhrasesDropped, long notesClipped,
                          Map<String, BarTally> bars) {

    public int filesRejected() {
        return rejected.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int songs() {
        return songsTrain + songsTest;
    }
}
