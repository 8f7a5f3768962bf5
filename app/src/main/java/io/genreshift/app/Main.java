package io.genreshift.app;

import io.genreshift.cli.CliLogging;
import io.genreshift.cli.GenreShiftCli;
import javafx.application.Application;

import java.io.PrintWriter;

/**
 * {@code genreshift} entry point. No arguments (or {@code --open FILE}, or one .mid file) opens the editor on the
 * demo song or that file; anything else runs the command-line tools. On a machine without a display the editor
 * cannot start, so it says so and prints the command-line help instead of a stack trace.
 *
 * <p>This class does not extend {@link Application} on purpose: launching through a plain main class lets JavaFX run
 * from the class path.
 */
public final class Main {
    /** Exit code when the editor was asked for but there is no display (EX_UNAVAILABLE). */
    static final int NO_DISPLAY = 69;

    private Main() {
    }

    public static void main(String[] args) {
        CliLogging.configure(args);
        LaunchMode mode = LaunchMode.of(args);
        if (!mode.gui()) {
            GenreShiftCli.main(args);
            return;
        }
        if (!LaunchMode.displayAvailable(System.getProperty("os.name", ""), System.getenv(), System.getProperty("glass.platform"))) {
            System.exit(explainNoDisplay());
        }
        GenreShiftApp.openOnStart(mode.openFile());
        try {
            Application.launch(GenreShiftApp.class, args);
        } catch (RuntimeException | Error e) {
            // Typically "Unable to open DISPLAY" when DISPLAY is set but unusable (ssh without X forwarding).
            System.err.println("genreshift: the editor could not open a window: " + e.getMessage());
            System.exit(explainNoDisplay());
        }
    }

    private static int explainNoDisplay() {
        PrintWriter err = new PrintWriter(System.err, true);
        err.println("genreshift: no display is available, so the editor cannot open a window.");
        err.println("  Run it on a desktop session (or with X forwarding, or under xvfb-run), or use the command-line tools:");
        err.println();
        GenreShiftCli.commandLine().usage(err);
        return NO_DISPLAY;
    }
}
