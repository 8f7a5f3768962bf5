package io.genreshift.cli;

import io.genreshift.core.corpus.DatasetFiles;
import io.genreshift.core.corpus.PhraseDataset;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code --data DIR} and {@code --epochs N}, shared by {@code train} and {@code train-classifier}, and the command line
 * both record in their models' provenance. Their other options (seed, output folders, iteration cap) are declared in
 * each command because their help texts differ.
 */
final class TrainingRunOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--data", required = true, paramLabel = "<dir>", description = "Prepared corpus (genreshift prepare).")
    Path data;

    @Option(names = "--epochs", paramLabel = "<n>", description = "Epochs (default 30).")
    Integer epochs;

    /** The prepared corpus in {@code --data}. */
    PhraseDataset readData() throws IOException {
        return DatasetFiles.read(data);
    }

    /** The command as the user typed it, so that a model's provenance says how to train it again. */
    String commandLine() {
        return "genreshift " + String.join(" ", command.commandLine().getParseResult().originalArgs());
    }
}
