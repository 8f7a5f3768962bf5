package io.genreshift.core.corpus;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import io.genreshift.core.io.Sha256;
import io.genreshift.core.roll.BarTally;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The record of one corpus preparation: its settings, and per genre the files read and rejected (by reason), songs
 * and phrases per split, bars kept and dropped by meter, and notes clipped. Written as JSON and as a human summary.
 *
 * <p>The dataset's identity ({@code reportSha256}) is {@link #sha256()}: the hash of the JSON without {@code threads}
 * and {@code wallSeconds}, which say how the run went, not what it produced. Preparing the same corpora with the same
 * settings twice gives the same identity.
 *
 * @param meterRule how time signatures were judged ({@link MeterRule#id()}); null in version-1 reports, which knew
 *                  only the strict rule
 */
public record PreparationReport(int version, String meters, String meterRule, long seed, double testRatio, String noteExtent,
                                int minActiveCells, int threads, List<GenreCounts> genres, double wallSeconds) {
    /** 2: meter rule and bars by meter; identity without timing. */
    public static final int VERSION = 2;
    /** Fields left out of the identity: they vary from run to run without changing a phrase. */
    private static final List<String> RUN_FIELDS = List.of("threads", "wallSeconds");
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    public String toJson() {
        return GSON.toJson(this) + "\n";
    }

    public static PreparationReport fromJson(String json) {
        return GSON.fromJson(json, PreparationReport.class);
    }

    /** The JSON that identifies the dataset: the report without {@link #RUN_FIELDS}. */
    public String identityJson() {
        JsonObject tree = GSON.toJsonTree(this).getAsJsonObject();
        RUN_FIELDS.forEach(tree::remove);
        return GSON.toJson(tree) + "\n";
    }

    /** The dataset's identity: SHA-256 of {@link #identityJson()}. */
    public String sha256() {
        return Sha256.hex(identityJson().getBytes(StandardCharsets.UTF_8));
    }

    /** A table for people: one row per genre, then the rejection reasons. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Corpus preparation: meters %s (%s rule), seed %d, test ratio %.2f, note extent %s, "
                + "phrases need >= %d active cells%n%n", meters, meterRule == null ? "strict" : meterRule, seed, testRatio, noteExtent, minActiveCells));
        sb.append(String.format(Locale.ROOT, "%-10s %7s %9s %13s %12s %15s %14s %14s%n", "genre", "files", "rejected",
                "songs train", "songs test", "phrases train", "phrases test", "notes clipped"));
        for (GenreCounts g : genres) {
            sb.append(String.format(Locale.ROOT, "%-10s %7d %9d %13d %12d %15d %14d %14d%n", g.genre(), g.filesRead(),
                    g.filesRejected(), g.songsTrain(), g.songsTest(), g.phrasesTrain(), g.phrasesTest(), g.notesClipped()));
        }
        for (GenreCounts g : genres) {
            sb.append(String.format(Locale.ROOT, "%n%s: rejected files by reason%n", g.genre()));
            if (g.rejected().isEmpty()) sb.append("  (none)\n");
            for (Map.Entry<String, Integer> e : g.rejected().entrySet()) {
                sb.append(String.format(Locale.ROOT, "  %6d  %s%n", e.getValue(), e.getKey()));
            }
            sb.append(String.format(Locale.ROOT, "  sparse phrases dropped: %d; near-duplicate groups kept together: %d%n",
                    g.sparsePhrasesDropped(), g.nearDuplicateGroups()));
            if (g.bars() != null && !g.bars().isEmpty()) {
                sb.append(String.format(Locale.ROOT, "  bars by meter (readable files; 'none' = before the first time signature):%n"));
                sb.append(String.format(Locale.ROOT, "    %-7s %9s %9s%n", "meter", "kept", "dropped"));
                // Corpora hold dozens of rare meters; the table names the ones that matter, report.json has them all.
                int all = g.bars().values().stream().mapToInt(BarTally::total).sum();
                BarTally other = BarTally.NONE;
                int others = 0;
                for (Map.Entry<String, BarTally> e : g.bars().entrySet()) {
                    BarTally t = e.getValue();
                    if (t.kept() > 0 || e.getKey().equals("none") || t.total() * 100L >= all) {
                        sb.append(String.format(Locale.ROOT, "    %-7s %9d %9d%n", e.getKey(), t.kept(), t.dropped()));
                    } else {
                        other = other.plus(t);
                        others++;
                    }
                }
                if (others > 0) {
                    sb.append(String.format(Locale.ROOT, "    %-7s %9d %9d  (%d meters under 1%% of the bars each)%n", "other",
                            other.kept(), other.dropped(), others));
                }
            }
        }
        sb.append(String.format(Locale.ROOT, "%nWall time %.1f s on %d threads%n", wallSeconds, threads));
        return sb.toString();
    }
}
