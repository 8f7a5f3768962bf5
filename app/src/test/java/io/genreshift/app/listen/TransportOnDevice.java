package io.genreshift.app.listen;

import io.genreshift.app.fakes.RecordingDialogs;
import io.genreshift.app.fakes.Songs;
import io.genreshift.app.shell.CurrentThreadTaskExecutor;
import io.genreshift.core.audio.AlsaFileDevice;
import io.genreshift.core.midi.MidiWriter;

import java.util.concurrent.TimeUnit;

/**
 * The child-JVM half of {@link TransportOnDeviceTest}: the app's transport with the real audio engine, on the default
 * sound card that {@link AlsaFileDevice} has made a file. Reports whether playback is enabled, then plays a one-bar
 * scale to the end.
 */
final class TransportOnDevice {
    static final String PLAYABLE = "playable: ";
    static final String ERRORS = "errors: ";

    private TransportOnDevice() {
    }

    public static void main(String[] args) throws Exception {
        AlsaFileDevice.exitUnlessAudioOutput();
        RecordingDialogs dialogs = new RecordingDialogs();
        TransportViewModel transport = new TransportViewModel(new GervillAudioEngine(MidiWriter::toSequence, null),
                dialogs, new CurrentThreadTaskExecutor());
        System.out.println(PLAYABLE + transport.playableProperty().get() + " " + transport.unavailableReasonProperty().get());

        transport.setVersions(Songs.scale(1), null);
        transport.playPause(); // renders inline, then plays
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (transport.stateProperty().get() == PlaybackState.PLAYING && System.nanoTime() < deadline) {
            transport.poll(); // as the view's animation timer does
            Thread.sleep(10);
        }
        System.out.println("state: " + transport.stateProperty().get());
        System.out.println(ERRORS + dialogs.errors);
        transport.dispose();
        System.exit(0);
    }
}
