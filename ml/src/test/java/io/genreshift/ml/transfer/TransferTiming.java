package io.genreshift.ml.transfer;

import io.genreshift.core.midi.MidiReader;
import io.genreshift.core.model.Song;
import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PianoRoll;
import io.genreshift.core.roll.PianoRollConverter;
import io.genreshift.ml.io.ModelCache;
import io.genreshift.ml.io.ModelLibraryFixtures;
import io.genreshift.ml.model.NetworkConfig;
import io.genreshift.ml.model.Variant;
import io.genreshift.ml.saliency.SaliencyAttributor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Times a whole-song transfer (generator, cycle, classifier, musician export) and a saliency map, with random-weight
 * models of a given size: the time does not depend on the weights. Not a test; run it by hand (docs/models.md):
 * {@code java -cp <test classpath> io.genreshift.ml.transfer.TransferTiming compact assets/demo/clementi_opus36_1_1.mid 5}
 */
public final class TransferTiming {
    private TransferTiming() {
    }

    public static void main(String[] args) throws Exception {
        NetworkConfig size = NetworkConfig.parse(args[0]);
        Song song = MidiReader.read(Path.of(args[1]));
        int runs = Integer.parseInt(args[2]);
        PianoRoll roll = PianoRollConverter.toRoll(song);
        Path folder = Files.createTempDirectory("genreshift-timing");
        try (ModelCache models = new ModelCache(ModelLibraryFixtures.create(folder, List.of("classic", "jazz", "pop"), Set.of(Variant.SN), size, 1))) {
            GenreTransfer transfer = new GenreTransfer(models);
            TransferRequest request = TransferRequest.to("jazz").withSource("classic");
            SaliencyAttributor saliency = new SaliencyAttributor(models.genreDetector());
            double[] transferSeconds = new double[runs];
            double[] saliencySeconds = new double[runs];
            for (int i = -1; i < runs; i++) { // run -1 warms up (native primitives are created on first use)
                long t0 = System.nanoTime();
                transfer.transfer(song, request, ProgressMonitor.NONE);
                long t1 = System.nanoTime();
                saliency.attribute(roll, "jazz");
                long t2 = System.nanoTime();
                if (i >= 0) {
                    transferSeconds[i] = (t1 - t0) / 1e9;
                    saliencySeconds[i] = (t2 - t1) / 1e9;
                }
            }
            Arrays.sort(transferSeconds);
            Arrays.sort(saliencySeconds);
            System.out.printf(Locale.ROOT, "%s, %s: %d phrases; transfer median %.2f s (min %.2f); saliency median %.3f s (min %.3f); %d runs%n",
                    size.id(), args[1], (roll.steps() + Phrase.STEPS - 1) / Phrase.STEPS, transferSeconds[runs / 2], transferSeconds[0],
                    saliencySeconds[runs / 2], saliencySeconds[0], runs);
        } finally {
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) Files.delete(f);
            }
            Files.delete(folder);
        }
    }
}
