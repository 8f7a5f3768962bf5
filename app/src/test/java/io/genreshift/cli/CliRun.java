package io.genreshift.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs {@code genreshift} in-process the way {@code main} does, capturing what it prints. One per test: the output of
 * every command the test runs adds up, as in a terminal.
 */
final class CliRun {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs one command line; returns its exit code. */
    int execute(String... args) {
        var cl = GenreShiftCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    /** Everything printed to standard output so far. */
    String out() {
        return out.toString();
    }

    /** Everything printed to standard error so far. */
    String err() {
        return err.toString();
    }
}
