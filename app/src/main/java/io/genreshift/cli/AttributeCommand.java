package io.genreshift.cli;

import io.genreshift.core.io.AtomicFiles;
import io.genreshift.core.midi.MidiReader;
import io.genreshift.core.model.Song;
import io.genreshift.core.roll.PianoRoll;
import io.genreshift.core.roll.PianoRollConverter;
import io.genreshift.ml.io.LoadedModel;
import io.genreshift.ml.io.ModelCache;
import io.genreshift.ml.model.Variant;
import io.genreshift.ml.saliency.SaliencyAttributor;
import io.genreshift.ml.saliency.SaliencyFigure;
import io.genreshift.ml.saliency.SaliencyImage;
import io.genreshift.ml.saliency.SaliencyJson;
import io.genreshift.ml.saliency.SaliencyMap;
import io.genreshift.ml.transfer.GenreTransfer;
import io.genreshift.ml.transfer.ProgressMonitor;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code genreshift attribute in.mid [--genre jazz] -o map.png|map.json}: which notes make the classifier hear a genre. */
@Command(name = "attribute",
        header = "Show which notes make a genre classifier hear a genre (saliency map), as PNG or JSON.",
        description = {
                "Computes the positive input gradients of the classifier's genre logit times the piano roll, normalizes each "
                        + "phrase to its maximum and drops cells under --drop of it (Brunner et al. 2019).",
                "Uses the 3-genre classifier, or the pair classifier with --pair. Without --genre, the genre the classifier "
                        + "finds most likely is attributed. With --transfer-to, the map is of the transferred song."})
final class AttributeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<in.mid>", description = "MIDI song")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<map.png|map.json>",
            description = "where to write the map; the extension picks the format")
    Path output;

    @Option(names = "--genre", paramLabel = "GENRE", description = "genre to attribute (default: the most likely one)")
    String genre;

    @Option(names = "--pair", paramLabel = "A,B", split = ",", description = "use the pair classifier for A and B instead of the 3-genre one")
    List<String> pair;

    @Option(names = "--drop", defaultValue = "0.25", description = "drop cells under this fraction of their phrase's maximum (default: ${DEFAULT-VALUE})")
    float drop;

    @Option(names = "--transfer-to", paramLabel = "GENRE", description = "attribute the song transferred to this genre instead of the original")
    String transferTo;

    @Option(names = "--from", paramLabel = "GENRE|auto", defaultValue = "auto", description = "with --transfer-to: the song's genre (default: ${DEFAULT-VALUE})")
    String from;

    @Option(names = "--variant", paramLabel = "base|sn|sa|sn+sa", defaultValue = "sn", description = "with --transfer-to: the generators (default: ${DEFAULT-VALUE})")
    String variant;

    @Option(names = "--cell", paramLabel = "WxH", defaultValue = "4x4", description = "PNG pixels per step and pitch (default: ${DEFAULT-VALUE})")
    String cell;

    @Mixin
    ModelFolderOption models;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        UsageCheck.notTheInput(spec, input, output, "--output");
        String format = UsageCheck.options(spec, () -> formatOf(output));
        int[] cellSize = UsageCheck.options(spec, () -> parseCell(cell));
        UsageCheck.require(spec, drop >= 0 && drop < 1, "--drop must be in [0, 1), was " + drop);
        TransferRequest checkedRequest = transferTo == null ? null
                : UsageCheck.options(spec, () -> TransferRequest.to(transferTo).withSource(from).withVariant(Variant.parse(variant)));
        Song song = MidiReader.read(input);
        MeterWarning.of(input, song).ifPresent(w -> {
            err.println(w);
            err.flush();
        });
        PianoRoll roll = PianoRollConverter.toRoll(song);

        try (ModelCache cache = new ModelCache(models.open(err))) {
            String subject = "original";
            if (transferTo != null) {
                TransferResult transfer = new GenreTransfer(cache).transfer(roll, checkedRequest, ProgressMonitor.NONE);
                roll = transfer.transfer();
                subject = "transfer " + transfer.direction() + " (" + transfer.variant().id() + ")";
            }
            LoadedModel classifier = pair == null ? cache.genreDetector() : cache.classifier(pair);
            SaliencyAttributor attributor = new SaliencyAttributor(classifier);
            String attributed = genre != null ? genre : attributor.mostLikelyGenre(roll);
            SaliencyMap map = attributor.attribute(roll, attributed, drop);
            if (format.equals("png")) {
                String title = "What the classifier hears as " + attributed + ": " + subject + " of " + input.getFileName();
                SaliencyImage.writePng(SaliencyFigure.render(roll, map, cellSize[0], cellSize[1], title), output);
            } else {
                AtomicFiles.writeString(output, SaliencyJson.render(map, subject, classifier.file().toString()));
            }
            out.printf(Locale.ROOT, "Wrote the %s saliency of the %s (%d salient note cells of %d) to %s%n",
                    attributed, subject, map.activeCells(), roll.activeCells(), output);
        }
        out.flush();
        return 0;
    }

    private static String formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) return "png";
        if (name.endsWith(".json")) return "json";
        throw new IllegalArgumentException("the output " + file + " must end in .png (image) or .json (data)");
    }

    private static int[] parseCell(String text) {
        try {
            int[] wh = Arrays.stream(text.toLowerCase(Locale.ROOT).split("x")).mapToInt(Integer::parseInt).toArray();
            if (wh.length == 2 && wh[0] > 0 && wh[1] > 0) return wh;
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("--cell must be WxH in pixels, e.g. 4x4, got '" + text + "'");
    }
}
