package io.genreshift.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code genreshift} in-process the way {@code main} does, capturing what it prints. */
final class CliRun {
    private CliRun() {
    }

    static int execute(StringWriter out, StringWriter err, String... args) {
        var cl = GenreShiftCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }
}
