package io.genreshift.ml.eval;

import io.genreshift.core.corpus.PhraseDataset;
import io.genreshift.core.corpus.PhraseSet;
import io.genreshift.core.corpus.Split;
import io.genreshift.core.metrics.ContentChange;
import io.genreshift.core.roll.Phrase;
import io.genreshift.ml.io.LoadedModel;
import io.genreshift.ml.io.ModelCache;
import io.genreshift.ml.io.TransferDirection;
import io.genreshift.ml.model.NetworkConfig;
import io.genreshift.ml.model.Variant;
import io.genreshift.ml.transfer.ProgressMonitor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a CycleGAN pair on the test split as the reference does (spec §8, §11): every test phrase x of A is
 * transferred, x̂ = G_A→B(x) > threshold, and cycled from the continuous transfer, x̃ = G_B→A(G_A→B(x)) > threshold;
 * the pair classifier's argmax for x, x̂ and x̃ gives the shares, and x vs x̂ the content change. Then the same for B.
 * Runs on the single ML thread, in batches of {@value #BATCH} phrases.
 */
public final class Evaluation {
    static final int BATCH = 64;

    private final ModelCache models;
    private final int batch;

    public Evaluation(ModelCache models) {
        this(models, BATCH);
    }

    /** With another batch size; tests use a small one to cover several batches cheaply. */
    Evaluation(ModelCache models, int batch) {
        this.models = models;
        this.batch = batch;
    }

    /**
     * Evaluates the {@code variant} generators of the pair (A, B) on {@code data}'s test split, threshold 0.5.
     *
     * @param dataDescription which phrases these are, for the report (e.g. the dataset folder and split)
     */
    public EvaluationReport run(PhraseDataset data, String dataDescription, String genreA, String genreB, Variant variant,
                                ProgressMonitor monitor)
            throws IOException {
        TransferDirection aToB = new TransferDirection(genreA, genreB);
        LoadedModel gAB = models.generator(aToB, variant);
        LoadedModel gBA = models.generator(aToB.reversed(), variant);
        LoadedModel classifier = models.classifier(List.of(genreA, genreB));
        PhraseSet testA = data.phrases(genreA, Split.TEST);
        PhraseSet testB = data.phrases(genreB, Split.TEST);
        if (testA.size() == 0 || testB.size() == 0) {
            throw new IllegalArgumentException("the test split needs phrases of both genres; it has " + testA.size() + " "
                    + genreA + " and " + testB.size() + " " + genreB);
        }
        double total = testA.size() + testB.size();
        DirectionRun a = runDirection(batch, testA, gAB, gBA, classifier, monitor.part(0, testA.size() / total), aToB);
        DirectionRun b = runDirection(batch, testB, gBA, gAB, classifier, monitor.part(testA.size() / total, 1), aToB.reversed());
        Map<String, String> used = new LinkedHashMap<>();
        for (LoadedModel m : List.of(gAB, gBA, classifier)) used.put(m.card().describe(), m.file() + " sha256:" + m.sidecar().weights().sha256());
        NetworkConfig size = gAB.card().network();
        String model = variant.id() + ", " + size.genWidth() + "," + size.resBlocks() + "," + size.discWidth();
        monitor.update(1, "Evaluated " + genreA + " vs " + genreB);
        return EvaluationReport.of(genreA, genreB, model, dataDescription, classifier.card().classIndex(genreA), classifier.card().classIndex(genreB),
                a.predictions(), b.predictions(), a.changes(), b.changes(), used);
    }

    private record DirectionRun(DirectionPredictions predictions, List<ContentChange> changes) {
    }

    private static DirectionRun runDirection(int batch, PhraseSet test, LoadedModel forward, LoadedModel back, LoadedModel classifier,
                                             ProgressMonitor progress, TransferDirection direction) {
        int n = test.size();
        int classes = classifier.card().genres().size();
        int[] origin = new int[n];
        int[] transfer = new int[n];
        int[] cycle = new int[n];
        List<ContentChange> changes = new ArrayList<>(n);
        for (int from = 0; from < n; from += batch) {
            int count = Math.min(batch, n - from);
            int[] indices = new int[count];
            for (int i = 0; i < count; i++) indices[i] = from + i;
            float[] x = new float[count * Phrase.CELLS];
            test.writeBatch(indices, x);
            float[] continuous = forward.forward(x, count);
            float[] xHat = binarize(continuous);
            float[] xTilde = binarize(back.forward(continuous, count));
            argmax(classifier.forward(x, count), classes, origin, from);
            argmax(classifier.forward(xHat, count), classes, transfer, from);
            argmax(classifier.forward(xTilde, count), classes, cycle, from);
            for (int i = 0; i < count; i++) {
                changes.add(ContentChange.between(Phrase.fromFloats(x, i * Phrase.CELLS, 0.5f), Phrase.fromFloats(xHat, i * Phrase.CELLS, 0.5f)));
            }
            progress.checkCancelled();
            progress.update((from + count) / (double) n, "Evaluating " + direction + ": " + (from + count) + " of " + n + " phrases");
        }
        return new DirectionRun(new DirectionPredictions(origin, transfer, cycle), changes);
    }

    /** The reference's {@code > 0.5}. */
    private static float[] binarize(float[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) out[i] = values[i] > 0.5f ? 1f : 0f;
        return out;
    }

    /** Writes each row's argmax (ties to the lower class, as numpy) into {@code dst} from {@code offset}. */
    private static void argmax(float[] logits, int classes, int[] dst, int offset) {
        for (int r = 0; r < logits.length / classes; r++) {
            int best = 0;
            for (int c = 1; c < classes; c++) if (logits[r * classes + c] > logits[r * classes + best]) best = c;
            dst[offset + r] = best;
        }
    }
}
