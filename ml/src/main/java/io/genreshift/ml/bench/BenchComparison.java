package io.genreshift.ml.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** This project's benchmark next to the peer's, with the ratios (ours / peer; above 1 means faster). */
public final class BenchComparison {

    /** The throughput keys both benchmarks report. */
    private static final String[] COMPARED = {"infer_phrases_per_s", "train_phrase_pairs_per_s",
        "classify_phrases_per_s"};

    private BenchComparison() {
    }

    /**
     * Combines the reports of several rounds: every throughput ({@code *_per_s}) is the best round's, everything else
     * is the last round's. Taking the best of alternating rounds, for both sides alike, filters out the slowdowns
     * that other processes on a shared machine cause.
     */
    public static Map<String, Object> best(List<Map<String, Object>> rounds) {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("no benchmark rounds to combine");
        }
        Map<String, Object> m = new LinkedHashMap<>(rounds.get(rounds.size() - 1));
        for (Map<String, Object> round : rounds) {
            for (Map.Entry<String, Object> e : round.entrySet()) {
                if (e.getKey().endsWith("_per_s") && e.getValue() instanceof Number v
                        && m.get(e.getKey()) instanceof Number best && v.doubleValue() > best.doubleValue()) {
                    m.put(e.getKey(), v);
                }
            }
        }
        return m;
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
