package io.genreshift.app.fakes;

import io.genreshift.app.shell.CancellationToken;
import io.genreshift.app.shell.ProgressReporter;
import io.genreshift.app.transfer.GenreGuess;
import io.genreshift.app.transfer.ModelVariant;
import io.genreshift.app.transfer.PhraseGenreScores;
import io.genreshift.app.transfer.TransferEngine;
import io.genreshift.app.transfer.TransferRequest;
import io.genreshift.app.transfer.TransferResult;
import io.genreshift.core.metrics.ContentChange;
import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.roll.PianoRoll;
import io.genreshift.core.roll.PianoRollConverter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A predictable engine: detects {@code detected}, offers {@code variants}, and "transfers" by transposing every note
 * up a fifth (with the real rolls of both songs). Counts calls; can be told to fail or to wait for cancellation.
 */
public final class FakeTransferEngine implements TransferEngine {
    public Set<ModelVariant> variants = EnumSet.of(ModelVariant.SN, ModelVariant.BASELINE);
    public GenreGuess detected = new GenreGuess("classic", 0.8, Map.of("classic", 0.8, "jazz", 0.15, "pop", 0.05));
    public RuntimeException failWith;
    public boolean cancelItself;
    /** Transfer to a song without notes, as an undertrained generator does. */
    public boolean writeNothing;
    public final List<TransferRequest> requests = new ArrayList<>();
    public int saliencyCalls;
    /** Songs the genre strip asked to re-judge, in order. */
    public final List<Song> judged = new ArrayList<>();
    public RuntimeException phraseScoresFailure;
    /** What {@link #modelProblems()} reports, as a library with broken files would. */
    public List<String> problems = List.of();

    @Override
    public List<String> modelProblems() {
        return problems;
    }

    @Override
    public Set<ModelVariant> availableVariants(String from, String to) {
        return variants;
    }

    @Override
    public GenreGuess detectGenre(Song song) {
        return detected;
    }

    @Override
    public TransferResult transfer(Song song, TransferRequest request, ProgressReporter progress, CancellationToken cancel) {
        requests.add(request);
        if (failWith != null) throw failWith;
        progress.report(0.5, "halfway");
        if (cancelItself) cancel.cancel();
        cancel.check();
        List<Note> notes = writeNothing ? List.of()
                : song.notes().stream().map(n -> n.withPitch(Math.min(127, n.pitch() + 7))).toList();
        Song out = song.withNotes(notes);
        PianoRoll before = PianoRollConverter.toRoll(song);
        PianoRoll after = PianoRollConverter.toRoll(out).resized(before.steps()); // as the real engine: same length
        return new TransferResult(out, before, after, List.of(new PhraseGenreScores(Map.of(request.to(), 0.2))),
                List.of(new PhraseGenreScores(Map.of(request.to(), 0.9))), cellChange(before, after));
    }

    /** The content change cell by cell, as a transfer reports it (rolls of equal length). */
    public static ContentChange cellChange(PianoRoll before, PianoRoll after) {
        int added = 0;
        int removed = 0;
        for (int step = 0; step < before.steps(); step++) {
            for (int p = 0; p < PianoRoll.PITCHES; p++) {
                if (after.get(step, p) && !before.get(step, p)) added++;
                if (before.get(step, p) && !after.get(step, p)) removed++;
            }
        }
        return new ContentChange(added, removed, before.activeCells());
    }

    /** One phrase per 8 notes; P(target) = the share of notes at or above middle C, so edits move it predictably. */
    @Override
    public List<PhraseGenreScores> phraseScores(Song song, String from, String to, CancellationToken cancel) {
        judged.add(song);
        cancel.check();
        if (phraseScoresFailure != null) throw phraseScoresFailure;
        double high = song.notes().isEmpty() ? 0 : song.notes().stream().filter(n -> n.pitch() >= 60).count() / (double) song.notes().size();
        int phrases = Math.max(1, (song.notes().size() + 7) / 8);
        List<PhraseGenreScores> out = new ArrayList<>();
        for (int i = 0; i < phrases; i++) out.add(new PhraseGenreScores(Map.of(to, high, from, 1 - high)));
        return out;
    }

    @Override
    public float[] saliency(Song song, String genre, ProgressReporter progress, CancellationToken cancel) {
        saliencyCalls++;
        float[] s = new float[64 * PianoRoll.PITCHES];
        s[5] = 0.5f;
        s[6] = 1f;
        return s;
    }
}
