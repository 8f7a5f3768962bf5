package io.genreshift.app.study;

import io.genreshift.core.study.ParticipantResults;
import io.genreshift.core.study.PresentationOrder;
import io.genreshift.core.study.Ranking;
import io.genreshift.core.study.SnippetResponse;
import io.genreshift.core.study.StudyClip;
import io.genreshift.core.study.StudyDefinition;
import io.genreshift.core.study.StudyFiles;
import io.genreshift.core.study.StudyReport;
import io.genreshift.core.study.StudySnippet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One participant's pass through a study: which snippet is on, the clips labelled A, B, ... in this participant's
 * order, the two rankings (labels, best first) and the comment. {@link #next()} saves the results file atomically
 * before moving on, so pausing (or a crash) loses at most the snippet in progress. Nothing about the variants is known
 * here: the study file has none, and the key is only read for the report once the participant has finished.
 */
public final class StudySessionViewModel {
    private final StudyFiles files;
    private final StudyDefinition study;
    private final ClipPlayer player;
    private ParticipantResults results;
    private StudySnippet snippet;
    private List<String> presented = List.of();

    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper task = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper playing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> labels = FXCollections.observableArrayList();
    private final ObservableList<String> retention = FXCollections.observableArrayList();
    private final ObservableList<String> quality = FXCollections.observableArrayList();
    private final StringProperty comment = new SimpleStringProperty("");

    private StudySessionViewModel(StudyFiles files, StudyDefinition study, ParticipantResults results, ClipPlayer player) {
        this.files = files;
        this.study = study;
        this.results = results;
        this.player = player;
        showNextUnanswered();
    }

    /** A new session; the name may be blank for an anonymous participant. Saves the (empty) results file at once. */
    public static StudySessionViewModel start(StudyFiles files, String participant, ClipPlayer player) throws IOException {
        ParticipantResults fresh = ParticipantResults.start(participant, sessionId(participant));
        files.writeResults(fresh);
        return new StudySessionViewModel(files, files.readStudy(), fresh, player);
    }

    /** Continues a paused session at its first unanswered snippet. */
    public static StudySessionViewModel resume(StudyFiles files, ParticipantResults paused, ClipPlayer player) throws IOException {
        return new StudySessionViewModel(files, files.readStudy(), paused, player);
    }

    /** The sessions in the study folder that were started and not finished, to resume. */
    public static List<ParticipantResults> pausedSessions(StudyFiles files) throws IOException {
        return files.readAllResults().stream().filter(r -> !r.finished()).toList();
    }

    /** "anna-3f9c2a1b": the name (for the coordinator's eye) and a random part (two Annas do not collide). */
    static String sessionId(String participant) {
        String name = participant == null ? "" : participant.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (name.isEmpty()) name = ParticipantResults.ANONYMOUS;
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Plays the original on key 0 and the clip labelled A on 1, B on 2, ...; other keys do nothing. */
    public void play(int key) {
        if (finished.get() || key < 0 || key > presented.size()) return;
        String audio = key == 0 ? snippet.originalAudio() : clip(presented.get(key - 1)).audio();
        try {
            player.play(files.resolve(audio));
            playing.set(key == 0 ? "Original" : labels.get(key - 1));
            status.set("");
        } catch (Exception e) {
            playing.set("");
            status.set("Cannot play " + files.resolve(audio) + ": " + e.getMessage());
        }
    }

    public void stop() {
        player.stop();
        playing.set("");
    }

    /** Moves {@code label} to position {@code index} of a ranking (0 = best), as a drag does. */
    public void move(Criterion criterion, String label, int index) {
        ObservableList<String> list = ranking(criterion);
        if (!list.contains(label)) return;
        list.remove(label);
        list.add(Math.max(0, Math.min(index, list.size())), label);
    }

    /** Moves {@code label} one place up (delta −1, better) or down (+1), as the keyboard does. */
    public void shift(Criterion criterion, String label, int delta) {
        int at = ranking(criterion).indexOf(label);
        if (at >= 0) move(criterion, label, at + delta);
    }

    /**
     * Records the current snippet's rankings and comment, saves the results file, and shows the next snippet; after
     * the last one the session is finished.
     */
    public void next() throws IOException {
        if (finished.get()) return;
        stop();
        SnippetResponse response = new SnippetResponse(snippet.id(), presented, Ranking.strict(toClips(retention)),
                Ranking.strict(toClips(quality)), comment.get().strip());
        ParticipantResults updated = results.with(response);
        boolean last = study.snippets().stream().allMatch(s -> updated.answered(s.id()));
        ParticipantResults toSave = last ? updated.asFinished() : updated;
        files.writeResults(toSave); // first save, then move on: a failed save keeps the participant on this snippet
        results = toSave;
        showNextUnanswered();
    }

    /** Stops playback; the answers so far are already saved. */
    public void pause() {
        stop();
        player.close();
    }

    /** The merged report of every participant, once this one has finished and if the key is in the folder. */
    public Optional<StudyReport> report() throws IOException {
        if (!finished.get() || !Files.isRegularFile(files.keyFile())) return Optional.empty();
        return Optional.of(StudyReport.of(files.readKey(), files.readAllResults()));
    }

    private void showNextUnanswered() {
        Optional<StudySnippet> open = study.snippets().stream().filter(s -> !results.answered(s.id())).findFirst();
        if (open.isEmpty()) {
            finished.set(true);
            progress.set("Finished: " + study.snippets().size() + " of " + study.snippets().size() + " snippets");
            labels.clear();
            retention.clear();
            quality.clear();
            return;
        }
        snippet = open.get();
        presented = PresentationOrder.of(snippet, results.session());
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < presented.size(); i++) letters.add(PresentationOrder.label(i));
        labels.setAll(letters);
        retention.setAll(letters);
        quality.setAll(letters);
        comment.set("");
        int number = study.snippets().indexOf(snippet) + 1;
        progress.set("Snippet " + number + " of " + study.snippets().size());
        // Quality "in the target genre" means nothing to a participant who is not told the genre.
        task.set("Original: " + snippet.from() + ". Each transfer was made to sound like " + snippet.to() + ".");
    }

    private List<String> toClips(List<String> rankedLabels) {
        return rankedLabels.stream().map(l -> presented.get(labels.indexOf(l))).toList();
    }

    private StudyClip clip(String id) {
        return snippet.clips().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    public ObservableList<String> ranking(Criterion criterion) {
        return criterion == Criterion.RETENTION ? retention : quality;
    }

    public ObservableList<String> labels() {
        return labels;
    }

    /** The clip id behind a label of the current snippet (not shown to the participant; for the report and tests). */
    public String clipOf(String label) {
        return presented.get(labels.indexOf(label));
    }

    public String currentSnippetId() {
        return snippet.id();
    }

    public StudyDefinition study() {
        return study;
    }

    public ParticipantResults results() {
        return results;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the participant is judging: the snippet's genre and the genre the transfers aim at. */
    public ReadOnlyStringProperty taskProperty() {
        return task.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }
}
