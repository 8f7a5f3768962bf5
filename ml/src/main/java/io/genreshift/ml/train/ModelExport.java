package io.genreshift.ml.train;

import ai.djl.nn.Block;
import io.genreshift.ml.io.ModelCard;
import io.genreshift.ml.io.ModelFiles;
import io.genreshift.ml.io.TrainingProvenance;
import io.genreshift.ml.io.TransferDirection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes trained networks as model files (weights + sidecar, {@link ModelFiles}) with the provenance of the run:
 * the data report's hash, the exact command and the final metrics.
 */
final class ModelExport {

    private ModelExport() {
    }

    /** Both generators of a CycleGAN run into the model folder {@code dir}; {@code extra} joins the metrics. */
    static List<Path> exportGenerators(CycleGanSession session, Path dir, String dataSha256, String command,
                                       StepLosses finalLosses, Map<String, Double> extra) throws IOException {
        CycleGanConfig c = session.config();
        Map<String, Double> metrics = new LinkedHashMap<>(extra);
        if (finalLosses != null) finalLosses.byKey().forEach((k, v) -> metrics.put("last_epoch_" + k, (double) v));
        TrainingProvenance provenance = new TrainingProvenance(dataSha256, command, metrics);
        List<String> pair = List.of(c.genreA(), c.genreB());
        return List.of(
                ModelFiles.saveInto(dir, session.networks().generatorAB, ModelCard.generator(c.network(), c.variant(),
                        pair, new TransferDirection(c.genreA(), c.genreB()), provenance)),
                ModelFiles.saveInto(dir, session.networks().generatorBA, ModelCard.generator(c.network(), c.variant(),
                        pair, new TransferDirection(c.genreB(), c.genreA()), provenance)));
    }

    /** A classifier with the test accuracies of {@code epoch} as its final metrics. */
    static Path exportClassifier(Path dir, Block classifier, List<String> genres, String dataSha256, String command,
                                 ClassifierEpoch epoch) throws IOException {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("epoch", (double) epoch.epoch() + 1);
        metrics.put("train_loss", epoch.meanLoss());
        epoch.testAccuracy().forEach((g, a) -> metrics.put("test_accuracy_" + g, a));
        metrics.put("test_accuracy_balanced", epoch.balancedAccuracy());
        return ModelFiles.saveInto(dir, classifier, ModelCard.classifier(genres,
                new TrainingProvenance(dataSha256, command, metrics)));
    }
}
