package io.genreshift.app.transfer;

import io.genreshift.app.fakes.FakeTransferEngine;
import io.genreshift.app.fakes.Songs;
import io.genreshift.app.shell.CancellationToken;
import io.genreshift.core.metrics.ContentChange;
import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PianoRoll;
import io.genreshift.core.roll.PianoRollConverter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TransferComparisonTest {
    private final Song original = Songs.scale(4);
    private final TransferRequest request = new TransferRequest("classic", "jazz", ModelVariant.SN, 0.5, false);

    private SongVersion transferOf(Song source) {
        TransferResult result = new FakeTransferEngine().transfer(source, request, (f, t) -> { }, new CancellationToken());
        return SongVersion.transferred(2, "t", result, request, source);
    }

    @Test
    void anUneditedTransferHasTheNumbersTheTransferReported() {
        SongVersion t = transferOf(original);

        TransferComparison c = TransferComparison.of(t);

        assertThat(c.change()).isEqualTo(t.result().change());
        assertThat(c.change().added()).isPositive();
        assertThat(c.diff().counts().added()).isEqualTo(c.change().added());
        assertThat(c.diff().counts().removed()).isEqualTo(c.change().removed());
    }

    @Test
    void deletingAnAddedNoteLowersAddedByExactlyItsCells() {
        SongVersion t = transferOf(original);
        // Transposed up a fifth, no note of the transfer sounds in the original at the same time: all are "added".
        Note doomed = t.song().notes().get(3);
        int doomedCells = PianoRollConverter.toRoll(original.withNotes(List.of(doomed))).activeCells();
        List<Note> rest = new ArrayList<>(t.song().notes());
        rest.remove(doomed);

        TransferComparison before = TransferComparison.of(t);
        TransferComparison after = TransferComparison.of(t.withSong(t.song().withNotes(rest)));

        assertThat(doomedCells).isPositive();
        assertThat(before.change().added() - after.change().added()).isEqualTo(doomedCells);
        assertThat(after.change().removed()).isEqualTo(before.change().removed());
        assertThat(after.diff().counts().added()).isEqualTo(after.change().added());
    }

    @Test
    void notesDrawnPastTheOriginalsEndCountAsAddedInAPaddedPhrase() {
        PianoRoll source = PianoRollConverter.toRoll(original);
        PianoRoll longer = source.resized(source.steps() + 8).with(source.steps() + 2, 40, true);

        TransferComparison c = TransferComparison.between(source, longer);

        assertThat(c.change()).isEqualTo(new ContentChange(1, 0, source.activeCells()));
        assertThat(c.diff().steps()).isEqualTo(source.steps() + 8);
        assertThat(source.steps() % Phrase.STEPS).isZero();
    }
}
