package io.genreshift.app.fakes;

import io.genreshift.app.shell.DialogService;
import io.genreshift.app.shell.SaveChoice;
import io.genreshift.app.shell.UserError;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A {@link DialogService} that records what was shown and answers from queues set up by the test. */
public final class RecordingDialogs implements DialogService {
    public final List<UserError> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> asked = new ArrayList<>();
    /** The text of each yes/no question, in order. */
    public final List<String> questions = new ArrayList<>();
    public final Deque<SaveChoice> saveAnswers = new ArrayDeque<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final Deque<Path> files = new ArrayDeque<>();

    @Override
    public void showError(UserError error) {
        errors.add(error);
    }

    @Override
    public void showInfo(String title, String text) {
        infos.add(title);
    }

    @Override
    public void notify(String text) {
        infos.add(text);
    }

    @Override
    public SaveChoice askSaveChanges(String what) {
        asked.add(what);
        return saveAnswers.isEmpty() ? SaveChoice.CANCEL : saveAnswers.pop();
    }

    @Override
    public boolean confirm(String title, String question, String yesLabel, String noLabel) {
        asked.add(title);
        questions.add(question);
        return !confirmAnswers.isEmpty() && confirmAnswers.pop();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialFolder, FileKind kind) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialFolder, String initialName, FileKind kind) {
        return Optional.ofNullable(files.poll());
    }
}
