package io.genreshift.ml.transfer;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.genreshift.core.metrics.ContentChange;

/**
 * A {@link TransferResult} as JSON for scripts: direction, variant, detection, whole-song content change (counts and
 * ratios), how far the cycle reconstruction is from the original, and per phrase the pair classifier's probability of
 * the target genre before and after ({@code null} where there is none) with the content change.
 */
public final class TransferJson {
    private TransferJson() {
    }

    public static JsonObject toJson(TransferResult r, TransferRequest request) {
        JsonObject root = new JsonObject();
        root.addProperty("from", r.direction().from());
        root.addProperty("to", r.direction().to());
        root.addProperty("variant", r.variant().id());
        root.addProperty("threshold", request.threshold());
        root.addProperty("keep_melody", request.keepMelody());
        r.detection().ifPresent(d -> {
            JsonObject detection = new JsonObject();
            detection.addProperty("genre", d.genre());
            detection.addProperty("confidence", d.confidence());
            JsonObject p = new JsonObject();
            d.probabilities().forEach(p::addProperty);
            detection.add("probabilities", p);
            root.add("detection", detection);
        });
        root.addProperty("steps", r.source().steps());
        root.add("content_change", change(r.change()));
        root.add("cycle_change", change(CycleChange.of(r)));
        JsonArray phrases = new JsonArray();
        for (PhraseOutcome o : r.phrases()) {
            JsonObject p = new JsonObject();
            p.addProperty("index", o.index());
            p.addProperty("startStep", o.startStep());
            p.addProperty("steps", o.steps());
            p.addProperty("silent", o.silent());
            p.addProperty("p_target_before", Double.isNaN(o.targetBefore()) ? null : o.targetBefore());
            p.addProperty("p_target_after", Double.isNaN(o.targetAfter()) ? null : o.targetAfter());
            p.add("content_change", change(o.change()));
            phrases.add(p);
        }
        root.add("phrases", phrases);
        return root;
    }

    public static String render(JsonObject json) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json) + "\n";
    }

    private static JsonObject change(ContentChange c) {
        JsonObject o = new JsonObject();
        o.addProperty("added", c.added());
        o.addProperty("removed", c.removed());
        o.addProperty("source_cells", c.sourceCells());
        if (c.hasRatios()) {
            o.addProperty("added_ratio", c.addedRatio());
            o.addProperty("removed_ratio", c.removedRatio());
            o.addProperty("total_ratio", c.totalRatio());
        }
        return o;
    }
}
