package io.genreshift.ml.eval;

import io.genreshift.core.metrics.ClassifierShares;
import io.genreshift.core.metrics.ContentChangeSummary;
import io.genreshift.core.metrics.TransferStrength;

import java.util.Locale;
import java.util.Map;

/**
 * An {@link EvaluationReport} as Markdown in the papers' layout: transfer strength as in Brunner et al. 2018
 * Tables VI–IX (the numbers behind the 2019 paper's Fig. 1) and content change as in the 2019 paper's Table 1.
 */
public final class EvaluationMarkdown {
    private EvaluationMarkdown() {
    }

    public static String render(EvaluationReport r) {
        String a = r.genreA();
        String b = r.genreB();
        StringBuilder md = new StringBuilder();
        md.append("# Evaluation: ").append(a).append(" vs ").append(b).append(" (").append(r.model()).append(")\n\n");
        md.append("Data: ").append(r.data()).append("; ").append(r.phrasesA()).append(' ').append(a).append(" and ")
                .append(r.phrasesB()).append(' ').append(b).append(" phrases.\n\n");

        md.append("## Classifier accuracy\n\n| Genre | Accuracy |\n|---|---|\n");
        for (Map.Entry<String, Double> e : r.classifierAccuracy().entrySet()) {
            md.append("| ").append(e.getKey()).append(" | ").append(pct(e.getValue())).append(" % |\n");
        }

        ClassifierShares p = r.shares();
        TransferStrength s = r.strength();
        md.append("\n## Transfer strength\n\n");
        md.append("Share of phrases the ").append(a).append('/').append(b)
                .append(" classifier assigns to the phrase's source genre, in percent (A = ").append(a)
                .append(", B = ").append(b).append(").\n\n");
        md.append("| Model | A | A→B | A→B→A | B | B→A | B→A→B | S_A→B | S_B→A | S_tot |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        md.append("| ").append(r.model()).append(" | ").append(pct(p.pAxA())).append(" | ").append(pct(p.pAxHatB()))
                .append(" | ").append(pct(p.pAxTildeA())).append(" | ").append(pct(p.pBxB())).append(" | ")
                .append(pct(p.pBxHatA())).append(" | ").append(pct(p.pBxTildeB())).append(" | ").append(pct(s.sAtoB()))
                .append(" | ").append(pct(s.sBtoA())).append(" | **").append(pct(s.sTot())).append(" %** |\n");

        md.append("\n## Content change\n\n");
        md.append("Changed cells per source cell, mean ± std over the test phrases; lower = more content kept.\n\n");
        md.append("| Model | ").append(a).append("→").append(b).append(" added | removed | total | ")
                .append(b).append("→").append(a).append(" added | removed | total | mean of both |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        md.append("| ").append(r.model()).append(" | ").append(cells(r.aToB())).append(" | ").append(cells(r.bToA()))
                .append(" | ").append(String.format(Locale.ROOT, "%.2f", r.meanContentChange())).append(" |\n");

        md.append("\n## Models\n\n");
        r.models().forEach((what, file) -> md.append("- ").append(what).append(": `").append(file).append("`\n"));
        return md.toString();
    }

    private static String cells(ContentChangeSummary c) {
        return c.added() + " | " + c.removed() + " | " + c.total();
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.2f", 100 * share);
    }
}
