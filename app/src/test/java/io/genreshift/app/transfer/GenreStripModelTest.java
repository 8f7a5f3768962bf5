package io.genreshift.app.transfer;

import io.genreshift.core.metrics.ContentChange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GenreStripModelTest {

    @Test
    void summaryReportsTargetProbabilityAndPhrasesWon() {
        GenreStripModel m = new GenreStripModel(
                List.of(new PhraseGenreScores(Map.of("jazz", 0.2, "classic", 0.8)), new PhraseGenreScores(Map.of("jazz", 0.4, "classic", 0.6))),
                List.of(new PhraseGenreScores(Map.of("jazz", 0.9, "classic", 0.1)), new PhraseGenreScores(Map.of("jazz", 0.3, "classic", 0.7))),
                "classic", "jazz");
        assertThat(m.summary()).isEqualTo("Jazz: 30% before → 60% after · 1 of 2 phrases now classified jazz");
        assertThat(m.describePhrase(1)).isEqualTo("Phrase 2 (bars 5–8): jazz 40% → 30%");
        assertThat(m.describePhrase(1, "bars 8–11")).isEqualTo("Phrase 2 (bars 8–11): jazz 40% → 30%");
    }

    @Test
    void originalHasNoStrip() {
        assertThat(GenreStripModel.EMPTY.isEmpty()).isTrue();
        assertThat(GenreStripModel.EMPTY.summary()).contains("Transfer the song");
    }

    @Test
    void diffSummaryShowsAddedRemovedTotal() {
        assertThat(DiffSummary.of(new ContentChange(12, 5, 40)))
                .isEqualTo("+12 added · −5 removed · 17 total = 0.43 × the original's 40 cells");
    }
}
