package io.genreshift.ml.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The recipe's loss terms against values computed by hand on a 2 × 4 "roll". */
class CycleGanLossesTest {
    // Source: 2 notes among 8 cells.
    private static final float[] SOURCE = {1, 0, 0, 0, 0, 1, 0, 0};
    private NDManager manager;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private NDArray roll(float... cells) {
        return manager.create(cells, new Shape(1, 1, 2, 4));
    }

    @Test
    void theBalancedCycleWeighsNotesAndSilenceEqually() {
        // Empty output: every note missed (mean 1 over notes), silence right (0): ½(1 + 0) = 0.5, whereas the plain
        // mean is only 2/8 = 0.25 and falls further with sparser rolls.
        NDArray empty = roll(0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(CycleGanLosses.balancedCycle(roll(SOURCE), empty).getFloat()).isCloseTo(0.5f, within(1e-6f));
        assertThat(CycleGanLosses.cycle(roll(SOURCE), empty).getFloat()).isCloseTo(0.25f, within(1e-6f));
        // One note at 0.5, the other right; one silent cell at 0.6: ½(0.5/2 + 0.6/6) = 0.175.
        NDArray y = roll(0.5f, 0, 0, 0.6f, 0, 1, 0, 0);
        assertThat(CycleGanLosses.balancedCycle(roll(SOURCE), y).getFloat()).isCloseTo(0.175f, within(1e-6f));
    }

    @Test
    void contentChangeIsAddedPlusRemovedCellsPerSourceNote() {
        // One note kept, one removed, two added: (2 + 1) / 2 = 1.5, as core's ContentChange counts binary rolls.
        NDArray transfer = roll(1, 1, 0, 0, 0, 0, 1, 0);
        assertThat(CycleGanLosses.contentChange(roll(SOURCE), transfer).getFloat()).isCloseTo(1.5f, within(1e-6f));
        assertThat(CycleGanLosses.contentChange(roll(SOURCE), roll(SOURCE)).getFloat()).isZero();
        // An empty source does not divide by zero: added cells count per one cell.
        assertThat(CycleGanLosses.contentChange(roll(0, 0, 0, 0, 0, 0, 0, 0), transfer).getFloat())
                .isCloseTo(3f, within(1e-6f));
    }

    @Test
    void balancedCrossEntropyIsHalfTheMeanLossOnNotesPlusHalfOnSilence() {
        // Notes at p = 0.5 and 0.25, silence at 0.5 in one cell and 0 elsewhere:
        // ½[−(ln 0.5 + ln 0.25)/2] + ½[−(ln 0.5)/6].
        NDArray p = roll(0.5f, 0.5f, 0, 0, 0, 0.25f, 0, 0);
        double expected = 0.5 * (-(Math.log(0.5) + Math.log(0.25)) / 2) + 0.5 * (-Math.log(0.5) / 6);
        assertThat(CycleGanLosses.balancedCrossEntropy(roll(SOURCE), p).getFloat())
                .isCloseTo((float) expected, within(1e-5f));
        // A saturated empty output still costs a lot (the point of using it for the warm start), and stays finite.
        float saturated = CycleGanLosses.balancedCrossEntropy(roll(SOURCE), roll(new float[8])).getFloat();
        assertThat(saturated).isGreaterThan(7f).isLessThan(9f);
    }
}
