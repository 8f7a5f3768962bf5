package io.genreshift.ml.saliency;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PianoRoll;
import io.genreshift.ml.io.LoadedModel;
import io.genreshift.ml.io.ModelKind;
import io.genreshift.ml.transfer.AveragedGenreProbabilities;

import java.util.Arrays;
import java.util.List;

/**
 * Computes {@link SaliencyMap}s with a genre classifier: one backward pass per {@value #MAX_BATCH} phrases.
 *
 * <p>The phrases of a pass go through the classifier as one batch and the summed genre logit is differentiated. That
 * gives each phrase its own gradient because the classifier treats samples independently (instance norm, no batch statistics).
 * Gradient work must run on the single ML thread: MXNet's autograd recording is global (see {@link LoadedModel}).
 */
public final class SaliencyAttributor {
    /** Phrases per forward (and backward) pass; memory grows with it. */
    private static final int MAX_BATCH = 32;

    private final LoadedModel classifier;

    public SaliencyAttributor(LoadedModel classifier) {
        if (classifier.card().kind() != ModelKind.CLASSIFIER) {
            throw new IllegalArgumentException("saliency needs a classifier, not a " + classifier.card().describe());
        }
        this.classifier = classifier;
    }

    /** The saliency of {@code genre} over {@code roll}, dropping cells under the paper's 1/4 of the maximum. */
    public SaliencyMap attribute(PianoRoll roll, String genre) {
        return attribute(roll, genre, SaliencyMap.DEFAULT_DROP_FRACTION);
    }

    public SaliencyMap attribute(PianoRoll roll, String genre, float dropFraction) {
        int classIndex = classifier.card().classIndex(genre);
        List<Phrase> phrases = PianoRollPhrases.padded(roll);
        float[] inputs = new float[phrases.size() * Phrase.CELLS];
        for (int i = 0; i < phrases.size(); i++) phrases.get(i).writeFloats(inputs, i * Phrase.CELLS);
        float[] gradients = inputGradients(inputs, phrases.size(), classIndex);
        return SaliencyMap.fromGradients(genre, gradients, inputs, roll.steps(), dropFraction);
    }

    /** The genre the classifier finds most probable for {@code roll}, averaged over its sounding phrases. */
    public String mostLikelyGenre(PianoRoll roll) {
        List<Phrase> sounding = PianoRollPhrases.padded(roll).stream().filter(p -> !p.isEmpty()).toList();
        return AveragedGenreProbabilities.likeliest(AveragedGenreProbabilities.of(classifier, sounding, MAX_BATCH), null);
    }

    /**
     * Gradients of the genre logit for {@code count} phrases, in passes of at most {@link #MAX_BATCH}: the backward pass
     * keeps every activation, so native memory grows with the phrases per pass, not with the song.
     */
    private float[] inputGradients(float[] inputs, int count, int classIndex) {
        float[] gradients = new float[count * Phrase.CELLS];
        for (int from = 0; from < count; from += MAX_BATCH) {
            int n = Math.min(MAX_BATCH, count - from);
            float[] chunk = Arrays.copyOfRange(inputs, from * Phrase.CELLS, (from + n) * Phrase.CELLS);
            System.arraycopy(passGradients(chunk, n, classIndex), 0, gradients, from * Phrase.CELLS, n * Phrase.CELLS);
        }
        return gradients;
    }

    private float[] passGradients(float[] inputs, int count, int classIndex) {
        classifier.restoreStoredState();
        try (NDManager step = classifier.manager().newSubManager()) {
            NDArray x = step.create(inputs, new Shape(count, 1, Phrase.STEPS, PianoRoll.PITCHES));
            x.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray logits = classifier.block().forward(new ParameterStore(step, false), new NDList(x), false).singletonOrThrow();
                collector.backward(logits.get(":, " + classIndex).sum());
            }
            // The gradient lives in this step's manager: copy it out before the manager closes.
            return x.getGradient().toFloatArray();
        }
    }
}
