package io.genreshift.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.genreshift.core.study.ParticipantResults;
import io.genreshift.core.study.StudyChart;
import io.genreshift.core.study.StudyFiles;
import io.genreshift.core.study.StudyKey;
import io.genreshift.core.study.StudyReport;
import io.genreshift.core.study.StudyReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code genreshift study report study/ [--json] [--chart out.png]}: the merged scores of every participant's results. */
@Command(name = "report",
        header = "Score a listening study: s_hr per variant, Kendall's W, content change and its correlation with retention.",
        description = "Reads study.json, key.json and every participant's file in results/ (copies of a session count once, "
                + "unfinished sessions with the snippets they answered) and writes a bar chart (default DIR/report.png).")
final class StudyReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the study folder")
    Path folder;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Option(names = "--chart", paramLabel = "<png>", description = "where to write the bar chart (default: DIR/report.png)")
    Path chart;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        StudyFiles files = new StudyFiles(folder);
        files.readStudy(); // fails with a remedy if this is not a study folder
        StudyKey key = files.readKey();
        List<ParticipantResults> results = files.readAllResults();
        if (results.isEmpty()) {
            throw new IOException("no results yet in " + files.resultsFolder() + ": participants' files are saved there by "
                    + "Tools > Listening Study...; copy the results/*.json of other computers into it to merge them");
        }
        StudyReport report = StudyReport.of(key, results);
        Path png = chart != null ? chart : folder.resolve("report.png");
        StudyChart.write(report, png);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonObject tree = toJson(report);
            tree.addProperty("chart", png.toString());
            out.println(new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(tree));
        } else {
            out.print(StudyReportText.format(report));
            out.println("Chart: " + png);
        }
        out.flush();
        return 0;
    }

    static JsonObject toJson(StudyReport r) {
        JsonObject o = new JsonObject();
        o.addProperty("participants", r.participants());
        o.addProperty("finished_participants", r.finishedParticipants());
        JsonArray variants = new JsonArray();
        for (StudyReport.VariantRow v : r.variants()) {
            JsonObject row = new JsonObject();
            row.addProperty("variant", v.variant());
            row.addProperty("retention_s_hr", v.retention().value());
            row.addProperty("retention_rankings", v.retention().rankings());
            row.addProperty("quality_s_hr", v.quality().value());
            row.addProperty("quality_rankings", v.quality().rankings());
            row.addProperty("mean_content_change", v.meanContentChange());
            row.addProperty("transfers", v.transfers());
            variants.add(row);
        }
        o.add("variants", variants);
        o.add("retention_agreement", agreement(r.retentionAgreement()));
        o.add("quality_agreement", agreement(r.qualityAgreement()));
        o.addProperty("pearson_change_retention", r.changeRetentionCorrelation());
        o.addProperty("pearson_pairs", r.correlationPairs());
        o.addProperty("pearson_change_retention_per_variant", r.variantChangeRetentionCorrelation());
        return o;
    }

    private static JsonObject agreement(StudyReport.Agreement a) {
        JsonObject o = new JsonObject();
        o.addProperty("kendall_w", a.meanW());
        o.addProperty("snippets", a.snippets());
        return o;
    }
}
