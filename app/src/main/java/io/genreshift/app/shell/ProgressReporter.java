package io.genreshift.app.shell;

/** Where long work reports how far it got: a fraction 0..1 and a short message ("Phrase 3 of 12"). Thread-safe. */
@FunctionalInterface
public interface ProgressReporter {
    void report(double fraction, String message);

    ProgressReporter NONE = (fraction, message) -> { };
}
