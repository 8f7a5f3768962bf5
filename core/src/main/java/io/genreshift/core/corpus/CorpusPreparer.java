package io.genreshift.core.corpus;

import io.genreshift.core.roll.BarTally;
import io.genreshift.core.roll.TrainingFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code genreshift prepare}: turns genre-labelled folders of MIDI files into a phrase dataset, as the reference
 * prepares its data (spec §1): read each file, keep it if its meter passes the {@link MeterFilter}, convert it to a
 * piano roll, cut 64-step phrases and drop those with ≤ 1 active cell. Exact duplicate files are kept once (the first
 * in genre, then path order). Songs are split 90/10 into train and test by a seeded shuffle, with near duplicates
 * ({@link NearDuplicates}) kept on one side.
 *
 * <p>Files are read in parallel; everything after that is sequential and in a fixed order, so a preparation is
 * reproducible: the same files and options give the same phrases in the same order.
 */
public final class CorpusPreparer {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusPreparer.class);

    /** Progress of the file-reading phase, reported from worker threads. */
    @FunctionalInterface
    public interface ProgressListener {
        void filesDone(int done, int total);

        ProgressListener NONE = (done, total) -> { };
    }

    private CorpusPreparer() {
    }

    /** Prepares and writes the dataset ({@link DatasetFiles}), the report and the song and rejection lists to {@code outDir}. */
    public static PreparedCorpus prepare(List<CorpusSource> sources, PreparationOptions options, Path outDir,
                                         ProgressListener progress) throws IOException {
        PreparedCorpus corpus = prepareInMemory(sources, options, progress);
        PreparationOutput.write(corpus, outDir);
        return corpus;
    }

    public static PreparedCorpus prepareInMemory(List<CorpusSource> sources, PreparationOptions options) throws IOException {
        return prepareInMemory(sources, options, ProgressListener.NONE);
    }

    /** Prepares the dataset without writing anything, e.g. for {@code evaluate --corpus}. */
    public static PreparedCorpus prepareInMemory(List<CorpusSource> sources, PreparationOptions options,
                                                 ProgressListener progress) throws IOException {
        if (sources.isEmpty()) throw new IllegalArgumentException("no corpus given; use --corpus GENRE=DIR, e.g. jazz=data/midi/jazz");
        long started = System.nanoTime();
        List<String> genres = sources.stream().map(CorpusSource::genre).distinct().toList();

        Map<String, List<Path>> nearDuplicateLists = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (CorpusSource source : sources) {
            FolderScan scan = FolderScan.of(source.dir(), source.genre());
            scan.midiFiles().forEach(f -> candidates.add(new Candidate(source, f)));
            nearDuplicateLists.computeIfAbsent(source.genre(), g -> new ArrayList<>()).addAll(scan.nearDuplicateLists());
        }
        List<AnalyzedFile> analyzed = analyzeAll(candidates, options, progress);
        List<AnalyzedFile> unique = markDuplicates(analyzed);

        List<GenreCounts> counts = new ArrayList<>();
        Map<String, Map<Split, PhraseSet>> sets = new LinkedHashMap<>();
        List<PreparedCorpus.SongEntry> songs = new ArrayList<>();
        List<PreparedCorpus.RejectedFile> rejected = new ArrayList<>();
        for (String genre : genres) {
            List<AnalyzedFile> files = unique.stream().filter(f -> f.source().genre().equals(genre)).toList();
            NearDuplicates groups = NearDuplicates.read(nearDuplicateLists.getOrDefault(genre, List.of()));
            GenreResult result = GenreResult.of(genre, files, groups, options);
            sets.put(genre, result.sets());
            songs.addAll(result.songs());
            for (AnalyzedFile f : files) {
                if (!f.accepted()) rejected.add(new PreparedCorpus.RejectedFile(genre, f.file(), f.rejectionKey(), f.detail()));
            }
            List<String> dirs = sources.stream().filter(s -> s.genre().equals(genre)).map(s -> s.dir().toString()).toList();
            counts.add(result.counts(dirs, files));
        }
        double wall = (System.nanoTime() - started) / 1e9;
        PreparationReport report = new PreparationReport(PreparationReport.VERSION, options.meters().id(), options.rule().id(), options.seed(),
                options.testRatio(), options.extent().name(), TrainingFilter.MIN_ACTIVE_CELLS, options.threads(), counts,
                Math.round(wall * 10) / 10.0);
        return new PreparedCorpus(new PhraseDataset(genres, sets, report.sha256()), report, songs, rejected);
    }

    private record Candidate(CorpusSource source, Path file) {
    }

    private static List<AnalyzedFile> analyzeAll(List<Candidate> candidates, PreparationOptions options,
                                                 ProgressListener progress) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "genreshift-prepare");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        int total = candidates.size();
        progress.filesDone(0, total);
        try {
            List<Future<AnalyzedFile>> futures = new ArrayList<>(total);
            for (Candidate c : candidates) {
                futures.add(pool.submit(() -> {
                    AnalyzedFile result = analyzeSafely(c, options);
                    progress.filesDone(done.incrementAndGet(), total);
                    return result;
                }));
            }
            List<AnalyzedFile> out = new ArrayList<>(total);
            for (Future<AnalyzedFile> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("corpus preparation interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("corpus preparation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A bug in reading one file must not lose the whole run: the file is rejected with the error, and logged. */
    private static AnalyzedFile analyzeSafely(Candidate c, PreparationOptions options) {
        try {
            return AnalyzedFile.analyze(c.source(), c.file(), options);
        } catch (RuntimeException e) {
            LOG.warn("unexpected error reading {}; the file is left out", c.file(), e);
            return new AnalyzedFile(c.source(), c.file(), "", Rejection.UNREADABLE, "INTERNAL_ERROR: " + e, new byte[0], 0, 0, Map.of());
        }
    }

    /** Keeps the first of each set of byte-identical files (in source, then path order) and marks the others. */
    private static List<AnalyzedFile> markDuplicates(List<AnalyzedFile> files) {
        Map<String, Path> firstByHash = new HashMap<>();
        List<AnalyzedFile> out = new ArrayList<>(files.size());
        for (AnalyzedFile f : files) {
            if (f.sha256().isEmpty()) {
                out.add(f);
                continue;
            }
            Path first = firstByHash.putIfAbsent(f.sha256(), f.file());
            out.add(first == null ? f : f.asDuplicate(first));
        }
        return out;
    }

    /** The MIDI files and near-duplicate lists under one corpus folder. */
    private record FolderScan(List<Path> midiFiles, List<Path> nearDuplicateLists) {
        static FolderScan of(Path dir, String genre) throws IOException {
            if (!Files.isDirectory(dir)) {
                throw new NoSuchFileException(dir.toString(), null, "the corpus folder for '" + genre + "' does not exist");
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                List<Path> all = walk.filter(Files::isRegularFile).sorted().toList();
                List<Path> midi = all.stream().filter(FolderScan::isMidi).toList();
                List<Path> lists = all.stream().filter(NearDuplicates::isListFile).toList();
                // an empty genre would give a dataset nothing can be trained on; say so before writing one
                if (midi.isEmpty()) {
                    throw new NoSuchFileException(dir.toString(), null, "the corpus folder for '" + genre
                            + "' holds no .mid or .midi files; check the folder given to --corpus " + genre + "=DIR");
                }
                return new FolderScan(midi, lists);
            }
        }

        private static boolean isMidi(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".mid") || name.endsWith(".midi");
        }
    }

    /** One genre's split, phrase sets, song list and counts. */
    private record GenreResult(String genre, Map<Split, PhraseSet> sets, List<PreparedCorpus.SongEntry> songs,
                               Map<Split, Integer> songCount, Map<Split, Integer> phraseCount, int nearDuplicateGroups) {

        static GenreResult of(String genre, List<AnalyzedFile> files, NearDuplicates groups, PreparationOptions options) {
            List<AnalyzedFile> accepted = files.stream().filter(AnalyzedFile::accepted)
                    .sorted((a, b) -> a.file().compareTo(b.file())).toList();
            Map<Path, Split> split = SongSplitter.split(accepted.stream().map(AnalyzedFile::file).toList(),
                    groups::groupOf, options.testRatio(), options.seed());

            Map<Split, ByteArrayOutputStream> packed = new LinkedHashMap<>();
            Map<Split, List<Integer>> ids = new LinkedHashMap<>();
            Map<Split, Integer> songCount = new LinkedHashMap<>();
            Map<Split, Integer> phraseCount = new LinkedHashMap<>();
            for (Split s : Split.values()) {
                packed.put(s, new ByteArrayOutputStream());
                ids.put(s, new ArrayList<>());
                songCount.put(s, 0);
                phraseCount.put(s, 0);
            }
            List<PreparedCorpus.SongEntry> songs = new ArrayList<>();
            Map<Path, Integer> groupSizes = new HashMap<>();
            for (int id = 0; id < accepted.size(); id++) {
                AnalyzedFile f = accepted.get(id);
                Split s = split.get(f.file());
                packed.get(s).writeBytes(f.packedPhrases());
                for (int i = 0; i < f.phrases(); i++) ids.get(s).add(id);
                songCount.merge(s, 1, Integer::sum);
                phraseCount.merge(s, f.phrases(), Integer::sum);
                songs.add(new PreparedCorpus.SongEntry(genre, id, s, f.phrases(), f.totalBars(), f.file()));
                groupSizes.merge(groups.groupOf(f.file()), 1, Integer::sum);
            }
            Map<Split, PhraseSet> sets = new LinkedHashMap<>();
            for (Split s : Split.values()) {
                int[] songIds = ids.get(s).stream().mapToInt(Integer::intValue).toArray();
                sets.put(s, PhraseSet.ofPacked(packed.get(s).toByteArray(), songIds));
            }
            int multi = (int) groupSizes.values().stream().filter(n -> n > 1).count();
            return new GenreResult(genre, sets, songs, songCount, phraseCount, multi);
        }

        GenreCounts counts(List<String> dirs, List<AnalyzedFile> files) {
            Map<String, Integer> rejected = new TreeMap<>();
            int sparse = 0;
            long clipped = 0;
            Map<String, BarTally> bars = new TreeMap<>();
            for (AnalyzedFile f : files) {
                f.bars().forEach((meter, t) -> bars.merge(meter, t, BarTally::plus));
                if (f.accepted()) {
                    sparse += f.sparseDropped();
                    clipped += f.notesClipped();
                } else {
                    rejected.merge(f.rejectionKey(), 1, Integer::sum);
                }
            }
            return new GenreCounts(genre, dirs, files.size(), rejected, songCount.get(Split.TRAIN), songCount.get(Split.TEST),
                    phraseCount.get(Split.TRAIN), phraseCount.get(Split.TEST), nearDuplicateGroups, sparse, clipped, bars);
        }
    }
}
