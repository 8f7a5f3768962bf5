package io.genreshift.app.transfer;

import io.genreshift.app.shell.CancellationToken;
import io.genreshift.app.shell.ProgressReporter;
import io.genreshift.core.model.Song;

import java.util.List;
import java.util.Set;

/** The engine when no model library could be loaded: every variant disabled, each call explains why. */
public final class UnavailableTransferEngine implements TransferEngine {
    private final String reason;

    public UnavailableTransferEngine(String reason) {
        this.reason = reason;
    }

    @Override
    public Set<ModelVariant> availableVariants(String from, String to) {
        return Set.of();
    }

    @Override
    public GenreGuess detectGenre(Song song) {
        throw new IllegalStateException(reason);
    }

    @Override
    public TransferResult transfer(Song song, TransferRequest request, ProgressReporter progress, CancellationToken cancel) {
        throw new IllegalStateException(reason);
    }

    @Override
    public List<PhraseGenreScores> phraseScores(Song song, String from, String to, CancellationToken cancel) {
        throw new IllegalStateException(reason);
    }

    @Override
    public float[] saliency(Song song, String genre, ProgressReporter progress, CancellationToken cancel) {
        throw new IllegalStateException(reason);
    }
}
