package io.genreshift.cli;

import java.util.Arrays;

/**
 * The log level of a run. Quiet by default (simplelogger.properties: warnings only, and DJL's CUDA warning hidden);
 * {@code --verbose} anywhere on the command line shows INFO from GenreShift and the libraries. It must be decided
 * before the first logger exists, because slf4j-simple reads its configuration once, so {@code main} calls
 * {@link #configure} before picocli parses anything.
 */
public final class CliLogging {
    public static final String VERBOSE_OPTION = "--verbose";
    private static volatile boolean verbose;

    private CliLogging() {
    }

    /** Reads {@value #VERBOSE_OPTION} from the raw arguments and sets slf4j-simple's levels (system properties win over the file). */
    public static void configure(String[] args) {
        verbose = Arrays.asList(args).contains(VERBOSE_OPTION);
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
            System.setProperty("org.slf4j.simpleLogger.log.ai.djl", "info");
        }
    }

    /** True when the user asked for the libraries' log; progress then goes on lines of its own, between log lines. */
    public static boolean verbose() {
        return verbose;
    }
}
