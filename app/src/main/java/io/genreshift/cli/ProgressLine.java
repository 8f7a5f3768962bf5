package io.genreshift.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress display on the error stream ({@code \r}-rewritten), so that standard output stays clean for
 * results. Redraws only when the whole percentage changes.
 */
final class ProgressLine {
    private final PrintWriter err;
    private final String label;
    private int lastPercent = -1;
    private int lastLength;
    private String lastDetail;

    ProgressLine(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    void update(double fraction) {
        update(fraction, "");
    }

    synchronized void update(double fraction, String detail) {
        int percent = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 100);
        if (percent == lastPercent) return;
        lastPercent = percent;
        String line = String.format(Locale.ROOT, "%s %3d%%%s", label, percent, detail.isEmpty() ? "" : "  " + detail);
        if (CliLogging.verbose()) {
            // Log lines arrive between updates; a \r-rewritten line would be cut into them, so each stage gets a line.
            if (!detail.equals(lastDetail)) err.println(line);
            lastDetail = detail;
            err.flush();
            return;
        }
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        lastLength = line.length();
        err.flush();
    }

    /** Ends the line so the next output starts on a fresh one. */
    synchronized void finish() {
        if (lastPercent >= 0 && !CliLogging.verbose()) err.println();
        err.flush();
    }
}
