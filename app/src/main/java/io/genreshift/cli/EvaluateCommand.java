package io.genreshift.cli;

import io.genreshift.core.corpus.CorpusPreparer;
import io.genreshift.core.corpus.CorpusSource;
import io.genreshift.core.corpus.DatasetFiles;
import io.genreshift.core.corpus.PhraseDataset;
import io.genreshift.core.corpus.PhraseSet;
import io.genreshift.core.corpus.PreparationOptions;
import io.genreshift.core.corpus.Split;
import io.genreshift.core.corpus.ValidationHoldout;
import io.genreshift.core.roll.Phrase;
import io.genreshift.ml.eval.Evaluation;
import io.genreshift.ml.eval.EvaluationJson;
import io.genreshift.ml.eval.EvaluationMarkdown;
import io.genreshift.ml.eval.EvaluationReport;
import io.genreshift.ml.io.ModelCache;
import io.genreshift.ml.model.Variant;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code genreshift evaluate --data DIR --pair A,B [--json]}: the papers' metrics for a trained pair. */
@Command(name = "evaluate",
        header = "Evaluate a trained CycleGAN pair: classifier accuracy, transfer strength S_tot, content change.",
        description = {
                "Transfers every phrase of the test split in both directions and back (the cycle), classifies origin, transfer "
                        + "and cycle with the pair classifier and prints the results in the layout of the papers' tables "
                        + "(Brunner et al. 2018 Tables VI-IX, 2019 Fig. 1 and Table 1) as Markdown, or as JSON with --json.",
                "Use --data for a prepared dataset (genreshift prepare), or --corpus GENRE=DIR for raw MIDI folders, prepared "
                        + "in memory; raw corpora are evaluated on all their phrases unless --split test is given."})
final class EvaluateCommand implements Callable<Integer> {

    static final class DataSource {
        @Option(names = "--data", paramLabel = "DIR", description = "prepared dataset folder")
        Path data;

        @Option(names = "--corpus", paramLabel = "GENRE=DIR", description = "a genre's MIDI folder; repeat for both genres")
        List<String> corpora;
    }

    @ArgGroup(multiplicity = "1")
    DataSource source;

    @Option(names = "--pair", required = true, paramLabel = "A,B", split = ",", description = "the pair, e.g. classic,pop")
    List<String> pair;

    @Option(names = "--variant", paramLabel = "base|sn|sa|sn+sa", defaultValue = "sn", description = "which generators (default: ${DEFAULT-VALUE})")
    String variant;

    @Option(names = "--split", paramLabel = "test|all|validation",
            description = "phrases to evaluate: the test split, all, or the validation songs a run held out of its "
                    + "training split with train --validation-share (default: test for --data, all for --corpus)")
    String split;

    @Option(names = "--validation-share", paramLabel = "<s>", defaultValue = "0.1",
            description = "with --split validation: the share the run held out (default: ${DEFAULT-VALUE})")
    double validationShare;

    @Option(names = "--json", description = "print JSON instead of Markdown")
    boolean json;

    @Mixin
    ModelFolderOption models;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        UsageCheck.require(spec, pair.size() == 2 && !pair.get(0).equals(pair.get(1)),
                "--pair needs two different genres, e.g. classic,pop; got " + pair);
        Variant checkedVariant = UsageCheck.options(spec, () -> Variant.parse(variant));
        EvalSplit chosen = split == null ? (source.data == null ? EvalSplit.ALL : EvalSplit.TEST)
                : UsageCheck.options(spec, () -> parseSplit(split));
        ValidationHoldout holdout = chosen == EvalSplit.VALIDATION
                ? UsageCheck.options(spec, () -> ValidationHoldout.of(validationShare)) : null;
        PhraseDataset data = loadData(err);
        String which = switch (chosen) {
            case ALL -> {
                data = allPhrasesAsTest(data);
                yield "all phrases of ";
            }
            case TEST -> "test split of ";
            case VALIDATION -> {
                data = holdout.apply(data);
                yield holdout.describe() + " of ";
            }
        };
        String description = which
                + (source.data != null ? source.data.toString() : String.join(", ", source.corpora) + " (prepared in memory)")
                + (data.reportSha256().isEmpty() ? "" : ", data report SHA-256 " + data.reportSha256());

        EvaluationReport report;
        ProgressLine progress = new ProgressLine(err, "evaluating");
        try (ModelCache cache = new ModelCache(models.open(err))) {
            report = new Evaluation(cache).run(data, description, pair.get(0), pair.get(1), checkedVariant, progress::update);
        } finally {
            progress.finish();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? EvaluationJson.render(report) : EvaluationMarkdown.render(report));
        out.flush();
        return 0;
    }

    private PhraseDataset loadData(PrintWriter err) throws IOException {
        if (source.data != null) return DatasetFiles.read(source.data);
        List<CorpusSource> sources = source.corpora.stream().map(CorpusSource::parse).toList();
        ProgressLine progress = new ProgressLine(err, "reading MIDI files");
        try {
            return CorpusPreparer.prepareInMemory(sources, PreparationOptions.defaults(),
                    (done, total) -> progress.update(total == 0 ? 1 : done / (double) total, done + "/" + total)).dataset();
        } finally {
            progress.finish();
        }
    }

    private enum EvalSplit { TEST, ALL, VALIDATION }

    private static EvalSplit parseSplit(String text) {
        return switch (text) {
            case "all" -> EvalSplit.ALL;
            case "test" -> EvalSplit.TEST;
            case "validation" -> EvalSplit.VALIDATION;
            default -> throw new IllegalArgumentException("--split must be test, all or validation, got '" + text + "'");
        };
    }

    /** The same dataset with every phrase of a genre in its test split (for corpora the models never saw). */
    private static PhraseDataset allPhrasesAsTest(PhraseDataset data) {
        Map<String, Map<Split, PhraseSet>> sets = new HashMap<>();
        for (String genre : data.genres()) {
            PhraseSet train = data.phrases(genre, Split.TRAIN);
            PhraseSet test = data.phrases(genre, Split.TEST);
            byte[] packed = new byte[(train.size() + test.size()) * Phrase.PACKED_BYTES];
            System.arraycopy(train.packedBytes(), 0, packed, 0, train.size() * Phrase.PACKED_BYTES);
            System.arraycopy(test.packedBytes(), 0, packed, train.size() * Phrase.PACKED_BYTES, test.size() * Phrase.PACKED_BYTES);
            int[] songs = new int[train.size() + test.size()];
            System.arraycopy(train.songIds(), 0, songs, 0, train.size());
            System.arraycopy(test.songIds(), 0, songs, train.size(), test.size());
            sets.put(genre, Map.of(Split.TRAIN, PhraseSet.ofPacked(new byte[0], new int[0]), Split.TEST, PhraseSet.ofPacked(packed, songs)));
        }
        return new PhraseDataset(data.genres(), sets, data.reportSha256());
    }
}
