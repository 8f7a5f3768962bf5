package io.genreshift.app.roll;

import io.genreshift.app.edit.NoteEdge;
import io.genreshift.core.model.Note;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoteHitTest {
    /** 0.1 px per tick, 10 px rows, pitch 87 at the top. */
    private final Viewport v = new Viewport(800, 400, 0, 40, 0.1, 10);
    private final Note wide = Note.of(80, 1000, 1000, 100);   // x 100..200
    private final Note tiny = Note.of(70, 3000, 10, 100);     // x 300..301
    private final NoteIndex index = NoteIndex.of(TestSongs.of(wide, tiny));

    private double rowY(int pitch) {
        return v.y(pitch) + 5;
    }

    @Test
    void theBodyEdgesAndEmptySpaceAreTold() {
        assertThat(NoteHit.find(v, index, 150, rowY(80))).isEqualTo(new NoteHit(wide, null));
        assertThat(NoteHit.find(v, index, 102, rowY(80))).isEqualTo(new NoteHit(wide, NoteEdge.START));
        assertThat(NoteHit.find(v, index, 198, rowY(80))).isEqualTo(new NoteHit(wide, NoteEdge.END));
        assertThat(NoteHit.find(v, index, 150, rowY(81))).isNull();
        assertThat(NoteHit.find(v, index, 250, rowY(80))).isNull();
    }

    @Test
    void aOnePixelNoteCanStillBeGrabbed() {
        assertThat(NoteHit.find(v, index, 299, rowY(70))).extracting(NoteHit::note).isEqualTo(tiny);
        assertThat(NoteHit.find(v, index, 302.5, rowY(70))).isEqualTo(new NoteHit(tiny, NoteEdge.END));
        assertThat(NoteHit.find(v, index, 310, rowY(70))).isNull();
    }
}
