package io.genreshift.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code genreshift study create|report}: a blind listening study of the model variants (Brunner et al. 2019, §5.3). */
@Command(name = "study",
        header = "Make a blind listening study of the model variants, and report its results.",
        description = "create picks snippets, transfers them with every variant and renders them to WAV; participants "
                + "rank the anonymous transfers in the app (Tools > Listening Study...); report scores the rankings.",
        subcommands = {StudyCreateCommand.class, StudyReportCommand.class})
final class StudyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
