package io.genreshift.core.audio;

import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Mixer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real sound card for tests on a machine without one: ALSA's {@code file} plugin, set up as the default device by a
 * {@code .asoundrc}, records every byte Java Sound writes to the line into a raw file (after {@code null}, which plays
 * nothing and consumes frames as fast as they come, so this checks the data sent, not timing).
 *
 * <p>ALSA reads {@code $HOME/.asoundrc} (the environment variable) once, when a process first touches audio, so the
 * playback runs in a child JVM with its own HOME: same java binary and class path, a {@code main} class that plays,
 * and the test inspects {@link #captured()} afterwards. Linux only; the child exits with {@link #NO_DEVICE} when
 * Java Sound finds no output (no {@code libasound}, or ALSA without the plugins) and the test is skipped.
 */
public final class AlsaFileDevice {
    /** The child's exit code for "no audio output here": the test is skipped, not failed. */
    public static final int NO_DEVICE = 3;
    private static final long TIMEOUT_SECONDS = 120; // generous: the CI box is shared with training runs

    private final Path dir;

    private AlsaFileDevice(Path dir) {
        this.dir = dir;
    }

    /** A device recording into {@code dir/device.raw}, with the child's HOME in {@code dir/home}. Skips off Linux. */
    public static AlsaFileDevice in(Path dir) throws IOException {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"),
                "ALSA's file plugin is Linux only");
        AlsaFileDevice device = new AlsaFileDevice(dir);
        Files.createDirectories(device.home());
        Files.writeString(device.home().resolve(".asoundrc"), """
                pcm.!default {
                  type file
                  slave.pcm "null"
                  file "%s"
                  format "raw"
                }
                """.formatted(device.capture()));
        return device;
    }

    /**
     * Runs {@code main} with {@code args} in a child JVM that plays to this device, and waits for it. Skips the test
     * if the child found no audio output; fails it with the child's output if the child failed.
     *
     * @return the child's output (stdout and stderr)
     */
    public String play(Class<?> main, String... args) throws IOException, InterruptedException {
        Path log = dir.resolve("child.log");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                // Gervill's generated bank is cached under user.home: share the parent's (the tests' own home).
                "-Duser.home=" + System.getProperty("user.home"),
                "--add-exports", "java.desktop/com.sun.media.sound=ALL-UNNAMED", main.getName()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("HOME", home().toString());
        Process child = builder.start();
        if (!child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            fail("the playback child did not finish within " + TIMEOUT_SECONDS + " s; its output:\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        assumeTrue(child.exitValue() != NO_DEVICE, () -> "no audio output in the child JVM (is libasound installed?):\n" + output);
        if (child.exitValue() != 0) fail("the playback child failed with exit code " + child.exitValue() + ":\n" + output);
        return output;
    }

    /** Everything the child wrote to the device, as raw PCM in {@link PcmBuffer#FORMAT}. */
    public byte[] captured() throws IOException {
        if (!Files.exists(capture())) {
            fail("nothing reached ALSA's default device (" + capture() + " is missing): did Java Sound pick another card?");
        }
        return Files.readAllBytes(capture());
    }

    public Path capture() {
        return dir.resolve("device.raw");
    }

    private Path home() {
        return dir.resolve("home");
    }

    /**
     * For the child's {@code main}: lists the mixers, then exits with {@link #NO_DEVICE} unless the app's own probe
     * finds an output line.
     */
    public static void exitUnlessAudioOutput() {
        try {
            for (Mixer.Info m : AudioSystem.getMixerInfo()) System.out.println("mixer: " + m.getName() + " | " + m.getDescription());
        } catch (RuntimeException | LinkageError e) {
            System.out.println("no mixers: " + e);
        }
        AudioOutput output = AudioOutput.probe();
        System.out.println("probe: " + output);
        if (!output.available()) System.exit(NO_DEVICE);
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
