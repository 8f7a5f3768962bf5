package io.genreshift.cli;

import io.genreshift.core.midi.MidiReader;
import io.genreshift.core.midi.MidiWriter;
import io.genreshift.core.model.MeterMap;
import io.genreshift.core.model.Song;
import io.genreshift.core.roll.MusicianExport;
import io.genreshift.ml.io.ModelCache;
import io.genreshift.ml.model.Variant;
import io.genreshift.ml.transfer.CycleChange;
import io.genreshift.ml.transfer.EmptyPhrases;
import io.genreshift.ml.transfer.GenreDetection;
import io.genreshift.ml.transfer.GenreTransfer;
import io.genreshift.ml.transfer.PhraseOutcome;
import io.genreshift.ml.transfer.SongTransferResult;
import io.genreshift.ml.transfer.TransferJson;
import io.genreshift.ml.transfer.TransferRequest;
import io.genreshift.ml.transfer.TransferResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;

/** {@code genreshift transfer in.mid --to jazz [--from classic|auto] -o out.mid}: a whole song through a CycleGAN generator. */
@Command(name = "transfer",
        header = "Transfer a MIDI song to another genre with a trained CycleGAN generator.",
        description = {
                "Cuts the song into 4-bar phrases, sends them through the generator in one batch, thresholds the output and "
                        + "writes the notes back onto the original song: tempo map, tracks, instruments and drums are kept.",
                "Prints the content change and, per phrase, the pair classifier's probability of the target genre before "
                        + "and after. With --from auto (the default) the song's genre is detected with the 3-genre classifier."})
final class TransferCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<in.mid>", description = "MIDI song to transfer")
    Path input;

    @Option(names = "--to", required = true, paramLabel = "GENRE", description = "genre to transfer to, e.g. jazz")
    String to;

    @Option(names = "--from", paramLabel = "GENRE|auto", defaultValue = "auto",
            description = "the song's genre, or auto to detect it (default: ${DEFAULT-VALUE})")
    String from;

    @Option(names = "--variant", paramLabel = "base|sn|sa|sn+sa", defaultValue = "sn",
            description = "which trained generators to use (default: ${DEFAULT-VALUE})")
    String variant;

    @Option(names = "--threshold", defaultValue = "0.5", description = "a generated cell becomes a note above this (default: ${DEFAULT-VALUE})")
    float threshold;

    @Option(names = "--keep-melody", description = "keep the original's top line (highest note at each step) on top")
    boolean keepMelody;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<out.mid>", description = "MIDI file to write")
    Path output;

    @Option(names = "--cycle", paramLabel = "<cycle.mid>", description = "also write the cycle reconstruction (transferred back)")
    Path cycleOutput;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @Option(names = "--allow-empty", description = "write the result even when the generator left no pitched note "
            + "(otherwise that is an error, exit code 1, and nothing is written)")
    boolean allowEmpty;

    @Mixin
    ModelFolderOption models;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        UsageCheck.notTheInput(spec, input, output, "--output");
        UsageCheck.notTheInput(spec, input, cycleOutput, "--cycle");
        TransferRequest request = UsageCheck.options(spec, () -> TransferRequest.to(to).withSource(from)
                .withVariant(Variant.parse(variant)).withThreshold(threshold).withKeepMelody(keepMelody));
        Song song = MidiReader.read(input);
        MeterWarning.of(input, song).ifPresent(w -> {
            err.println(w);
            err.flush();
        });

        SongTransferResult result;
        ProgressLine progress = new ProgressLine(err, "transferring");
        try (ModelCache cache = new ModelCache(models.open(err))) {
            result = new GenreTransfer(cache).transfer(song, request, progress::update);
        } finally {
            progress.finish();
        }
        EmptyPhrases empty = EmptyPhrases.of(result.details());
        if (empty.nothingPitched() && !allowEmpty) {
            // An empty transfer renders as minutes of silence; failing loudly saves the user from finding that out later.
            throw new IllegalStateException(emptyMessage(song, result.details(), empty) + " Nothing was written to " + output
                    + ". Try a lower --threshold (e.g. --threshold 0.3) or another --variant; --allow-empty writes it anyway.");
        }
        MidiWriter.write(result.transferred(), output);
        if (empty.worthAWarning()) {
            err.println("warning: " + emptyMessage(song, result.details(), empty)
                    + " Try a lower --threshold (e.g. --threshold 0.3) or another --variant.");
            err.flush();
        }
        if (cycleOutput != null) {
            MidiWriter.write(MusicianExport.apply(song, result.details().cycle(), MusicianExport.Drums.KEEP), cycleOutput);
        }

        if (json) {
            var tree = TransferJson.toJson(result.details(), request);
            tree.addProperty("input", input.toString());
            tree.addProperty("output", output.toString());
            out.print(TransferJson.render(tree));
        } else {
            printSummary(out, result.details());
        }
        out.flush();
        return 0;
    }

    /** What came out empty, e.g. "The transfer classic->jazz (sn) of in.mid left no pitched note: phrases 0-2 ... came out silent." */
    private String emptyMessage(Song song, TransferResult r, EmptyPhrases empty) {
        String what = empty.nothingPitched()
                ? "left no pitched note (drums are kept)"
                : String.format(Locale.ROOT, "kept %d of %d note cells", empty.cellsLeft(), empty.sourceCells());
        String phrases = empty.emptied().isEmpty() ? "." : ": " + empty.describe(MeterMap.of(song)) + " came out silent.";
        return "the transfer " + r.direction() + " (" + r.variant().id() + ") of " + input + " " + what + phrases;
    }

    private void printSummary(PrintWriter out, TransferResult r) {
        String target = r.direction().to();
        r.detection().ifPresent(d -> out.println(detectionLine(d, target)));
        out.printf(Locale.ROOT, "Transferred %s (%s) to %s%n", r.direction(), r.variant().id(), output);
        var c = r.change();
        if (c.hasRatios()) {
            out.printf(Locale.ROOT, "Content change: %.2f per original note cell (added %.2f, removed %.2f; %d and %d cells)%n",
                    c.totalRatio(), c.addedRatio(), c.removedRatio(), c.added(), c.removed());
        }
        var cycle = CycleChange.of(r);
        if (cycle.hasRatios()) out.printf(Locale.ROOT, "Cycle reconstruction differs from the original by %.2f%n", cycle.totalRatio());
        out.printf(Locale.ROOT, "%nPhrase  P(%s) before  after   added  removed%n", target);
        for (PhraseOutcome o : r.phrases()) {
            if (o.silent()) {
                out.printf(Locale.ROOT, "%6d  (silent)%n", o.index());
            } else {
                out.printf(Locale.ROOT, "%6d  %13s  %5s  %6d  %7d%n", o.index(), percent(o.targetBefore()), percent(o.targetAfter()),
                        o.change().added(), o.change().removed());
            }
        }
    }

    /**
     * "Detected genre: classic (95 %; classic 95 %, jazz 3 %, pop 1 %)". The source is never the target, so when the
     * target is the likeliest genre the line says the source is only the likeliest of the others. Genres in
     * alphabetical order, so lines of different songs can be compared.
     */
    static String detectionLine(GenreDetection d, String target) {
        String all = new TreeMap<>(d.probabilities()).entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.0f %%", e.getKey(), 100 * e.getValue()))
                .collect(Collectors.joining(", "));
        boolean targetLikeliest = d.probabilities().getOrDefault(target, 0.0) > d.confidence();
        return String.format(Locale.ROOT, targetLikeliest
                ? "Detected genre: most likely source other than the target %2$s: %1$s (%3$.0f %%; %4$s)"
                : "Detected genre: %1$s (%3$.0f %%; %4$s)", d.genre(), target, 100 * d.confidence(), all);
    }

    private static String percent(double p) {
        return Double.isNaN(p) ? "-" : String.format(Locale.ROOT, "%.0f %%", 100 * p);
    }
}
