package io.genreshift.core.metrics;

/**
 * The classifier-based shares behind transfer strength (spec §11.1), each the fraction of test phrases a binary genre
 * classifier C_{A,B} assigns to the phrase's <em>source</em> genre, in [0, 1]:
 *
 * @param pAxA      P_A(x_A): real A phrases classified A (the classifier's accuracy on A)
 * @param pAxHatB   P_A(x̂_B): A phrases transferred to B that are still classified A
 * @param pAxTildeA P_A(x̃_A): A phrases cycled A→B→A that are classified A
 * @param pBxB      P_B(x_B): real B phrases classified B
 * @param pBxHatA   P_B(x̂_A): B phrases transferred to A still classified B
 * @param pBxTildeB P_B(x̃_B): B phrases cycled B→A→B classified B
 */
public record ClassifierShares(double pAxA, double pAxHatB, double pAxTildeA,
                               double pBxB, double pBxHatA, double pBxTildeB) {

    public ClassifierShares {
        check("P_A(x_A)", pAxA);
        check("P_A(x̂_B)", pAxHatB);
        check("P_A(x̃_A)", pAxTildeA);
        check("P_B(x_B)", pBxB);
        check("P_B(x̂_A)", pBxHatA);
        check("P_B(x̃_B)", pBxTildeB);
    }

    /**
     * All six shares from the classifier's predicted class (argmax) per test phrase.
     *
     * @param classA   the classifier's index for genre A
     * @param classB   the classifier's index for genre B
     * @param aReal    predictions on real A phrases
     * @param aToB     on A phrases transferred to B (x̂_B)
     * @param aToBToA  on those transferred back to A (x̃_A)
     * @param bReal    on real B phrases
     * @param bToA     on B phrases transferred to A (x̂_A)
     * @param bToAToB  on those transferred back to B (x̃_B)
     */
    public static ClassifierShares fromPredictions(int classA, int classB, int[] aReal, int[] aToB, int[] aToBToA,
                                                   int[] bReal, int[] bToA, int[] bToAToB) {
        return new ClassifierShares(share(aReal, classA), share(aToB, classA), share(aToBToA, classA),
                share(bReal, classB), share(bToA, classB), share(bToAToB, classB));
    }

    /**
     * The share of phrases whose predicted class is {@code sourceClass}, as the reference counts it:
     * {@code argmax == source class} over all phrases, divided by their number.
     *
     * @param predictedClasses the classifier's argmax per phrase
     */
    public static double share(int[] predictedClasses, int sourceClass) {
        if (predictedClasses.length == 0) throw new IllegalArgumentException("no predictions: a share needs at least one phrase");
        int hits = 0;
        for (int c : predictedClasses) if (c == sourceClass) hits++;
        return (double) hits / predictedClasses.length;
    }

    /**
     * The same share from per-phrase class probabilities (or logits: only the argmax matters). Ties go to the lower class
     * index, as numpy's argmax does.
     *
     * @param scores scores[phrase][class]
     */
    public static double shareFromScores(float[][] scores, int sourceClass) {
        int[] predicted = new int[scores.length];
        for (int i = 0; i < scores.length; i++) predicted[i] = argmax(scores[i]);
        return share(predicted, sourceClass);
    }

    static int argmax(float[] row) {
        if (row.length == 0) throw new IllegalArgumentException("a prediction needs at least one class score");
        int best = 0;
        for (int c = 1; c < row.length; c++) if (row[c] > row[best]) best = c;
        return best;
    }

    private static void check(String name, double share) {
        if (!(share >= 0 && share <= 1)) throw new IllegalArgumentException(name + " must be a share in [0, 1], was " + share);
    }
}
