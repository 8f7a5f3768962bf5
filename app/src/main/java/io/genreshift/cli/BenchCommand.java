package io.genreshift.cli;

import com.google.gson.GsonBuilder;
import io.genreshift.ml.bench.BenchComparison;
import io.genreshift.ml.bench.BenchResult;
import io.genreshift.ml.bench.BenchSettings;
import io.genreshift.ml.bench.CycleGanBenchmark;
import io.genreshift.ml.bench.KernelBenchmark;
import io.genreshift.ml.bench.PeerBenchmark;
import io.genreshift.ml.model.NetworkConfig;
import io.genreshift.ml.model.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code genreshift bench [--config compact|reference|W,R,DW] [--sn] [--sa] [--batch 16] [--json] [--peer]}:
 * throughput of the networks on this machine, optionally next to the PyTorch peer in the same run.
 */
@Command(name = "bench",
        header = "Measure generator, training, classifier and saliency throughput (phrases/s).",
        description = "Times the same work as shared/tools/peer/cyclegan_peer.py on random phrases. With --peer it "
                + "also runs that PyTorch peer (needs python3-torch) and prints ours/peer ratios. The machine's load "
                + "affects both: compare ratios from one run, not numbers across runs.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--config", defaultValue = "compact", paramLabel = "<compact|reference|W,R,DW>",
            description = "network sizes (default: ${DEFAULT-VALUE})")
    String config;

    @Option(names = "--sn", description = "spectral normalization")
    boolean spectralNorm;

    @Option(names = "--sa", description = "self-attention")
    boolean selfAttention;

    @Option(names = "--batch", defaultValue = "16", description = "phrases per batch (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--iters", defaultValue = "5",
            description = "timed calls per measurement, as the peer's --iters (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--soak", defaultValue = "0", paramLabel = "<n>",
            description = "extra training iterations to show that memory stays flat (default: ${DEFAULT-VALUE})")
    int soak;

    @Option(names = "--rounds", defaultValue = "1", paramLabel = "<n>",
            description = "alternate our benchmark and the peer n times and keep each side's best throughputs, "
                    + "to see past other processes' load (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--kernels", description = "instead, time the kernel choices behind the networks "
            + "(instance norm, padding, single-output conv, deconvolution) on the reference sizes, in ms per call")
    boolean kernels;

    @Option(names = "--json", description = "print one JSON object instead of a summary")
    boolean json;

    @Option(names = "--peer", description = "also run the PyTorch peer with the same settings and print ratios")
    boolean peer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (kernels) {
            Map<String, Object> times = new KernelBenchmark(Math.max(5, 2 * iterations)).run();
            spec.commandLine().getOut().println(json ? new GsonBuilder().create().toJson(times)
                    : new GsonBuilder().setPrettyPrinting().create().toJson(times));
            spec.commandLine().getOut().flush();
            return 0;
        }
        BenchSettings settings = new BenchSettings(NetworkConfig.parse(config),
                Variant.of(spectralNorm, selfAttention), batch, iterations, soak);
        PeerBenchmark peerBench = peer ? PeerBenchmark.locate(repositoryHome()) : null;
        PrintWriter err = spec.commandLine().getErr();
        err.println("Benchmarking " + settings.network().id() + " " + settings.variant().id() + ", batch " + batch
                + " ...");
        err.flush();
        List<Map<String, Object>> ours = new ArrayList<>();
        List<Map<String, Object>> peers = new ArrayList<>();
        BenchResult result = null;
        for (int round = 1; round <= Math.max(1, rounds); round++) {
            if (rounds > 1) {
                err.println("Round " + round + " of " + rounds);
            }
            result = new CycleGanBenchmark(settings).run();
            ours.add(result.toJson());
            if (peerBench != null) {
                err.println("Running the PyTorch peer ...");
                err.flush();
                peers.add(peerBench.run(settings));
            }
        }
        Map<String, Object> report = BenchComparison.best(ours);
        if (peerBench != null) {
            report = BenchComparison.of(report, BenchComparison.best(peers));
        }
        if (rounds > 1) {
            report.put("rounds", rounds);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new GsonBuilder().create().toJson(report));
        } else {
            printSummary(out, result, report);
        }
        out.flush();
        return 0;
    }

    @SuppressWarnings("unchecked")
    private static void printSummary(PrintWriter out, BenchResult r, Map<String, Object> report) {
        Map<String, Object> peerReport = (Map<String, Object>) report.get("peer");
        Map<String, Object> ratios = (Map<String, Object>) report.get("ratios");
        BenchSettings s = r.settings();
        out.printf(Locale.ROOT, "%s, %s threads: %s (G %d/%d, D %d) %s, batch %d, %,d generator parameters%n",
                r.engine(), r.threads(), s.network().id(), s.network().genWidth(), s.network().resBlocks(),
                s.network().discWidth(), s.variant().id(), s.batch(), r.generatorParams());
        line(out, "generator inference", report, "phrases/s", "infer_phrases_per_s", peerReport, ratios);
        line(out, "CycleGAN training", report, "pairs/s", "train_phrase_pairs_per_s", peerReport, ratios);
        line(out, "classifier", report, "phrases/s", "classify_phrases_per_s", peerReport, ratios);
        line(out, "saliency", report, "phrases/s", "saliency_phrases_per_s", peerReport, ratios);
        out.printf(Locale.ROOT, "  %-22s %10.2f GFLOP/s%n", "generator forward", report.get("generator_gflops_per_s"));
        out.printf(Locale.ROOT, "  %-22s %d -> %d live arrays, RSS %.0f -> %.0f MB over %d training iterations%n",
                "memory", r.memoryBefore().managedArrays(), r.memoryAfter().managedArrays(),
                r.memoryBefore().residentBytes() / 1048576.0, r.memoryAfter().residentBytes() / 1048576.0,
                r.trainingIterations());
    }

    private static void line(PrintWriter out, String label, Map<String, Object> report, String unit, String key,
                             Map<String, Object> peerReport, Map<String, Object> ratios) {
        out.printf(Locale.ROOT, "  %-22s %10.2f %-9s", label, ((Number) report.get(key)).doubleValue(), unit);
        if (peerReport != null && peerReport.get(key) instanceof Number p) {
            out.printf(Locale.ROOT, "  peer %10.2f  ratio %.2f", p.doubleValue(), ((Number) ratios.get(key)).doubleValue());
        }
        out.println();
    }

    private static Path repositoryHome() {
        String home = System.getProperty("genreshift.home");
        return home == null ? null : Path.of(home);
    }
}
