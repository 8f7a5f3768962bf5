package io.genreshift.cli;

import io.genreshift.core.corpus.CorpusPreparer;
import io.genreshift.core.corpus.CorpusSource;
import io.genreshift.core.corpus.MeterFilter;
import io.genreshift.core.corpus.MeterRule;
import io.genreshift.core.corpus.PreparationOptions;
import io.genreshift.core.corpus.PreparedCorpus;
import io.genreshift.core.roll.NoteExtent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code genreshift prepare --corpus jazz=DIR ... --out DIR}: MIDI folders → phrase dataset + report. */
@Command(name = "prepare",
        header = "Prepare genre-labelled MIDI folders as a phrase dataset for training and evaluation.",
        description = {
                "Reads every .mid/.midi file under each folder (recursively), keeps the bars whose meter passes the filter, "
                        + "cuts them into 4-bar phrases starting on bar lines (64 sixteenths x 84 pitches), drops phrases with at most one active cell "
                        + "and splits the songs 90/10 into train and test. Byte-identical files are kept once; near duplicates "
                        + "listed in a NEAR_DUPLICATES*.tsv inside a corpus folder stay in one split.",
                "Writes <genre>_{train,test}.phrases, dataset.json, report.json, report.txt, songs.tsv and rejected.tsv."})
final class PrepareCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "GENRE=DIR",
            description = "a genre and its MIDI folder, e.g. jazz=data/midi/jazz; repeat for each genre (or folder)")
    List<String> corpora;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "folder to write the dataset to")
    Path out;

    @Option(names = "--meters", paramLabel = "4/4|duple", defaultValue = "4/4",
            description = "meters cut into phrases: 4/4, or duple: also 2/4 and 2/2 (default: ${DEFAULT-VALUE})")
    String meters;

    @Option(names = "--meter-rule", paramLabel = "musical|strict", defaultValue = "musical",
            description = "musical: repeated identical time signatures are one meter, and songs whose meter changes give "
                    + "phrases from their spans in an accepted meter, cut at bar lines; strict: the reference's rule, exactly "
                    + "one time signature at tick 0, else the file is rejected (reproduces datasets prepared before this "
                    + "option existed) (default: ${DEFAULT-VALUE})")
    String meterRule;

    @Option(names = "--seed", defaultValue = "" + PreparationOptions.DEFAULT_SEED, description = "seed of the train/test split (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--test-ratio", defaultValue = "" + PreparationOptions.DEFAULT_TEST_RATIO,
            description = "share of songs in the test split (default: ${DEFAULT-VALUE})")
    double testRatio;

    @Option(names = "--note-extent", paramLabel = "exact|pypianoroll", defaultValue = "exact",
            description = "exact note lengths, or pypianoroll 0.1.3's one-step-longer notes for parity with the reference data (default: ${DEFAULT-VALUE})")
    String extent;

    @Option(names = "--threads", defaultValue = "2", description = "files read in parallel (default: ${DEFAULT-VALUE})")
    int threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<CorpusSource> sources = UsageCheck.options(spec, () -> corpora.stream().map(CorpusSource::parse).toList());
        PreparationOptions options = UsageCheck.options(spec, () -> PreparationOptions.defaults()
                .withMeters(MeterFilter.parse(meters)).withRule(MeterRule.parse(meterRule)).withSeed(seed)
                .withTestRatio(testRatio).withExtent(parseExtent(extent)).withThreads(threads));

        ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), "reading MIDI files");
        PreparedCorpus corpus;
        try {
            corpus = CorpusPreparer.prepare(sources, options, out,
                    (done, total) -> progress.update(total == 0 ? 1 : done / (double) total, done + "/" + total));
        } finally {
            progress.finish();
        }
        spec.commandLine().getOut().print(corpus.report().toText());
        spec.commandLine().getOut().printf(Locale.ROOT, "%nWrote the dataset to %s (report SHA-256 %s)%n", out, corpus.dataset().reportSha256());
        return 0;
    }

    private static NoteExtent parseExtent(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "exact" -> NoteExtent.EXACT;
            case "pypianoroll" -> NoteExtent.PYPIANOROLL_0_1_3;
            default -> throw new IllegalArgumentException("unknown note extent '" + text + "'; use exact or pypianoroll");
        };
    }
}
