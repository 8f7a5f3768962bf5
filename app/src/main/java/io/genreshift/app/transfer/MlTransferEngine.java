package io.genreshift.app.transfer;

import io.genreshift.app.shell.CancellationToken;
import io.genreshift.app.shell.ProgressReporter;
import io.genreshift.core.model.Song;
import io.genreshift.core.roll.PhraseLayout;
import io.genreshift.core.roll.PianoRoll;
import io.genreshift.ml.io.ModelCache;
import io.genreshift.ml.io.ModelLibrary;
import io.genreshift.ml.io.TransferDirection;
import io.genreshift.ml.model.Variant;
import io.genreshift.ml.saliency.SaliencyAttributor;
import io.genreshift.ml.transfer.GenreDetection;
import io.genreshift.ml.transfer.GenreTransfer;
import io.genreshift.ml.transfer.PhraseOutcome;
import io.genreshift.ml.transfer.ProgressMonitor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@link TransferEngine} on the ml layer: {@link GenreTransfer} over a {@link ModelCache} of the model library, the
 * 3-genre detector for "auto" and {@link SaliencyAttributor} for the overlay. Must only be used from the one ML thread.
 */
public final class MlTransferEngine implements TransferEngine, AutoCloseable {
    private final ModelLibrary library;
    private final ModelCache cache;
    private final GenreTransfer transfer;
    private final Function<Song, PianoRoll> toRoll;
    private final BiFunction<Song, PianoRoll, Song> toSong;

    /**
     * @param toRoll core's Song → piano-roll conversion (what the model sees)
     * @param toSong core's musician export: the original song with its notes replaced by a roll's, keeping tempo map,
     *               velocities and programs
     */
    public MlTransferEngine(ModelLibrary library, Function<Song, PianoRoll> toRoll, BiFunction<Song, PianoRoll, Song> toSong) {
        this.library = Objects.requireNonNull(library);
        this.cache = new ModelCache(library);
        this.transfer = new GenreTransfer(cache);
        this.toRoll = Objects.requireNonNull(toRoll);
        this.toSong = Objects.requireNonNull(toSong);
    }

    @Override
    public Set<ModelVariant> availableVariants(String from, String to) {
        TransferDirection there = new TransferDirection(from, to);
        // The cycle reconstruction needs the generator back as well.
        Set<Variant> both = EnumSet.noneOf(Variant.class);
        both.addAll(library.variants(there));
        both.retainAll(library.variants(there.reversed()));
        Set<ModelVariant> out = EnumSet.noneOf(ModelVariant.class);
        for (Variant v : both) out.add(ModelVariant.ofId(v.id()));
        return out;
    }

    @Override
    public GenreGuess detectGenre(Song song) throws Exception {
        PianoRoll roll = toRoll.apply(song);
        // GenreTransfer.detect picks the best genre other than a target; the panel wants the overall best, so it
        // takes the mean probabilities and chooses itself.
        List<String> genres = new ArrayList<>(library.genres());
        if (genres.isEmpty()) throw new IllegalStateException("the model library " + library.folder() + " has no models");
        GenreDetection d = transfer.detect(roll, genres.get(genres.size() - 1));
        Map<String, Double> p = d.probabilities();
        String best = p.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(d.genre());
        return new GenreGuess(best, p.get(best), p);
    }

    @Override
    public TransferResult transfer(Song song, TransferRequest request, ProgressReporter progress, CancellationToken cancel)
            throws Exception {
        PianoRoll source = toRoll.apply(song);
        io.genreshift.ml.transfer.TransferRequest mlRequest = io.genreshift.ml.transfer.TransferRequest.to(request.to())
                .withSource(request.from())
                .withVariant(Variant.parse(request.variant().id()))
                .withThreshold((float) request.threshold())
                .withKeepMelody(request.keepMelody());
        // Phrases follow the song's bars; spans in meters the models do not know keep their notes.
        io.genreshift.ml.transfer.TransferResult r = transfer.transfer(source, PhraseLayout.forTransfer(song, source.steps()),
                mlRequest, monitor(progress, cancel));
        Song transferred = toSong.apply(song, r.transfer()).withTitle(song.title());
        List<PhraseGenreScores> before = new ArrayList<>();
        List<PhraseGenreScores> after = new ArrayList<>();
        for (PhraseOutcome o : r.phrases()) {
            before.add(pairScores(request.from(), request.to(), o.targetBefore()));
            after.add(pairScores(request.from(), request.to(), o.targetAfter()));
        }
        return new TransferResult(transferred, r.source(), r.transfer(), before, after, r.change());
    }

    @Override
    public List<PhraseGenreScores> phraseScores(Song song, String from, String to, CancellationToken cancel) throws Exception {
        cancel.check();
        PianoRoll roll = toRoll.apply(song);
        cancel.check();
        List<PhraseGenreScores> out = new ArrayList<>();
        PhraseLayout layout = PhraseLayout.forTransfer(song, roll.steps());
        for (double p : transfer.targetProbabilities(roll, layout, from, to)) out.add(pairScores(from, to, p));
        return out;
    }

    /** The pair classifier only gives P(target); the rest is the source. NaN (silent phrase, no classifier) -> empty. */
    private static PhraseGenreScores pairScores(String from, String to, double pTarget) {
        if (Double.isNaN(pTarget)) return new PhraseGenreScores(Map.of());
        Map<String, Double> m = new HashMap<>();
        m.put(to, pTarget);
        m.put(from, 1 - pTarget);
        return new PhraseGenreScores(m);
    }

    @Override
    public float[] saliency(Song song, String genre, ProgressReporter progress, CancellationToken cancel) throws Exception {
        cancel.check();
        progress.report(-1, "Computing saliency for " + genre);
        // Drop nothing here: the overlay's own threshold (1/4 of the maximum by default) decides what shows.
        return new SaliencyAttributor(cache.genreDetector()).attribute(toRoll.apply(song), genre, 0f).weights();
    }

    private static ProgressMonitor monitor(ProgressReporter progress, CancellationToken cancel) {
        return new ProgressMonitor() {
            @Override
            public void update(double fraction, String stage) {
                progress.report(fraction, stage);
            }

            @Override
            public boolean isCancelled() {
                return cancel.isCancelled();
            }
        };
    }

    @Override
    public List<String> modelProblems() {
        return library.problems().stream().map(Throwable::getMessage).toList();
    }

    @Override
    public void close() {
        cache.close();
    }
}
