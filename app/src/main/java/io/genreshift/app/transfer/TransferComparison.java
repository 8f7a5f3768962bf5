package io.genreshift.app.transfer;

import io.genreshift.app.roll.RollDiff;
import io.genreshift.core.metrics.ContentChange;
import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PianoRoll;
import io.genreshift.core.roll.PianoRollConverter;

import java.util.Objects;

/**
 * A transfer as it is now (edits included) compared with the original it was made from: the cells the diff view
 * colours and core's content change for its numbers. Pure, and a matter of milliseconds even for a long song, so it is
 * recomputed on the UI thread after every edit.
 */
public record TransferComparison(RollDiff diff, ContentChange change) {
    public TransferComparison {
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(change, "change");
    }

    public static TransferComparison of(SongVersion transfer) {
        if (transfer.isOriginal()) throw new IllegalArgumentException("the original is not compared with itself");
        // Unedited, the model's own output is the roll; after an edit the notes are converted again, as the model
        // would see them (core's musician export guarantees that both agree for the unedited song).
        PianoRoll now = transfer.isEdited() ? PianoRollConverter.toRoll(transfer.song()) : transfer.result().transferredRoll();
        return between(transfer.result().originalRoll(), now);
    }

    /**
     * Core's {@link ContentChange} summed over the 4-bar phrases, both rolls padded with silence to the same whole
     * number of phrases as a transfer pads them, so an unedited transfer gets exactly the numbers the transfer reported.
     */
    public static TransferComparison between(PianoRoll source, PianoRoll transfer) {
        int phrases = (Math.max(source.steps(), transfer.steps()) + Phrase.STEPS - 1) / Phrase.STEPS;
        PianoRoll s = source.resized(phrases * Phrase.STEPS);
        PianoRoll t = transfer.resized(phrases * Phrase.STEPS);
        int added = 0;
        int removed = 0;
        for (int i = 0; i < phrases; i++) {
            ContentChange c = ContentChange.between(s.phrase(i), t.phrase(i));
            added += c.added();
            removed += c.removed();
        }
        return new TransferComparison(new RollDiff(source, transfer), new ContentChange(added, removed, source.activeCells()));
    }
}
