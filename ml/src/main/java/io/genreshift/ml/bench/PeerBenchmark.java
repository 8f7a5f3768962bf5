package io.genreshift.ml.bench;

import com.google.gson.GsonBuilder;
import com.google.gson.ToNumberPolicy;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the PyTorch peer ({@code cyclegan_peer.py}) on the same configuration and reads its one-line JSON result.
 * It needs a Python with torch (Debian: {@code apt-get install -y python3-torch}).
 */
public final class PeerBenchmark {

    /** The peer relative to the repository root. */
    public static final Path RELATIVE_SCRIPT = Path.of("..", "shared", "tools", "peer", "cyclegan_peer.py");
    private static final List<String> PYTHONS = List.of("python3", "/usr/bin/python3");

    private final Path script;

    public PeerBenchmark(Path script) {
        this.script = script;
    }

    /**
     * Finds the peer at {@code ../shared/tools/peer/cyclegan_peer.py} relative to the repository root {@code home}
     * (or the working directory), also trying their ancestors so that git worktrees nested deeper find it.
     */
    public static PeerBenchmark locate(Path home) throws IOException {
        List<Path> tried = new ArrayList<>();
        for (Path start : new Path[] {home, Path.of("").toAbsolutePath()}) {
            for (Path base = start == null ? null : start.toAbsolutePath(); base != null; base = base.getParent()) {
                Path candidate = base.resolve(RELATIVE_SCRIPT).normalize();
                if (Files.isRegularFile(candidate)) {
                    return new PeerBenchmark(candidate);
                }
                tried.add(candidate);
            }
        }
        throw new IOException("the PyTorch peer is not at any of " + tried
                + "; run from the repository, which sits next to shared/");
    }

    /** Runs the peer with the settings' sizes, variant, batch and iteration count; returns its JSON as a map. */
    public Map<String, Object> run(BenchSettings s) throws IOException, InterruptedException {
        String python = pythonWithTorch();
        List<String> cmd = new ArrayList<>(List.of(python, script.toString(),
                "--width", String.valueOf(s.network().genWidth()), "--res", String.valueOf(s.network().resBlocks()),
                "--dwidth", String.valueOf(s.network().discWidth()), "--batch", String.valueOf(s.batch()),
                "--iters", String.valueOf(s.iterations())));
        if (s.variant().spectralNorm()) {
            cmd.add("--sn");
        }
        if (s.variant().selfAttention()) {
            cmd.add("--sa");
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int code = p.waitFor();
        if (code != 0) {
            throw new IOException("the peer " + script + " exited with " + code + " (its error output is above)");
        }
        String lastLine = out.substring(out.lastIndexOf('\n') + 1);
        try {
            Map<String, Object> json = new GsonBuilder().setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE).create()
                    .fromJson(lastLine, new TypeToken<LinkedHashMap<String, Object>>() {
            }.getType());
            if (json == null) {
                throw new JsonParseException("empty output");
            }
            return json;
        } catch (JsonParseException e) {
            throw new IOException("the peer printed no JSON object: '" + lastLine + "'", e);
        }
    }

    private static String pythonWithTorch() throws IOException, InterruptedException {
        for (String python : PYTHONS) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import torch").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() == 0) {
                    return python;
                }
            } catch (IOException e) {
                // not installed under this name; try the next
            }
        }
        throw new IOException("no Python with torch found (tried " + PYTHONS + "); install it with "
                + "'apt-get install -y python3-torch'");
    }
}
