package io.genreshift.ml.train;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reliability probe for training (docs/reliability.md): a tiny CycleGAN run in a child JVM is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) several times, at seeded random moments and twice inside a checkpoint write, and
 * resumed each time. At the end {@code metrics.jsonl} must hold every step exactly once, with the same losses as an
 * uninterrupted run of the same config, and the exported generators must be byte-for-byte those of that run.
 */
class TrainingKillTest {
    private static final long SEED = 20261202L;
    private static final int ITERATIONS_PER_EPOCH = 6; // 24 phrases in batches of 4
    private static final int TOTAL_STEPS = 3 * ITERATIONS_PER_EPOCH;
    /** Metrics of the process, not of the training: they differ between any two runs. */
    private static final java.util.Set<String> MACHINE_STATE = java.util.Set.of("seconds", "live_arrays", "rss_mb", "heap_mb");

    @TempDir
    Path dir;

    /** A kill: either inside checkpoint write {@code write} of the child, or {@code delayMillis} after it printed step {@code afterStep}. */
    private record Kill(CheckpointFile.WritePhase phase, int write, int afterStep, long delayMillis) {
        static Kill inWrite(CheckpointFile.WritePhase phase, int write) {
            return new Kill(phase, write, 0, 0);
        }

        static Kill afterStep(int step, long delayMillis) {
            return new Kill(null, 0, step, delayMillis);
        }
    }

    private Process child(Path run, Path models, Kill kill) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Duser.home=" + System.getProperty("user.home")));
        if (System.getProperty("DJL_CACHE_DIR") != null) command.add("-DDJL_CACHE_DIR=" + System.getProperty("DJL_CACHE_DIR"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), KillableTrainingRun.class.getName(),
                run.toString(), models.toString()));
        if (kill != null && kill.phase() != null) command.addAll(List.of(kill.phase().name(), String.valueOf(kill.write())));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("child-stderr.log").toFile()));
        pb.environment().putIfAbsent("OMP_NUM_THREADS", "2");
        return pb.start();
    }

    /** Runs the child until {@code kill} happens (then SIGKILL) or the run ends; returns the last line it printed. */
    private String runUntil(Path run, Path models, Kill kill) throws Exception {
        Process p = child(run, models, kill);
        String last = "";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (!line.startsWith("STEP") && !line.startsWith("PAUSED") && !line.startsWith("DONE")) continue;
                last = line;
                boolean now = kill != null && (line.startsWith("PAUSED")
                        || kill.phase() == null && line.equals("STEP " + kill.afterStep()));
                if (now) {
                    if (kill.delayMillis() > 0) Thread.sleep(kill.delayMillis());
                    p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flushing
                    break;
                }
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the child ended").isTrue();
        if (last.startsWith("DONE")) assertThat(p.exitValue()).as(Files.readString(dir.resolve("child-stderr.log"))).isZero();
        return last;
    }

    private static Map<Integer, JsonObject> metricsByStep(Path run) throws IOException {
        Map<Integer, JsonObject> out = new TreeMap<>();
        for (String line : Files.readAllLines(run.resolve(MetricsLog.FILE_NAME))) {
            JsonObject o = JsonParser.parseString(line).getAsJsonObject();
            assertThat(out.put(o.get("step").getAsInt(), o)).as("step %s logged once", o.get("step")).isNull();
        }
        return out;
    }

    private static List<Path> params(Path models) throws IOException {
        try (Stream<Path> files = Files.list(models)) {
            return files.filter(f -> f.toString().endsWith(".params")).sorted().toList();
        }
    }

    @Test
    void aRunKilledAtRandomMomentsAndInsideCheckpointWritesEndsAsAnUninterruptedOne() throws Exception {
        Path referenceRun = dir.resolve("reference");
        Path referenceModels = dir.resolve("reference-models");
        assertThat(runUntil(referenceRun, referenceModels, null)).isEqualTo("DONE " + TOTAL_STEPS);

        Random random = new Random(SEED);
        List<Kill> kills = List.of(
                Kill.afterStep(1 + random.nextInt(3), random.nextInt(150)),
                // The second write of the process, so that a checkpoint from its first write is there to survive.
                Kill.inWrite(CheckpointFile.WritePhase.SECTIONS_HALF_WRITTEN, 2),
                Kill.afterStep(0, random.nextInt(150)), // placeholder steps are filled in below from the resume point
                Kill.inWrite(CheckpointFile.WritePhase.SYNCED_BEFORE_RENAME, 2),
                Kill.afterStep(0, random.nextInt(150)),
                Kill.afterStep(0, random.nextInt(150)));
        Path run = dir.resolve("killed");
        Path models = dir.resolve("killed-models");
        List<String> log = new ArrayList<>();
        for (Kill planned : kills) {
            int resumeAt = Files.exists(run.resolve(CycleGanSession.CHECKPOINT_FILE)) ? checkpointStep(run) : 0;
            Kill kill = planned.phase() == null && planned.afterStep() == 0
                    ? Kill.afterStep(Math.min(TOTAL_STEPS, resumeAt + 1 + random.nextInt(8)), planned.delayMillis()) : planned;
            String last = runUntil(run, models, kill);
            log.add("resumed at " + resumeAt + ", " + kill + " -> killed after '" + last + "'");
            if (kill.phase() != null) {
                assertThat(last).startsWith("PAUSED");
                // The half-written or unrenamed temporary file is there; the checkpoint itself is whole.
                assertThat(run.resolve(CycleGanSession.CHECKPOINT_FILE + ".tmp")).exists();
                assertThat(checkpointStep(run)).as("the checkpoint of the first write survives").isGreaterThan(resumeAt);
            }
        }
        String end = runUntil(run, models, null);
        log.add("final run -> '" + end + "'");
        Files.write(dir.resolve("kill-log.txt"), log);
        System.out.println(String.join("\n", log));
        assertThat(end).as(String.join("\n", log)).isEqualTo("DONE " + TOTAL_STEPS);

        Map<Integer, JsonObject> reference = metricsByStep(referenceRun);
        Map<Integer, JsonObject> killed = metricsByStep(run);
        assertThat(killed.keySet()).as(String.join("\n", log))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, TOTAL_STEPS).boxed().toList());
        for (int step : reference.keySet()) {
            for (String key : reference.get(step).keySet()) {
                if (MACHINE_STATE.contains(key)) continue;
                assertThat(killed.get(step).get(key).getAsString()).as("step %d %s", step, key)
                        .isEqualTo(reference.get(step).get(key).getAsString());
            }
        }
        List<Path> expected = params(referenceModels);
        assertThat(params(models)).extracting(p -> p.getFileName().toString())
                .containsExactlyElementsOf(expected.stream().map(p -> p.getFileName().toString()).toList()).hasSize(2);
        for (Path e : expected) {
            assertThat(Files.readAllBytes(models.resolve(e.getFileName()))).as("weights of %s", e.getFileName())
                    .isEqualTo(Files.readAllBytes(e));
        }
    }

    private static int checkpointStep(Path run) throws IOException {
        try (CheckpointFile.Reader r = CheckpointFile.open(run.resolve(CycleGanSession.CHECKPOINT_FILE))) {
            JsonObject header = JsonParser.parseString(r.header()).getAsJsonObject();
            return header.get("epoch").getAsInt() * ITERATIONS_PER_EPOCH + header.get("iteration").getAsInt();
        }
    }
}
