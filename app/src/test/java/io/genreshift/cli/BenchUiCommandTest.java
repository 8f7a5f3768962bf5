package io.genreshift.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import static org.assertj.core.api.Assertions.assertThat;

/** bench-ui runs end to end on a tiny song and reports every scenario; the numbers themselves are not checked. */
class BenchUiCommandTest {
    /**
     * Start JavaFX the TestFX way first: a toolkit started by the command itself would lack TestFX's headless robot
     * setup, and the window tests that share this JVM would then get no mouse events.
     */
    @BeforeAll
    static void startToolkitLikeTheWindowTests() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void reportsEveryScenarioForATinyRun() {
        CliRun cli = new CliRun();
        int code = cli.execute("bench-ui", "--notes", "300", "--minutes", "1", "--width", "320", "--height", "200",
                "--frames", "2", "--warmup", "0");
        assertThat(code).isZero();
        assertThat(cli.out())
                .contains("300 notes", "baseline", "fit (whole song visible)", "scroll", "zoom sweep", "drag step")
                .contains("goal: paint p95 < 16 ms");
    }

    @Test
    void rejectsNonsenseSizes() {
        CliRun cli = new CliRun();
        assertThat(cli.execute("bench-ui", "--frames", "0")).isEqualTo(UserErrorHandler.USER_ERROR);
        assertThat(cli.err()).contains("--frames >= 1");
    }
}
