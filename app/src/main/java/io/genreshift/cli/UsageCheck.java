package io.genreshift.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Checks of option values that picocli cannot make itself (ranges, names, a threshold in (0, 1), an output that is
 * the input). A value found wrong here is a usage error (exit 2, one line), not a failure of the run (exit 1): the
 * {@link IllegalArgumentException} of the code that interprets the option becomes a {@link CommandLine.ParameterException}.
 */
final class UsageCheck {
    private UsageCheck() {
    }

    /** The value {@code interpretation} makes of the options; its IllegalArgumentException is a usage error. */
    static <T> T options(CommandSpec spec, Supplier<T> interpretation) {
        try {
            return interpretation.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** A usage error with {@code message} unless {@code ok}. */
    static void require(CommandSpec spec, boolean ok, String message) {
        if (!ok) throw new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Refuses to write {@code output} over {@code input}: an export must never destroy the song it came from. */
    static void notTheInput(CommandSpec spec, Path input, Path output, String option) {
        if (output == null || input == null) return;
        if (sameFile(input, output)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " " + output
                    + " is the input file; choose another output so the input is not overwritten");
        }
    }

    private static boolean sameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) return true;
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b); // links and other spellings of one file
        } catch (IOException e) {
            return false;
        }
    }
}
