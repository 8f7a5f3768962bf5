package io.genreshift.cli;

import io.genreshift.ml.train.LossCurvePlot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code genreshift plot}: loss curves of a training run as PNG. */
@Command(name = "plot", header = "Plot the loss curves of a training run's metrics log as PNG.")
public final class PlotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--log", required = true, paramLabel = "<metrics.jsonl>", description = "The run's metrics log.")
    Path log;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<png>", description = "PNG file to write.")
    Path output;

    @Override
    public Integer call() throws Exception {
        LossCurvePlot.write(log, output);
        spec.commandLine().getOut().println("wrote " + output);
        return 0;
    }
}
