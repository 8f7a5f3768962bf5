package io.genreshift.ml.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** This project's benchmark next to the peer's, with the ratios (ours / peer; above 1 means faster). */
public final class BenchComparison {

    /** The throughput keys both benchmarks report. */
    private static final String[] COMPARED = {"infer_phrases_per_s", "train_phrase_pairs_per_s",
        "classify_phrases_per_s"};

    private BenchComparison() {
    }

    /** {@code ours} + {@code "peer": peer} + {@code "ratios": {key: ours/peer}}. */
    public static Map<String, Object> of(Map<String, Object> ours, Map<String, Object> peer) {
        Map<String, Object> m = new LinkedHashMap<>(ours);
        m.put("peer", peer);
        Map<String, Object> ratios = new LinkedHashMap<>();
        for (String key : COMPARED) {
            if (ours.get(key) instanceof Number a && peer.get(key) instanceof Number b && b.doubleValue() > 0) {
                ratios.put(key, BenchResult.round(a.doubleValue() / b.doubleValue(), 3));
            }
        }
        m.put("ratios", ratios);
        return m;
    }
}
