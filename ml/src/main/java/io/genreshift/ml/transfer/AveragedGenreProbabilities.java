package io.genreshift.ml.transfer;

import io.genreshift.core.roll.Phrase;
import io.genreshift.ml.io.LoadedModel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A classifier's verdict on a whole song: its softmax probabilities averaged over the song's phrases. */
public final class AveragedGenreProbabilities {
    private AveragedGenreProbabilities() {
    }

    /**
     * @param phrases the phrases to judge (callers leave out silent ones), at least one
     * @return probability per genre, in the classifier's class order
     */
    public static Map<String, Double> of(LoadedModel classifier, List<Phrase> phrases, int maxBatch) {
        if (phrases.isEmpty()) throw new IllegalArgumentException("the song has no notes the classifier can hear");
        float[] x = new float[phrases.size() * Phrase.CELLS];
        for (int i = 0; i < phrases.size(); i++) phrases.get(i).writeFloats(x, i * Phrase.CELLS);
        List<String> genres = classifier.card().genres();
        double[][] p = Softmax.rows(classifier.forward(x, phrases.size(), maxBatch), genres.size());
        Map<String, Double> mean = new LinkedHashMap<>();
        for (int c = 0; c < genres.size(); c++) {
            double sum = 0;
            for (double[] row : p) sum += row[c];
            mean.put(genres.get(c), sum / p.length);
        }
        return mean;
    }

    /** The most probable genre other than {@code excluded} ({@code null} excludes none); ties go to the earlier class. */
    public static String likeliest(Map<String, Double> probabilities, String excluded) {
        String best = null;
        for (Map.Entry<String, Double> e : probabilities.entrySet()) {
            if (e.getKey().equals(excluded)) continue;
            if (best == null || e.getValue() > probabilities.get(best)) best = e.getKey();
        }
        if (best == null) throw new IllegalArgumentException("no genre to choose besides " + excluded);
        return best;
    }
}
