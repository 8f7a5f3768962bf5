package io.genreshift.app.transfer;

import io.genreshift.app.shell.CancellationToken;
import io.genreshift.app.shell.ProgressReporter;
import io.genreshift.core.model.Song;

import java.util.List;
import java.util.Set;

/**
 * The transfer panel's door to the ML layer (genre detection, transfer, saliency). The app's implementation adapts
 * {@code io.genreshift.ml}; tests use a fake. Every method may be slow and is only called on the ML worker thread.
 */
public interface TransferEngine {

    /** The variants that have a model for {@code from -> to}; the panel disables the rest. Fast; callable on the UI thread. */
    Set<ModelVariant> availableVariants(String from, String to);

    /** The 3-genre classifier's guess for the whole song. */
    GenreGuess detectGenre(Song song) throws Exception;

    TransferResult transfer(Song song, TransferRequest request, ProgressReporter progress, CancellationToken cancel)
            throws Exception;

    /**
     * The {@code from}/{@code to} pair classifier's genre probabilities for each 4-bar phrase of {@code song}, the last
     * one padded with silence (as {@link TransferResult#before()} and {@link TransferResult#after()} are made): the
     * genre strip re-judges an edited version with it. Silent phrases get empty scores.
     */
    List<PhraseGenreScores> phraseScores(Song song, String from, String to, CancellationToken cancel) throws Exception;

    /**
     * Saliency of {@code song} for the classifier's decision on {@code genre}: one score in 0..1 per 16th-note step
     * and pitch of the 84-pitch window, flat as {@code step * 84 + pitchIndex}.
     */
    float[] saliency(Song song, String genre, ProgressReporter progress, CancellationToken cancel) throws Exception;

    /**
     * Model files found at start that cannot be used, one sentence each (file, what is wrong, what to do); the app
     * says so once and carries on with the other models. Damage to weights shows only when a model is first loaded.
     */
    default List<String> modelProblems() {
        return List.of();
    }
}
