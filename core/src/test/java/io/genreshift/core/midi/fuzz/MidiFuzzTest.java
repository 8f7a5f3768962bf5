package io.genreshift.core.midi.fuzz;

import io.genreshift.core.midi.MidiReadException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing the whole user path ({@link UserPath}) with real MIDI files damaged by 1 to 4 {@link MidiMutation}s.
 * Each case must use at most {@value #CASE_LIMIT_MS} ms of CPU time and end within {@value #HANG_LIMIT_MS} ms of
 * wall-clock time (a hang is a failure; the case runs on a worker thread), and
 * either export a readable file or be refused with a {@link MidiReadException} that names the file and the reason.
 * Anything else (another exception, an Error such as OutOfMemoryError) fails and leaves the input in
 * {@code target/fuzz-failures/}, to be committed as a regression under {@code src/test/resources/fuzz-regressions/}.
 *
 * <p>Seeded, 1,000 cases per build; a long run: {@code mvn -o -pl core -am test -Dtest=MidiFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.cases=100000 [-Dfuzz.seed=N]} (see {@link FuzzCases}); it prints its
 * figures ({@link FuzzStats}).
 */
class MidiFuzzTest {
    /** Most CPU time one case may take. CPU, not wall-clock, time: the build machine may be busy with other work. */
    static final long CASE_LIMIT_MS = 2_000;
    /** Wall-clock time after which a case counts as hung even on a busy machine. */
    static final long HANG_LIMIT_MS = 15_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Path FAILURES = Path.of("target", "fuzz-failures");
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "midi-fuzz-case");
        t.setDaemon(true); // a hung case must not keep the test JVM alive
        return t;
    });
    private static final Path WORK;

    static {
        try {
            WORK = Files.createTempDirectory("midi-fuzz");
            WORK.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record TimedOutcome(UserPath.Outcome outcome, long cpuNanos) {
    }

    /** A real file to start from. */
    record SeedFile(String name, byte[] data) {
        @Override
        public String toString() {
            return name + " (" + data.length + " bytes)";
        }
    }

    /**
     * The demo songs and the small corpus fixtures. Not the regression inputs: some stand for songs hours long, which
     * would make every case built from them slow ({@link FuzzRegressionTest} replays them instead).
     */
    static List<SeedFile> seedFiles() {
        List<Path> paths = new ArrayList<>();
        paths.addAll(filesIn(Path.of("..", "assets", "demo")));
        paths.addAll(filesIn(Path.of("src", "test", "resources", "corpus-fixture", "tiny")));
        assertThat(paths).as("seed files").hasSizeGreaterThanOrEqualTo(4);
        return paths.stream().map(p -> {
            try {
                return new SeedFile(p.getFileName().toString(), Files.readAllBytes(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static List<Path> filesIn(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase().matches(".*\\.midi?")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<SeedFile> seeds() {
        // whole songs four times as often as the tiny fixtures, whose header most mutations would hit
        List<Tuple.Tuple2<Integer, SeedFile>> weighted = seedFiles().stream()
                .map(f -> Tuple.of(f.data().length > 1024 ? 4 : 1, f)).toList();
        return Arbitraries.frequency(weighted);
    }

    @Provide
    Arbitrary<List<MidiMutation>> mutations() {
        return MidiMutations.any().list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 1000, seed = "20261202", shrinking = ShrinkingMode.OFF)
    @AddLifecycleHook(FuzzCases.class)
    void damagedFilesAreExportedOrRefusedWithTheFileAndTheReason(@ForAll("seeds") SeedFile seed,
                                                                  @ForAll("mutations") List<MidiMutation> mutations) throws Exception {
        byte[] data = seed.data();
        for (MidiMutation m : mutations) data = m.apply(data);
        Path input = WORK.resolve("fuzzed-" + seed.name());
        Files.write(input, data);

        Future<TimedOutcome> future = WORKER.submit(() -> {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            UserPath.Outcome o = UserPath.run(input, WORK.resolve("exported.mid"));
            return new TimedOutcome(o, THREADS.getCurrentThreadCpuTime() - cpuStart);
        });
        TimedOutcome timed;
        try {
            timed = future.get(HANG_LIMIT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("case still running after " + HANG_LIMIT_MS + " ms (a hang); input kept as " + keep(data, seed), e);
        } catch (ExecutionException e) {
            throw new AssertionError("the user path threw " + e.getCause() + "; input kept as " + keep(data, seed), e.getCause());
        }
        if (timed.cpuNanos() > CASE_LIMIT_MS * 1_000_000L) {
            throw new AssertionError("case took " + timed.cpuNanos() / 1_000_000 + " ms of CPU time, over " + CASE_LIMIT_MS
                    + " ms; input kept as " + keep(data, seed));
        }
        UserPath.Outcome outcome = timed.outcome();
        long nanos = timed.cpuNanos();

        if (!outcome.accepted()) {
            MidiReadException e = outcome.rejection();
            assertThat(e.getMessage()).as("names the file").contains(input.toString());
            assertThat(e.detail()).as("says why").isNotBlank();
            assertThat(e.getMessage()).as("carries the reason and its advice").contains(e.reason().name()).contains(e.reason().advice());
        }
        FuzzStats.record(outcome, nanos);
    }

    private static Path keep(byte[] data, SeedFile seed) {
        try {
            Files.createDirectories(FAILURES);
            Path kept = FAILURES.resolve(seed.name().replaceAll("\\.midi?$", "") + "-" + Integer.toHexString(Arrays.hashCode(data)) + ".mid");
            Files.write(kept, data);
            return kept.toAbsolutePath();
        } catch (IOException e) {
            return Path.of("(could not keep the input: " + e.getMessage() + ")");
        }
    }
}
