package io.genreshift.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Prints a usage error (unknown option, missing or out-of-range value) as one line that says what is wrong and where
 * the help is, instead of picocli's default of the message followed by the whole usage text. Exit code 2.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = UserErrorHandler.oneLine(ex.getMessage());
        String help = cmd.getCommandSpec().qualifiedName() + " --help";
        err.println(cmd.getColorScheme().errorText("error: " + message + " (see '" + help + "')"));
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }
}
