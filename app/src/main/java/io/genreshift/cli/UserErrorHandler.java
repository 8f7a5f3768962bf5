package io.genreshift.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Turns exceptions from a command into one clear line for the user (what happened, to which file, what to do),
 * with the stack trace only when {@code GENRESHIFT_DEBUG} is set. Exit code 1 for user errors, 2 for usage (picocli),
 * 70 (EX_SOFTWARE) for bugs.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int USER_ERROR = 1;
    static final int SOFTWARE_ERROR = 70;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        boolean userError = ex instanceof java.io.IOException || ex instanceof IllegalArgumentException
                || ex instanceof IllegalStateException || ex instanceof java.io.UncheckedIOException;
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : oneLine(ex.getMessage());
        err.println(cmd.getColorScheme().errorText("error: " + message));
        if (System.getenv("GENRESHIFT_DEBUG") != null || !userError) ex.printStackTrace(err);
        err.flush();
        return userError ? USER_ERROR : SOFTWARE_ERROR;
    }

    /** Messages that span lines (some library ones do) are joined, so an error stays one line on the terminal. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
