package io.genreshift.core.corpus;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.genreshift.core.io.Sha256;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The record of one corpus preparation: its settings, and per genre the files read and rejected (by reason), songs
 * and phrases per split and notes clipped. Written as JSON (its SHA-256 becomes the dataset's {@code reportSha256})
 * and as a human summary.
 */
public record PreparationReport(int version, String meters, long seed, double testRatio, String noteExtent,
                                int minActiveCells, int threads, List<GenreCounts> genres, double wallSeconds) {
    public static final int VERSION = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    public String toJson() {
        return GSON.toJson(this) + "\n";
    }

    public static PreparationReport fromJson(String json) {
        return GSON.fromJson(json, PreparationReport.class);
    }

    public String sha256() {
        return Sha256.hex(toJson().getBytes(StandardCharsets.UTF_8));
    }

    /** A table for people: one row per genre, then the rejection reasons. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Corpus preparation: meters %s, seed %d, test ratio %.2f, note extent %s, "
                + "phrases need >= %d active cells%n%n", meters, seed, testRatio, noteExtent, minActiveCells));
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
        }
        sb.append(String.format(Locale.ROOT, "%nWall time %.1f s on %d threads%n", wallSeconds, threads));
        return sb.toString();
    }
}
