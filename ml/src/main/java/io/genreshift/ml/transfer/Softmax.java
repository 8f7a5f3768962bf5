package io.genreshift.ml.transfer;

/** Turns a classifier's logits into probabilities, row by row. */
public final class Softmax {
    private Softmax() {
    }

    /**
     * @param logits  {@code rows × classes} values, row-major
     * @return probabilities[row][class]; each row sums to 1
     */
    public static double[][] rows(float[] logits, int classes) {
        if (classes < 1 || logits.length % classes != 0) {
            throw new IllegalArgumentException(logits.length + " logits are not rows of " + classes + " classes");
        }
        double[][] p = new double[logits.length / classes][classes];
        for (int r = 0; r < p.length; r++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) max = Math.max(max, logits[r * classes + c]);
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                p[r][c] = Math.exp(logits[r * classes + c] - max); // shifted by the max so exp cannot overflow
                sum += p[r][c];
            }
            for (int c = 0; c < classes; c++) p[r][c] /= sum;
        }
        return p;
    }
}
