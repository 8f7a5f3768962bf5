package io.genreshift.core.study;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PearsonCorrelationTest {

    @Test
    void byHand() {
        // means 2 and 13/3; Σdxdy = 7/3 + 8/3 = 5, Σdx² = 2, Σdy² = (49 + 1 + 64)/9
        double r = PearsonCorrelation.of(new double[] {1, 2, 3}, new double[] {2, 4, 7});

        assertThat(r).isCloseTo(5 / Math.sqrt(2 * 114 / 9.0), within(1e-12));
        assertThat(r).isCloseTo(0.99339, within(1e-5));
    }

    @Test
    void aFallingLineIsMinusOne() {
        assertThat(PearsonCorrelation.of(new double[] {0, 1, 2, 5}, new double[] {1, -1, -3, -9})).isCloseTo(-1, within(1e-12));
    }

    @Test
    void undefinedForAConstantSampleOrOnePair() {
        assertThat(PearsonCorrelation.of(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isNaN();
        assertThat(PearsonCorrelation.of(new double[] {1}, new double[] {2})).isNaN();
    }

    @Property
    void liesInMinusOneToOneAndIsSymmetric(@ForAll @Size(min = 2, max = 30) List<@DoubleRange(min = -1e3, max = 1e3) Double> xs,
                                           @ForAll @Size(min = 2, max = 30) List<@DoubleRange(min = -1e3, max = 1e3) Double> ys) {
        int n = Math.min(xs.size(), ys.size());
        double[] x = xs.subList(0, n).stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = ys.subList(0, n).stream().mapToDouble(Double::doubleValue).toArray();

        double r = PearsonCorrelation.of(x, y);

        if (!Double.isNaN(r)) {
            assertThat(r).isBetween(-1.0, 1.0);
            assertThat(PearsonCorrelation.of(y, x)).isCloseTo(r, within(1e-12));
        }
    }
}
