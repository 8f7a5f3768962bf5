package io.genreshift.app.shell;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BackgroundTaskTest {
    private final List<String> events = new ArrayList<>();

    @Test
    void successDeliversTheResultAndProgress() {
        BackgroundTask<Integer> t = BackgroundTask.wrap((p, c) -> {
                    p.report(0.5, "half");
                    return 42;
                })
                .onRunning(() -> events.add("running"))
                .onSuccess(r -> events.add("ok " + r))
                .onFinished(() -> events.add("finished"))
                .executeWith(new CurrentThreadTaskExecutor());
        assertThat(events).containsExactly("running", "ok 42", "finished");
        assertThat(t.progressProperty().get()).isEqualTo(0.5);
        assertThat(t.messageProperty().get()).isEqualTo("half");
        assertThat(t.runningProperty().get()).isFalse();
    }

    @Test
    void manySmallProgressStepsArePassedOnCoalesced() {
        List<Double> seen = new ArrayList<>();
        ProgressReporter r = BackgroundTask.coalesced((f, m) -> seen.add(f));
        for (int i = 0; i <= 10_000; i++) r.report(i / 10_000.0, "Rendering");
        assertThat(seen.size()).isBetween(150, 250);
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void failureIsReportedNotThrown() {
        BackgroundTask.wrap((p, c) -> {
                    throw new IOException("disk gone");
                })
                .onSuccess(r -> events.add("ok"))
                .onFailure(e -> events.add("failed " + e.getMessage()))
                .executeWith(new CurrentThreadTaskExecutor());
        assertThat(events).containsExactly("failed disk gone");
    }

    @Test
    void cancellationIsNeitherSuccessNorFailure() {
        BackgroundTask.wrap((p, c) -> {
                    c.cancel();
                    c.check();
                    return 1;
                })
                .onSuccess(r -> events.add("ok"))
                .onFailure(e -> events.add("failed"))
                .onCancelled(() -> events.add("cancelled"))
                .executeWith(new CurrentThreadTaskExecutor());
        assertThat(events).containsExactly("cancelled");
    }

    @Test
    void userErrorPicksTheMostUsefulReason() {
        Exception e = new RuntimeException(new IOException("no such file"));
        assertThat(UserError.reasonOf(e)).contains("no such file");
        assertThat(UserError.reasonOf(new IllegalStateException())).isEqualTo("IllegalStateException");
    }
}
