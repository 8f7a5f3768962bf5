package io.genreshift.app.shell;

import io.genreshift.app.listen.AudioEngine;
import io.genreshift.core.io.AtomicFiles;
import io.genreshift.app.prefs.PreferencesModel;
import io.genreshift.app.transfer.SongVersion;
import io.genreshift.app.transfer.VersionsViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * File ▸ Export: MIDI of any version (core's musician export: tempo map, velocities and programs kept), WAV by offline
 * render with progress (no audio device needed), PNG of the roll as drawn. Each asks for a target file, remembers
 * the folder and reports failures as a dialog with the file and what to try.
 */
public final class ExportViewModel {
    private final SongFiles files;
    private final AudioEngine audio;
    private final DialogService dialogs;
    private final VersionsViewModel versions;
    private final PreferencesModel prefs;
    private final TaskExecutor renderExecutor;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private BackgroundTask<?> current;

    public ExportViewModel(SongFiles files, AudioEngine audio, DialogService dialogs, VersionsViewModel versions,
                           PreferencesModel prefs, TaskExecutor renderExecutor) {
        this.files = Objects.requireNonNull(files);
        this.audio = Objects.requireNonNull(audio);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.versions = Objects.requireNonNull(versions);
        this.prefs = Objects.requireNonNull(prefs);
        this.renderExecutor = Objects.requireNonNull(renderExecutor);
    }

    /** Export MIDI of the version on screen. */
    public void exportShownMidi() {
        SongVersion v = versions.shownProperty().get();
        if (v != null) exportMidi(v);
    }

    /** Asks for a file and writes {@code version} there; marks it saved. Returns whether it was written. */
    public boolean exportMidi(SongVersion version) {
        Optional<Path> target = dialogs.chooseFileToSave("Export “" + version.name() + "” as MIDI", prefs.get().lastFolder(),
                suggestedName(version, "mid"), DialogService.FileKind.MIDI);
        if (target.isEmpty()) return false;
        return writeMidi(version, withExtension(target.get(), "mid"));
    }

    /** Writes {@code version} to {@code target} without asking (tests, Save on close). */
    public boolean writeMidi(SongVersion version, Path target) {
        try {
            files.writeMidi(version.song(), target);
        } catch (SongFileException e) {
            dialogs.showError(new UserError("Could not export MIDI", target, e.reason(), e.advice() != null ? e.advice()
                    : "Check that the folder exists and is writable, and that there is free disk space."));
            return false;
        }
        versions.markSaved(version);
        remember(target);
        status.set("Exported “" + version.name() + "” to " + target.getFileName());
        return true;
    }

    /** Export WAV of the version on screen, rendered offline in the background with progress. */
    public void exportShownWav() {
        SongVersion v = versions.shownProperty().get();
        if (v == null) return;
        dialogs.chooseFileToSave("Export “" + v.name() + "” as WAV", prefs.get().lastFolder(), suggestedName(v, "wav"),
                DialogService.FileKind.WAV).ifPresent(target -> writeWav(v, withExtension(target, "wav")));
    }

    public void writeWav(SongVersion version, Path target) {
        busy.set(true);
        progress.set(0);
        status.set("Rendering “" + version.name() + "” to WAV…");
        BackgroundTask<Path> task = BackgroundTask.<Path>wrap((p, c) -> {
                    audio.exportWav(version.song(), target, p, c);
                    return target;
                })
                .withTitle("Export WAV")
                .onSuccess(t -> {
                    remember(t);
                    status.set("Exported WAV to " + t.getFileName());
                })
                .onCancelled(() -> status.set("WAV export cancelled"))
                .onFailure(e -> {
                    status.set("WAV export failed");
                    dialogs.showError(UserError.of("Could not export WAV", target, e,
                            "Check the folder is writable; if the soundfont is the problem, choose another in Preferences."));
                })
                .onFinished(() -> busy.set(false));
        task.progressProperty().addListener((o, a, b) -> progress.set(b.doubleValue()));
        current = task;
        task.executeWith(renderExecutor);
    }

    /** Export PNG: asks for a file and writes the image {@code snapshot} makes (the roll with its overlays). */
    public void exportPng(Supplier<RenderedImage> snapshot) {
        SongVersion v = versions.shownProperty().get();
        if (v == null) return;
        dialogs.chooseFileToSave("Export the roll as PNG", prefs.get().lastFolder(), suggestedName(v, "png"),
                DialogService.FileKind.PNG).ifPresent(target -> writePng(snapshot.get(), withExtension(target, "png")));
    }

    public boolean writePng(RenderedImage image, Path target) {
        try {
            AtomicFiles.write(target, temp -> {
                if (!javax.imageio.ImageIO.write(image, "png", temp.toFile())) throw new IOException("no PNG writer available");
            });
        } catch (IOException e) {
            dialogs.showError(UserError.of("Could not export PNG", target, e, "Check that the folder is writable."));
            return false;
        }
        remember(target);
        status.set("Exported picture to " + target.getFileName());
        return true;
    }

    public void cancel() {
        if (current != null) current.cancel();
    }

    private void remember(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) prefs.update(p -> p.withLastFolder(parent));
    }

    /** "song.mid" + "Transferred → jazz (SN)" -> "song - transferred-jazz-sn.mid". */
    static String suggestedName(SongVersion v, String ext) {
        String base = v.song().title().isBlank() ? "song" : v.song().title();
        base = base.replaceAll("\\.(?i)(mid|midi|kar)$", "");
        String suffix = v.isOriginal() ? "" : " - " + v.name().toLowerCase(Locale.ROOT)
                .replace("transferred → ", "transferred-").replaceAll("[^a-z0-9+-]+", "-").replaceAll("-+$", "");
        return (base + suffix).replaceAll("[\\\\/:*?\"<>|]", "_") + "." + ext;
    }

    static Path withExtension(Path p, String ext) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + ext) || (ext.equals("mid") && name.toLowerCase(Locale.ROOT).endsWith(".midi"))
                ? p : p.resolveSibling(name + "." + ext);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
