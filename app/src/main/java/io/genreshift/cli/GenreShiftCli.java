package io.genreshift.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code genreshift <command>}: the research front end. Every subcommand is one class in this package;
 * register new ones in {@code subcommands} below.
 */
@Command(name = "genreshift",
        // Inherited, so every subcommand has --help and --version: `transfer --help` shows help (exit 0) instead of
        // complaining about the required parameters it was not given.
        scope = CommandLine.ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Symbolic music genre transfer (CycleGAN): prepare corpora, train, evaluate, transfer, render.",
        subcommands = {
                CommandLine.HelpCommand.class,
                PrepareCommand.class,
                RenderCommand.class,
                TransferCommand.class,
                AttributeCommand.class,
                EvaluateCommand.class,
                InfoCommand.class,
                BenchUiCommand.class,
                BenchCommand.class,
                TrainCommand.class,
                TrainClassifierCommand.class,
                PlotCommand.class,
                StudyCommand.class,
        })
public final class GenreShiftCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Read by {@link CliLogging#configure} before parsing; declared here so picocli accepts it after any command. */
    @CommandLine.Option(names = CliLogging.VERBOSE_OPTION, scope = CommandLine.ScopeType.INHERIT,
            description = "also print informational log lines of GenreShift and its libraries (DJL, MXNet)")
    boolean verbose;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with the project's exception and exit-code handling; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GenreShiftCli());
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        cl.setParameterExceptionHandler(new UsageErrorHandler());
        return cl;
    }

    public static void main(String[] args) {
        CliLogging.configure(args);
        System.exit(commandLine().execute(args));
    }
}
