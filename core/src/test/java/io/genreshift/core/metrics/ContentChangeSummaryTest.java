package io.genreshift.core.metrics;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ContentChangeSummaryTest {

    @Test
    void meanAndPopulationStdOfTheRatios() {
        // totals 0.5 and 1.5: mean 1.0, population std 0.5 (numpy's default ddof=0)
        ContentChangeSummary s = ContentChangeSummary.of(List.of(new ContentChange(1, 0, 2), new ContentChange(2, 1, 2)));

        assertThat(s.phrases()).isEqualTo(2);
        assertThat(s.total().mean()).isCloseTo(1.0, within(1e-12));
        assertThat(s.total().std()).isCloseTo(0.5, within(1e-12));
        assertThat(s.added().mean()).isCloseTo(0.75, within(1e-12));
        assertThat(s.removed().mean()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void phrasesWithAnEmptySourceAreLeftOut() {
        ContentChangeSummary s = ContentChangeSummary.of(List.of(new ContentChange(3, 0, 0), new ContentChange(1, 1, 4)));

        assertThat(s.phrases()).isEqualTo(1);
        assertThat(s.total().mean()).isEqualTo(0.5);
    }

    @Test
    void emptyInputGivesNaNNotAnError() {
        ContentChangeSummary s = ContentChangeSummary.of(List.of());

        assertThat(s.phrases()).isZero();
        assertThat(s.total().mean()).isNaN();
    }

    @Test
    void printsLikeThePaper() {
        assertThat(new MeanStd(1.1, 0.5).toString()).isEqualTo("1.10 ± 0.50");
    }

    @Property
    void identicalChangesHaveZeroStd(@ForAll @IntRange(max = 50) int added, @ForAll @IntRange(min = 1, max = 50) int source,
                                     @ForAll @Size(min = 1, max = 20) List<Boolean> copies) {
        ContentChange c = new ContentChange(added, source / 2, source);
        ContentChangeSummary s = ContentChangeSummary.of(Collections.nCopies(copies.size(), c));

        assertThat(s.total().mean()).isCloseTo(c.totalRatio(), within(1e-9));
        assertThat(s.total().std()).isCloseTo(0.0, within(1e-9));
    }
}
