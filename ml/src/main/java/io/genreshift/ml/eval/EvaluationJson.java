package io.genreshift.ml.eval;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.genreshift.core.metrics.ClassifierShares;
import io.genreshift.core.metrics.ContentChangeSummary;
import io.genreshift.core.metrics.MeanStd;

/**
 * An {@link EvaluationReport} as JSON for scripts. Top level: {@code s_tot} (percent) and {@code content_change} (mean
 * total over both directions), then {@code s_a_to_b}, {@code s_b_to_a}, the six shares, per-class accuracy (all in
 * percent), and per direction the content change (added/removed/total mean and std, as ratios).
 */
public final class EvaluationJson {
    private EvaluationJson() {
    }

    public static String render(EvaluationReport r) {
        JsonObject root = new JsonObject();
        root.addProperty("s_tot", 100 * r.strength().sTot());
        root.addProperty("content_change", r.meanContentChange());
        JsonArray pair = new JsonArray();
        pair.add(r.genreA());
        pair.add(r.genreB());
        root.add("pair", pair);
        root.addProperty("model", r.model());
        root.addProperty("data", r.data());
        root.addProperty("s_a_to_b", 100 * r.strength().sAtoB());
        root.addProperty("s_b_to_a", 100 * r.strength().sBtoA());

        ClassifierShares p = r.shares();
        JsonObject shares = new JsonObject();
        shares.addProperty("p_a_x_a", 100 * p.pAxA());
        shares.addProperty("p_a_xhat_b", 100 * p.pAxHatB());
        shares.addProperty("p_a_xtilde_a", 100 * p.pAxTildeA());
        shares.addProperty("p_b_x_b", 100 * p.pBxB());
        shares.addProperty("p_b_xhat_a", 100 * p.pBxHatA());
        shares.addProperty("p_b_xtilde_b", 100 * p.pBxTildeB());
        root.add("shares_percent", shares);

        JsonObject accuracy = new JsonObject();
        r.classifierAccuracy().forEach((genre, acc) -> accuracy.addProperty(genre, 100 * acc));
        root.add("classifier_accuracy_percent", accuracy);

        JsonObject directions = new JsonObject();
        directions.add(r.genreA() + "->" + r.genreB(), direction(r.aToB(), r.phrasesA()));
        directions.add(r.genreB() + "->" + r.genreA(), direction(r.bToA(), r.phrasesB()));
        root.add("directions", directions);

        JsonObject models = new JsonObject();
        r.models().forEach(models::addProperty);
        root.add("models", models);
        return new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().disableHtmlEscaping()
                .create().toJson(root) + "\n";
    }

    private static JsonObject direction(ContentChangeSummary c, int phrases) {
        JsonObject o = new JsonObject();
        o.addProperty("test_phrases", phrases);
        o.addProperty("phrases_with_notes", c.phrases());
        JsonObject change = new JsonObject();
        change.add("added", meanStd(c.added()));
        change.add("removed", meanStd(c.removed()));
        change.add("total", meanStd(c.total()));
        o.add("content_change", change);
        return o;
    }

    private static JsonObject meanStd(MeanStd m) {
        JsonObject o = new JsonObject();
        o.addProperty("mean", m.mean());
        o.addProperty("std", m.std());
        return o;
    }
}
