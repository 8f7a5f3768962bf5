package io.genreshift.cli;

import io.genreshift.core.audio.GervillRenderer;
import io.genreshift.core.audio.SoundfontLocator;
import io.genreshift.core.audio.SoundfontSource;
import io.genreshift.core.corpus.CorpusSource;
import io.genreshift.core.study.StudyDefinition;
import io.genreshift.core.study.StudyFiles;
import io.genreshift.ml.io.ModelCache;
import io.genreshift.ml.io.ModelLibrary;
import io.genreshift.ml.model.Variant;
import io.genreshift.ml.study.MidiFolder;
import io.genreshift.ml.study.SnippetChoice;
import io.genreshift.ml.study.SnippetPicker;
import io.genreshift.ml.study.StudyMaker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code genreshift study create --pair classic,pop --snippets 8 --bars 8 --variants base,sn,sa,sn+sa
 * --corpus classic=DIR --corpus pop=DIR -o study/}.
 */
@Command(name = "create",
        header = "Make a listening-study folder: snippets, their transfers by every variant as WAV, a blind study file.",
        description = {
                "Picks --snippets excerpts of --bars bars (half from each genre, reproducible with --seed), transfers each "
                        + "with every variant in --variants (at least 2) and renders the original and the transfers to WAV.",
                "study.json names the transfers only by random ids in a shuffled order; key.json says which variant made "
                        + "which. Participants need the folder without key.json; genreshift study report needs it."})
final class StudyCreateCommand implements Callable<Integer> {

    @Option(names = "--pair", required = true, paramLabel = "A,B", split = ",", description = "the genre pair, e.g. classic,pop")
    List<String> pair;

    @Option(names = "--corpus", required = true, paramLabel = "GENRE=DIR", description = "a genre's MIDI folder; one for each genre of the pair")
    List<String> corpora;

    @Option(names = "--variants", paramLabel = "V,V,...", split = ",", defaultValue = "base,sn,sa,sn+sa",
            description = "the variants to compare, at least 2 (default: ${DEFAULT-VALUE})")
    List<String> variants;

    @Option(names = "--snippets", defaultValue = "8", description = "how many snippets, half from each genre (default: ${DEFAULT-VALUE})")
    int snippets;

    @Option(names = "--bars", defaultValue = "8", description = "bars per snippet (default: ${DEFAULT-VALUE})")
    int bars;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the snippet pick and the shuffles (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--title", description = "a title for the study (default: the pair)")
    String title;

    @Option(names = "--soundfont", paramLabel = "<file.sf2>", description = "SF2 or DLS soundfont for the WAVs")
    Path soundfont;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "the study folder to make")
    Path output;

    @Mixin
    ModelFolderOption models;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        UsageCheck.require(spec, pair.size() == 2 && !pair.get(0).equals(pair.get(1)),
                "--pair needs two different genres, e.g. classic,pop");
        List<Variant> chosen = parseVariants();
        Map<String, Path> folders = corpusFolders();
        ModelLibrary library = models.open(err);
        StudyMaker.checkVariants(library, pair, chosen);

        SnippetPicker picker = new SnippetPicker(bars, seed, w -> {
            err.println("warning: " + w);
            err.flush();
        });
        List<SnippetChoice> choices = picker.pick(pair.get(0), MidiFolder.list(folders.get(pair.get(0)), pair.get(0)),
                pair.get(1), MidiFolder.list(folders.get(pair.get(1)), pair.get(1)), snippets);
        SoundfontSource source = SoundfontLocator.standard().locate(soundfont);
        err.println("Rendering with " + source.describe());
        StudyDefinition study;
        try (ModelCache cache = new ModelCache(library)) {
            StudyMaker maker = new StudyMaker(cache, new GervillRenderer(source), line -> {
                err.println(line);
                err.flush();
            });
            study = maker.make(new StudyFiles(output), title != null ? title : pair.get(0) + " / " + pair.get(1), pair, bars,
                    seed, choices, chosen);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Wrote the study %s: %d snippets x %d variants (%s), %d bars each%n", output, study.snippets().size(),
                chosen.size(), String.join(", ", chosen.stream().map(Variant::id).toList()), bars);
        out.println("Give participants the folder without " + StudyFiles.KEY + "; they open it with Tools > Listening Study...");
        out.flush();
        return 0;
    }

    private List<Variant> parseVariants() {
        List<Variant> chosen = new ArrayList<>();
        for (String v : variants) {
            Variant parsed;
            try {
                parsed = Variant.parse(v);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--variants: " + e.getMessage());
            }
            if (!chosen.contains(parsed)) chosen.add(parsed);
        }
        UsageCheck.require(spec, chosen.size() >= 2, "--variants: a study compares at least 2 variants, got "
                + chosen.size() + " (" + String.join(", ", chosen.stream().map(Variant::id).toList()) + "); e.g. --variants base,sn");
        return chosen;
    }

    private Map<String, Path> corpusFolders() {
        Map<String, Path> folders = new LinkedHashMap<>();
        for (String spec : corpora) {
            CorpusSource source = CorpusSource.parse(spec);
            folders.put(source.genre(), source.dir());
        }
        for (String genre : pair) {
            UsageCheck.require(this.spec, folders.containsKey(genre), "--corpus " + genre + "=DIR is missing: "
                    + "give a MIDI folder for each genre of --pair " + String.join(",", pair));
        }
        return folders;
    }
}
