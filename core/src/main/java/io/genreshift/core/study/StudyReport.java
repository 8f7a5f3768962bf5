package io.genreshift.core.study;

import io.genreshift.core.metrics.ContentChange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The study's results, merged over every participant's file:
 * <ul>
 *   <li>per variant, {@link HumanRatingScore s_hr} for content retention and for quality with the number of rankings,
 *   and the mean content change (total ratio) of its transfers of the study's snippets;</li>
 *   <li>Kendall's W per criterion: W of the participants' rankings of each snippet answered by two or more
 *   participants, averaged over those snippets;</li>
 *   <li>Pearson's r between content change and retention, in two forms, because the paper (−0.805: more change, less
 *   retention) does not say which it used: per transfer, a transfer's content change against its mean retention score
 *   (K − rank)/(K − 1) over the participants, over every ranked (snippet, variant) transfer; and per variant, the
 *   variant's mean content change against its retention s_hr. The per-transfer form mixes snippets whose content
 *   changes differ in scale; the per-variant form has only K points.</li>
 * </ul>
 * A session found in two files (a copied file) counts once, with the file that has more answers.
 */
public record StudyReport(List<VariantRow> variants, int participants, int finishedParticipants, Agreement retentionAgreement,
                          Agreement qualityAgreement, double changeRetentionCorrelation, int correlationPairs,
                          double variantChangeRetentionCorrelation) {

    /** One variant's line. */
    public record VariantRow(String variant, HumanRatingScore.Score retention, HumanRatingScore.Score quality,
                             double meanContentChange, int transfers) {
    }

    /** Mean Kendall's W over the snippets that two or more participants ranked; NaN if there are none. */
    public record Agreement(double meanW, int snippets) {
    }

    public StudyReport {
        variants = List.copyOf(variants);
    }

    public static StudyReport of(StudyKey key, Collection<ParticipantResults> files) {
        List<ParticipantResults> results = merged(files);
        Map<String, String> variantOf = key.variantsByClip();
        List<Ranking> retention = new ArrayList<>();
        List<Ranking> quality = new ArrayList<>();
        Map<String, List<Ranking>> retentionBySnippet = new LinkedHashMap<>();
        Map<String, List<Ranking>> qualityBySnippet = new LinkedHashMap<>();
        for (ParticipantResults p : results) {
            for (SnippetResponse r : p.responses()) {
                Ranking ret;
                Ranking qua;
                try {
                    ret = r.retention().renamed(variantOf);
                    qua = r.quality().renamed(variantOf);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("the results of session " + p.session() + " (snippet " + r.snippet()
                            + ") rank a clip that key.json does not know (" + e.getMessage() + "); are they from another "
                            + "study? Move that file out of results/", e);
                }
                retention.add(ret);
                quality.add(qua);
                retentionBySnippet.computeIfAbsent(r.snippet(), s -> new ArrayList<>()).add(ret);
                qualityBySnippet.computeIfAbsent(r.snippet(), s -> new ArrayList<>()).add(qua);
            }
        }
        Map<String, HumanRatingScore.Score> retentionScores = HumanRatingScore.of(retention);
        Map<String, HumanRatingScore.Score> qualityScores = HumanRatingScore.of(quality);

        List<VariantRow> rows = new ArrayList<>();
        for (String variant : key.variants()) {
            List<ContentChange> changes = key.clips().stream().filter(c -> c.variant().equals(variant))
                    .map(KeyedClip::change).toList();
            double meanChange = changes.stream().filter(ContentChange::hasRatios).mapToDouble(ContentChange::totalRatio)
                    .average().orElse(Double.NaN);
            rows.add(new VariantRow(variant, retentionScores.getOrDefault(variant, new HumanRatingScore.Score(Double.NaN, 0)),
                    qualityScores.getOrDefault(variant, new HumanRatingScore.Score(Double.NaN, 0)), meanChange, changes.size()));
        }

        List<double[]> pairs = changeRetentionPairs(key, retentionBySnippet);
        double r = PearsonCorrelation.of(pairs.stream().mapToDouble(p -> p[0]).toArray(),
                pairs.stream().mapToDouble(p -> p[1]).toArray());
        int finished = (int) results.stream().filter(ParticipantResults::finished).count();
        List<VariantRow> ranked = rows.stream()
                .filter(v -> !Double.isNaN(v.meanContentChange()) && !Double.isNaN(v.retention().value())).toList();
        double perVariant = PearsonCorrelation.of(ranked.stream().mapToDouble(VariantRow::meanContentChange).toArray(),
                ranked.stream().mapToDouble(v -> v.retention().value()).toArray());
        return new StudyReport(rows, results.size(), finished, agreement(retentionBySnippet), agreement(qualityBySnippet),
                r, pairs.size(), perVariant);
    }

    /** One file per session: the one with the most answers. */
    static List<ParticipantResults> merged(Collection<ParticipantResults> files) {
        Map<String, ParticipantResults> bySession = new LinkedHashMap<>();
        for (ParticipantResults p : files) {
            bySession.merge(p.session(), p, (a, b) -> b.responses().size() > a.responses().size() ? b : a);
        }
        return List.copyOf(bySession.values());
    }

    private static Agreement agreement(Map<String, List<Ranking>> bySnippet) {
        double sum = 0;
        int n = 0;
        for (List<Ranking> raters : bySnippet.values()) {
            if (raters.size() < 2) continue;
            double w = KendallW.of(raters);
            if (Double.isNaN(w)) continue;
            sum += w;
            n++;
        }
        return new Agreement(n == 0 ? Double.NaN : sum / n, n);
    }

    /** (content change, mean retention score) of each ranked transfer with a defined content change. */
    private static List<double[]> changeRetentionPairs(StudyKey key, Map<String, List<Ranking>> retentionBySnippet) {
        List<double[]> pairs = new ArrayList<>();
        for (KeyedClip clip : key.clips()) {
            List<Ranking> rankings = retentionBySnippet.getOrDefault(clip.snippet(), List.of());
            Map<String, HumanRatingScore.Score> scores = HumanRatingScore.of(rankings);
            HumanRatingScore.Score s = scores.get(clip.variant());
            if (s == null || !clip.change().hasRatios()) continue;
            pairs.add(new double[] {clip.change().totalRatio(), s.value()});
        }
        return pairs;
    }

    /** The row of {@code variant}. */
    public VariantRow row(String variant) {
        return variants.stream().filter(v -> v.variant().equals(variant)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no variant " + variant + " in the study"));
    }
}
