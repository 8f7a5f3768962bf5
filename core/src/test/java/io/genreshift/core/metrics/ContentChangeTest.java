package io.genreshift.core.metrics;

import io.genreshift.core.roll.Phrase;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ContentChangeTest {

    @Test
    void countsAddedAndRemovedCellsAgainstTheSource() {
        Phrase source = Phrases.withCells(new int[] {0, 10}, new int[] {1, 10}, new int[] {2, 10}, new int[] {3, 12});
        Phrase transfer = Phrases.withCells(new int[] {0, 10}, new int[] {1, 10}, new int[] {5, 40});

        ContentChange change = ContentChange.between(source, transfer);

        assertThat(change).isEqualTo(new ContentChange(1, 2, 4));
        assertThat(change.addedRatio()).isEqualTo(0.25);
        assertThat(change.removedRatio()).isEqualTo(0.5);
        assertThat(change.totalRatio()).isEqualTo(0.75);
    }

    @Test
    void emptySourceHasNoRatios() {
        ContentChange change = ContentChange.between(Phrase.empty(), Phrases.withCells(new int[] {0, 0}));

        assertThat(change.hasRatios()).isFalse();
        assertThat(change.added()).isEqualTo(1);
        assertThat(change.totalRatio()).isNaN();
    }

    @Test
    void transpositionInvariantForgivesAWholeTranspositionButNotAMelodyChange() {
        Phrase source = Phrases.withCells(new int[] {0, 36}, new int[] {4, 40}, new int[] {8, 43});
        Phrase upAFifth = Phrases.withCells(new int[] {0, 43}, new int[] {4, 47}, new int[] {8, 50});
        Phrase changedMelody = Phrases.withCells(new int[] {0, 43}, new int[] {4, 47}, new int[] {8, 51});

        assertThat(ContentChange.between(source, upAFifth).total()).isEqualTo(6);
        assertThat(ContentChange.transpositionInvariant(source, upAFifth).total()).isZero();
        assertThat(ContentChange.transpositionInvariant(source, changedMelody)).isEqualTo(new ContentChange(1, 1, 3));
    }

    @Property
    void aPhraseComparedWithItselfHasNoChange(@ForAll("phrases") Phrase p) {
        assertThat(ContentChange.between(p, p).total()).isZero();
        assertThat(ContentChange.transpositionInvariant(p, p).total()).isZero();
    }

    @Property
    void swappingSourceAndTransferSwapsAddedAndRemoved(@ForAll("phrases") Phrase a, @ForAll("phrases") Phrase b) {
        ContentChange ab = ContentChange.between(a, b);
        ContentChange ba = ContentChange.between(b, a);

        assertThat(ba.added()).isEqualTo(ab.removed());
        assertThat(ba.removed()).isEqualTo(ab.added());
        assertThat(ba.sourceCells()).isEqualTo(b.activeCells());
    }

    @Property
    void transferCellsAreSourceMinusRemovedPlusAdded(@ForAll("phrases") Phrase a, @ForAll("phrases") Phrase b) {
        ContentChange plain = ContentChange.between(a, b);
        ContentChange invariant = ContentChange.transpositionInvariant(a, b);

        assertThat(a.activeCells() - plain.removed() + plain.added()).isEqualTo(b.activeCells());
        assertThat(a.activeCells() - invariant.removed() + invariant.added()).isEqualTo(b.activeCells());
    }

    @Property
    void transpositionInvariantIsNeverWorseThanPlain(@ForAll("phrases") Phrase a, @ForAll("phrases") Phrase b) {
        assertThat(ContentChange.transpositionInvariant(a, b).total()).isLessThanOrEqualTo(ContentChange.between(a, b).total());
    }

    @Property(tries = 200) // 84 plain comparisons per try
    void transpositionInvariantEqualsTheBestOfAllShiftsByBruteForce(@ForAll("phrases") Phrase a, @ForAll("phrases") Phrase b) {
        int best = Integer.MAX_VALUE;
        for (int j = 0; j < 84; j++) best = Math.min(best, ContentChange.between(a, Phrases.rolled(b, j)).total());

        assertThat(ContentChange.transpositionInvariant(a, b).total()).isEqualTo(best);
    }

    @Property
    void aCircularlyShiftedCopyHasNoInvariantChange(@ForAll("phrases") Phrase p, @ForAll("shifts") int shift) {
        assertThat(ContentChange.transpositionInvariant(p, Phrases.rolled(p, shift)).total()).isZero();
    }

    @Property
    void removedRatioIsAShareOfTheSource(@ForAll("phrases") Phrase a, @ForAll("phrases") Phrase b) {
        ContentChange change = ContentChange.between(a, b);
        if (change.hasRatios()) {
            assertThat(change.removedRatio()).isBetween(0.0, 1.0);
            assertThat(change.totalRatio()).isCloseTo(change.addedRatio() + change.removedRatio(), within(1e-12));
        }
    }

    @Provide
    Arbitrary<Phrase> phrases() {
        return Phrases.sparse();
    }

    @Provide
    Arbitrary<Integer> shifts() {
        return Arbitraries.integers().between(-200, 200);
    }
}
