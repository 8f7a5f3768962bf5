package io.genreshift.app.listen;

import io.genreshift.app.shell.BackgroundTask;
import io.genreshift.app.shell.DialogService;
import io.genreshift.app.shell.TaskExecutor;
import io.genreshift.app.shell.UserError;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoMap;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Transport and A/B state. Both versions are rendered in the background before playback starts; A/B then switches
 * the player's buffer at the current frame, so the music keeps its position with no gap. The loop is handed to the
 * player, which wraps at the exact sample; this class only converts its ticks to seconds. Without an audio device
 * every playback command is disabled and {@link #unavailableReasonProperty()} says why (Export WAV still works).
 * All methods run on the UI thread; {@link #poll()} is called by the view's animation timer.
 */
public final class TransportViewModel {
    private final AudioEngine engine;
    private final DialogService dialogs;
    private final TaskExecutor renderExecutor;

    private final ReadOnlyBooleanWrapper playable = new ReadOnlyBooleanWrapper(this, "playable");
    private final ReadOnlyStringWrapper unavailableReason = new ReadOnlyStringWrapper(this, "unavailableReason", "");
    private final ReadOnlyObjectWrapper<PlaybackState> state = new ReadOnlyObjectWrapper<>(this, "state", PlaybackState.STOPPED);
    private final ReadOnlyObjectWrapper<AbSide> side = new ReadOnlyObjectWrapper<>(this, "side", AbSide.A);
    private final ReadOnlyBooleanWrapper hasB = new ReadOnlyBooleanWrapper(this, "hasB", false);
    private final ReadOnlyDoubleWrapper positionSeconds = new ReadOnlyDoubleWrapper(this, "positionSeconds", 0);
    private final ReadOnlyLongWrapper positionTick = new ReadOnlyLongWrapper(this, "positionTick", 0);
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(this, "rendering", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObjectProperty<LoopSpan> loop = new SimpleObjectProperty<>(this, "loop");
    private final BooleanProperty looping = new SimpleBooleanProperty(this, "looping", false);
    private final StringBinding tempoText;

    private Song songA;
    private Song songB;
    private RenderedAudio audioA;
    private RenderedAudio audioB;
    private AbPlayer player;
    private boolean playWhenReady;
    /** Bumped on every version change so a stale render finishing late is ignored. */
    private int generation;
    private BackgroundTask<RenderedAudio[]> renderTask;

    public TransportViewModel(AudioEngine engine, DialogService dialogs, TaskExecutor renderExecutor) {
        this.engine = Objects.requireNonNull(engine);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.renderExecutor = Objects.requireNonNull(renderExecutor);
        AudioAvailability a = engine.probe();
        playable.set(a.playable());
        unavailableReason.set(a.playable() ? "" : a.reason());
        tempoText = Bindings.createStringBinding(() -> {
            Song s = side.get() == AbSide.B && songB != null ? songB : songA;
            return s == null ? "– BPM" : String.format(Locale.ROOT, "%.0f BPM", s.tempoMap().bpmAt(positionTick.get()));
        }, positionTick, side);
        loop.addListener((o, was, now) -> applyLoop());
        looping.addListener((o, was, now) -> applyLoop());
    }

    /**
     * The two versions to play: {@code a} is the original, {@code b} the selected transfer (or null). Starts their
     * renders; playback that was running stops, since the sound it played is gone.
     */
    public void setVersions(Song a, Song b) {
        if (Objects.equals(a, songA) && Objects.equals(b, songB)) return;
        boolean aChanged = !Objects.equals(a, songA);
        boolean bChanged = !Objects.equals(b, songB);
        songA = a;
        songB = b;
        hasB.set(b != null);
        if (b == null) side.set(AbSide.A);
        if (aChanged) audioA = null;
        if (bChanged) audioB = null;
        closePlayer();
        generation++;
        if (rendering.get() && renderTask != null) renderTask.cancel();
        rendering.set(false);
        tempoText.invalidate();
        // Rendered when playback starts, not here: every edit changes the song, and re-rendering a long song per
        // keystroke would keep the render thread busy for nothing.
    }

    public void playPause() {
        if (!playable.get() || songA == null) return;
        switch (state.get()) {
            case PLAYING -> {
                if (player != null) player.pause();
                state.set(PlaybackState.PAUSED);
            }
            case PAUSED, STOPPED -> startPlaying();
        }
    }

    /** Stops and moves the playhead back to the beginning, or to the loop's start when looping. */
    public void stop() {
        playWhenReady = false;
        if (player != null) player.stop();
        state.set(PlaybackState.STOPPED);
        seek(loopStartSeconds());
    }

    public void rewind() {
        seek(loopStartSeconds());
    }

    /** Moves the playhead to {@code seconds} of the version playing now. */
    public void seek(double seconds) {
        double s = Math.max(0, seconds);
        if (player != null) player.seek(s);
        setPosition(s);
    }

    /** Moves the playhead to {@code tick} (from a click on the ruler). */
    public void seekTick(long tick) {
        Song s = currentSong();
        if (s != null) seek(s.tempoMap().ticksToSeconds(tick));
    }

    /** A/B: switches between original and transfer at the same musical position, keeping play/pause as it is. */
    public void toggleAb() {
        if (!hasB.get()) return;
        AbSide next = side.get().other();
        Song from = currentSong();
        side.set(next);
        Song to = currentSong();
        double mapped = MusicalPosition.map(positionSeconds.get(), from.tempoMap(), to.tempoMap());
        if (player != null) {
            player.useB(next == AbSide.B);
            if (mapped != positionSeconds.get()) player.seek(mapped);
        }
        setPosition(mapped);
        applyLoop(); // the same ticks fall at other seconds when the versions' tempos differ
    }

    /** Reads the player's position; the view calls this once per frame while playing. */
    public void poll() {
        if (player == null || state.get() != PlaybackState.PLAYING) return;
        if (!player.isPlaying()) state.set(PlaybackState.STOPPED);
        setPosition(player.positionSeconds());
    }

    public void dispose() {
        closePlayer();
    }

    private void startPlaying() {
        if (audioA == null || (songB != null && audioB == null)) {
            playWhenReady = true;
            if (!rendering.get()) renderMissing();
            return;
        }
        try {
            if (player == null) {
                player = engine.openPlayer(audioA, audioB);
                player.useB(side.get() == AbSide.B);
                player.seek(positionSeconds.get());
            }
            applyLoop();
            player.play();
            state.set(PlaybackState.PLAYING);
        } catch (Exception e) {
            closePlayer();
            playable.set(false);
            unavailableReason.set("Playback failed: " + UserError.reasonOf(e) + ". Use File ▸ Export WAV to listen.");
            dialogs.showError(UserError.of("Cannot play the song", null, e,
                    "Check the audio output (another program may hold it) or use File ▸ Export WAV."));
        }
    }

    private void renderMissing() {
        int gen = generation;
        Song a = audioA == null ? songA : null;
        Song b = songB != null && audioB == null ? songB : null;
        if (a == null && b == null) return;
        rendering.set(true);
        status.set(b == null ? "Preparing playback (rendering the song)…" : "Preparing playback and A/B (rendering both versions)…");
        renderTask = BackgroundTask.<RenderedAudio[]>wrap((p, c) -> new RenderedAudio[] {
                        a == null ? null : engine.render(a, p, c),
                        b == null ? null : engine.render(b, p, c)})
                .withTitle("Rendering audio")
                .onSuccess(r -> {
                    if (gen != generation) return;
                    if (r[0] != null) audioA = r[0];
                    if (r[1] != null) audioB = r[1];
                    status.set("Ready to play" + (songB != null ? "; B switches between original and transfer" : ""));
                    if (playWhenReady) {
                        playWhenReady = false;
                        startPlaying();
                    }
                })
                .onFailure(e -> {
                    if (gen != generation) return;
                    playWhenReady = false;
                    dialogs.showError(UserError.of("Cannot render the song for playback", null, e,
                            "Choose another soundfont in Preferences (SF2 or DLS; SF3 is not supported)."));
                })
                .onFinished(() -> {
                    if (gen == generation) rendering.set(false);
                })
                .executeWith(renderExecutor);
    }

    /**
     * Gives the player the loop in seconds of the version playing, or clears it. A playhead past the loop's end is
     * moved to its start, since the player would otherwise play on past the loop.
     */
    private void applyLoop() {
        if (player == null) return;
        Optional<LoopSpan> span = activeLoop();
        if (span.isEmpty()) {
            player.clearLoop();
            return;
        }
        TempoMap tempo = currentSong().tempoMap();
        double start = span.get().startSeconds(tempo);
        double end = span.get().endSeconds(tempo);
        player.setLoop(start, end);
        if (player.positionSeconds() >= end) seek(start);
    }

    /** The loop when looping is on, over a span, with a song to play. */
    private Optional<LoopSpan> activeLoop() {
        return looping.get() && currentSong() != null ? Optional.ofNullable(loop.get()) : Optional.empty();
    }

    private double loopStartSeconds() {
        return activeLoop().map(l -> l.startSeconds(currentSong().tempoMap())).orElse(0.0);
    }

    private Song currentSong() {
        return side.get() == AbSide.B && songB != null ? songB : songA;
    }

    private void setPosition(double seconds) {
        positionSeconds.set(seconds);
        Song s = currentSong();
        positionTick.set(s == null ? 0 : s.tempoMap().secondsToTicks(seconds));
    }

    private void closePlayer() {
        if (player != null) {
            player.close();
            player = null;
        }
        if (state.get() != PlaybackState.STOPPED) state.set(PlaybackState.STOPPED);
    }

    public ReadOnlyBooleanProperty playableProperty() {
        return playable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unavailableReasonProperty() {
        return unavailableReason.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlaybackState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AbSide> sideProperty() {
        return side.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasBProperty() {
        return hasB.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty positionSecondsProperty() {
        return positionSeconds.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty positionTickProperty() {
        return positionTick.getReadOnlyProperty();
    }

    /** What playback is doing, for the status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty renderingProperty() {
        return rendering.getReadOnlyProperty();
    }

    public ObjectProperty<LoopSpan> loopProperty() {
        return loop;
    }

    public BooleanProperty loopingProperty() {
        return looping;
    }

    public StringBinding tempoTextBinding() {
        return tempoText;
    }
}
