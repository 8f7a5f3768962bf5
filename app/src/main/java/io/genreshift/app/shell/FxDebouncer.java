package io.genreshift.app.shell;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** {@link Debouncer} on the FX clock: each request restarts a pause, and the action runs on the FX thread when it ends. */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition quiet;
    private Runnable pending;

    public FxDebouncer(Duration quietPeriod) {
        quiet = new PauseTransition(quietPeriod);
        quiet.setOnFinished(e -> {
            Runnable action = pending;
            pending = null;
            if (action != null) action.run();
        });
    }

    @Override
    public void request(Runnable action) {
        pending = action;
        quiet.playFromStart();
    }

    @Override
    public void cancel() {
        pending = null;
        quiet.stop();
    }
}
