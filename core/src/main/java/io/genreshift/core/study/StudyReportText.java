package io.genreshift.core.study;

import java.util.Locale;

/** The study report as plain text, for the terminal ({@code genreshift study report}) and the app's results page. */
public final class StudyReportText {

    private StudyReportText() {
    }

    public static String format(StudyReport r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Listening study: %d participants (%d finished)%n%n", r.participants(), r.finishedParticipants()));
        s.append(String.format("Variant  Retention s_hr (N)  Quality s_hr (N)  Content change (transfers)%n"));
        for (StudyReport.VariantRow v : r.variants()) {
            s.append(String.format(Locale.ROOT, "%-7s  %9s (%3d)       %7s (%3d)    %6s (%d)%n", v.variant(), number(v.retention().value()),
                    v.retention().rankings(), number(v.quality().value()), v.quality().rankings(),
                    number(v.meanContentChange()), v.transfers()));
        }
        s.append(String.format("%n"));
        s.append(String.format(Locale.ROOT, "Kendall's W (agreement between participants, mean over %d snippets ranked by two or more):%n"
                + "  retention %s, quality %s%n", r.retentionAgreement().snippets(), number(r.retentionAgreement().meanW()),
                number(r.qualityAgreement().meanW())));
        s.append(String.format(Locale.ROOT, "Pearson r of content change and retention (the paper: -0.805):%n"
                        + "  per transfer %s (%d transfers), per variant %s (%d variants)%n",
                number(r.changeRetentionCorrelation()), r.correlationPairs(), number(r.variantChangeRetentionCorrelation()),
                r.variants().size()));
        return s.toString();
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
