package io.genreshift.ml.transfer;

import io.genreshift.core.metrics.ContentChange;
import io.genreshift.core.model.Song;
import io.genreshift.core.roll.MusicianExport;
import io.genreshift.core.roll.PianoRollConverter;
import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PhraseLayout;
import io.genreshift.core.roll.PianoRoll;
import io.genreshift.ml.io.LoadedModel;
import io.genreshift.ml.io.ModelCache;
import io.genreshift.ml.io.TransferDirection;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Transfers a whole piano roll to another genre with a trained CycleGAN (Brunner et al. 2018, spec §8): the roll is
 * cut into phrases that follow the song's bars ({@link PhraseLayout#forTransfer}), the sounding phrases go through the
 * generator in one batched pass, and the output is thresholded. Spans in meters the models were not made for (3/4,
 * 6/8, …) are not cut across: they keep the original's notes and are reported as {@link TransferResult#untouched()}.
 * The result also carries the cycle reconstruction (computed from the generator's continuous output, as the
 * reference does), the pair classifier's view of every phrase before and after, and the content change.
 *
 * <p>Runs on the caller's thread and must be the only ML work at that time (see {@code LoadedModel}); the app calls
 * it from its single ML worker, reporting through a {@link ProgressMonitor} that can cancel between steps.
 */
public final class GenreTransfer {
    /** Phrases per forward pass. A song of 5 minutes at 120 bpm has about 40, so songs normally take one pass. */
    static final int MAX_BATCH = 32;

    private final ModelCache models;

    public GenreTransfer(ModelCache models) {
        this.models = models;
    }

    /**
     * Transfers a whole song: song → piano roll → transfer → the musician export onto the original song, which keeps
     * its tempo map, tracks, programs and the touch of the notes that survive. Drum notes are kept as they were.
     */
    public SongTransferResult transfer(Song song, TransferRequest request, ProgressMonitor monitor) throws IOException {
        PianoRoll roll = PianoRollConverter.toRoll(song);
        TransferResult details = transfer(roll, PhraseLayout.forTransfer(song, roll.steps()), request, monitor.part(0, 0.95));
        monitor.checkCancelled();
        monitor.update(0.95, "Writing the transfer onto the song");
        Song transferred = MusicianExport.apply(song, details.transfer(), MusicianExport.Drums.KEEP);
        monitor.update(1.0, "Transferred " + details.direction());
        return new SongTransferResult(song, transferred, details);
    }

    /** Transfers a piano roll taken as 4/4 from its start; the result has the roll's length. */
    public TransferResult transfer(PianoRoll source, TransferRequest request, ProgressMonitor monitor) throws IOException {
        return transfer(source, PhraseLayout.uniform(source.steps()), request, monitor);
    }

    /** Transfers the phrases of {@code layout}; steps in no phrase keep the source. The result has the roll's length. */
    public TransferResult transfer(PianoRoll source, PhraseLayout layout, TransferRequest request, ProgressMonitor monitor)
            throws IOException {
        PhraseBatch batch = PhraseBatch.of(source, layout);
        if (batch.size() == 0 && layout.phraseCount() == 0 && source.activeCells() > 0) {
            throw new IllegalArgumentException("nothing to transfer: no part of the song is in 4/4, 2/4 or 2/2, the meters "
                    + "the models know; parts in other meters are left as they are");
        }
        if (batch.size() == 0) {
            throw new IllegalArgumentException("nothing to transfer: the song has no notes between MIDI "
                    + PianoRoll.LOWEST_PITCH + " and " + PianoRoll.HIGHEST_PITCH + " outside the drum channel"
                    + (layout.untouched().isEmpty() ? "" : " in its parts in 4/4, 2/4 or 2/2"));
        }
        monitor.checkCancelled();
        Optional<GenreDetection> detection = Optional.empty();
        String from;
        if (request.source().isPresent()) {
            from = request.source().get();
        } else {
            monitor.update(0.0, "Detecting the song's genre");
            detection = Optional.of(detect(batch, request.target()));
            from = detection.get().genre();
        }
        TransferDirection direction = new TransferDirection(from, request.target());
        LoadedModel generator = models.generator(direction, request.variant());
        LoadedModel back = models.generator(direction.reversed(), request.variant());
        Optional<LoadedModel> judge = models.optionalClassifier(List.of(from, request.target()));

        monitor.checkCancelled();
        monitor.update(0.1, "Transferring " + batch.size() + " phrases " + direction);
        float[] continuous = generator.forward(batch.inputs(), batch.size(), MAX_BATCH);
        monitor.checkCancelled();
        monitor.update(0.45, "Reconstructing the original (cycle)");
        float[] cycled = back.forward(continuous, batch.size(), MAX_BATCH);

        PianoRoll transfer = batch.toRoll(continuous, request.threshold());
        if (request.keepMelody()) transfer = Skyline.keep(source, transfer);
        PianoRoll cycle = batch.toRoll(cycled, request.threshold());

        monitor.checkCancelled();
        monitor.update(0.8, "Classifying phrases before and after");
        List<Phrase> after = batch.phrasesOf(transfer);
        double[] before = targetProbabilities(judge, batch, batch.phrases(), request.target());
        double[] afterP = targetProbabilities(judge, batch, after, request.target());
        List<PhraseOutcome> outcomes = new ArrayList<>();
        int added = 0;
        int removed = 0;
        for (int i = 0; i < after.size(); i++) {
            ContentChange c = ContentChange.between(batch.phrases().get(i), after.get(i));
            added += c.added();
            removed += c.removed();
            outcomes.add(new PhraseOutcome(i, layout.phraseStarts().get(i), layout.phraseSteps().get(i), batch.isSilent(i), before[i], afterP[i], c));
        }
        monitor.update(1.0, "Transferred " + direction);
        return new TransferResult(direction, request.variant(), detection, source, transfer, cycle, outcomes,
                new ContentChange(added, removed, source.activeCells()), layout.untouched());
    }

    /** The genre of a roll by the genre classifier: the most probable one, averaged over its sounding phrases. */
    public GenreDetection detect(PianoRoll roll) throws IOException {
        return detect(soundingBatch(roll), null);
    }

    /**
     * The genre of a roll as a transfer's source: the most probable genre other than {@code target}, since a song is
     * not transferred to its own genre. The probabilities still include the target's.
     */
    public GenreDetection detect(PianoRoll roll, String target) throws IOException {
        return detect(soundingBatch(roll), target);
    }

    private static PhraseBatch soundingBatch(PianoRoll roll) {
        PhraseBatch batch = PhraseBatch.of(roll);
        if (batch.size() == 0) throw new IllegalArgumentException("cannot detect the genre of a song without notes");
        return batch;
    }

    /** @param target excluded from the choice, or {@code null} to choose among all genres */
    private GenreDetection detect(PhraseBatch batch, String target) throws IOException {
        LoadedModel detector = models.genreDetector();
        List<String> genres = detector.card().genres();
        if (target != null && !genres.contains(target)) {
            throw new IllegalArgumentException("the genre classifier knows " + genres + ", not '" + target + "'");
        }
        List<Phrase> sounding = Arrays.stream(batch.sounding()).mapToObj(batch.phrases()::get).toList();
        Map<String, Double> mean = AveragedGenreProbabilities.of(detector, sounding, MAX_BATCH);
        String best = AveragedGenreProbabilities.likeliest(mean, target);
        return new GenreDetection(best, mean.get(best), mean);
    }

    /**
     * The {from, target} pair classifier's P(target) for every phrase of {@code roll}, the tail padded as in a
     * transfer, so index i matches {@link PhraseOutcome#index()}. The app re-judges an edited transfer with it.
     * NaN for silent phrases, and everywhere when the library has no classifier for the pair.
     */
    public double[] targetProbabilities(PianoRoll roll, String from, String target) throws IOException {
        return targetProbabilities(roll, PhraseLayout.uniform(roll.steps()), from, target);
    }

    /** As {@link #targetProbabilities(PianoRoll, String, String)}, for the phrases of {@code layout}. */
    public double[] targetProbabilities(PianoRoll roll, PhraseLayout layout, String from, String target) throws IOException {
        PhraseBatch batch = PhraseBatch.of(roll, layout);
        Optional<LoadedModel> judge = batch.size() == 0 ? Optional.empty() : models.optionalClassifier(List.of(from, target));
        return targetProbabilities(judge, batch, batch.phrases(), target);
    }

    /** P(target) per phrase; NaN for silent phrases and when there is no pair classifier. */
    private static double[] targetProbabilities(Optional<LoadedModel> judge, PhraseBatch batch, List<Phrase> phrases, String target) {
        double[] out = new double[phrases.size()];
        Arrays.fill(out, Double.NaN);
        if (judge.isEmpty()) return out;
        int[] sounding = batch.sounding();
        float[] x = new float[sounding.length * Phrase.CELLS];
        for (int b = 0; b < sounding.length; b++) phrases.get(sounding[b]).writeFloats(x, b * Phrase.CELLS);
        int classes = judge.get().card().genres().size();
        double[][] p = Softmax.rows(judge.get().forward(x, sounding.length, MAX_BATCH), classes);
        int targetClass = judge.get().card().classIndex(target);
        for (int b = 0; b < sounding.length; b++) out[sounding[b]] = p[b][targetClass];
        return out;
    }
}
