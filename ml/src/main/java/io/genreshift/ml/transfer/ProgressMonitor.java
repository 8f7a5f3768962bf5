package io.genreshift.ml.transfer;

import java.util.concurrent.CancellationException;

/**
 * Receives progress from a long ML job and may cancel it. The job calls {@link #update} between its steps and stops
 * with a {@link CancellationException} at the next step once {@link #isCancelled()} is true. Calls come from the ML
 * thread; a UI adapter forwards them to its own thread (JavaFX: {@code Task.updateProgress} does).
 */
public interface ProgressMonitor {
    /** Ignores progress and never cancels. */
    ProgressMonitor NONE = (fraction, stage) -> { };

    /**
     * @param fraction how much of the job is done, 0..1
     * @param stage    what it is doing now, for people ("Transferring 12 phrases")
     */
    void update(double fraction, String stage);

    default boolean isCancelled() {
        return false;
    }

    /** Throws when the job should stop; jobs call it between steps. */
    default void checkCancelled() {
        if (isCancelled()) throw new CancellationException("cancelled");
    }

    /** A monitor for one part of a job: its progress 0..1 is reported as {@code from..to} of this one. */
    default ProgressMonitor part(double from, double to) {
        ProgressMonitor whole = this;
        return new ProgressMonitor() {
            @Override
            public void update(double fraction, String stage) {
                whole.update(from + (to - from) * fraction, stage);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }
}
