package io.genreshift.ml.eval;

import io.genreshift.core.metrics.ClassifierShares;
import io.genreshift.core.metrics.ContentChange;
import io.genreshift.core.metrics.ContentChangeSummary;
import io.genreshift.core.metrics.TransferStrength;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The test-split evaluation of one CycleGAN pair (A, B), in the papers' terms: classifier accuracy per class, the six
 * classifier shares, transfer strength (spec §11.1) and content change per direction (spec §11.2). Shares and
 * strengths are fractions here; the renderers print them in percent as the papers do.
 *
 * @param genreA   genre A of the pair (the {@code --pair A,B} order)
 * @param genreB   genre B
 * @param model    what was evaluated, e.g. {@code sn, 16,4,16}
 * @param data     which phrases, e.g. {@code test split of prepared/ (data report SHA-256 ...)}
 * @param shares   P_A(x_A) … P_B(x̃_B)
 * @param strength S_A→B, S_B→A, S_tot
 * @param aToB     content change of A→B transfers
 * @param bToA     content change of B→A transfers
 * @param phrasesA test phrases of A
 * @param phrasesB test phrases of B
 * @param models   the model files used, with their SHA-256, so results can be traced
 */
public record EvaluationReport(String genreA, String genreB, String model, String data, ClassifierShares shares,
                               TransferStrength strength, ContentChangeSummary aToB, ContentChangeSummary bToA,
                               int phrasesA, int phrasesB, Map<String, String> models) {

    public EvaluationReport {
        models = Collections.unmodifiableMap(new LinkedHashMap<>(models)); // keeps the caller's order for printing
    }

    /**
     * Computes the report from predictions and content changes.
     *
     * @param classA the pair classifier's class index of genre A (its class order need not be the pair's)
     * @param classB the same for B
     */
    public static EvaluationReport of(String genreA, String genreB, String model, String data, int classA, int classB,
                                      DirectionPredictions aToB, DirectionPredictions bToA,
                                      List<ContentChange> changesAtoB, List<ContentChange> changesBtoA,
                                      Map<String, String> models) {
        ClassifierShares shares = ClassifierShares.fromPredictions(classA, classB, aToB.origin(), aToB.transfer(), aToB.cycle(),
                bToA.origin(), bToA.transfer(), bToA.cycle());
        return new EvaluationReport(genreA, genreB, model, data, shares, TransferStrength.of(shares),
                ContentChangeSummary.of(changesAtoB), ContentChangeSummary.of(changesBtoA),
                aToB.phrases(), bToA.phrases(), models);
    }

    /** Accuracy of the pair classifier on the real test phrases of each genre: P_A(x_A) and P_B(x_B). */
    public Map<String, Double> classifierAccuracy() {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(genreA, shares.pAxA());
        out.put(genreB, shares.pBxB());
        return out;
    }

    /** The mean total content change over both directions (paper Table 1, "mean of both"). */
    public double meanContentChange() {
        return 0.5 * (aToB.total().mean() + bToA.total().mean());
    }
}
