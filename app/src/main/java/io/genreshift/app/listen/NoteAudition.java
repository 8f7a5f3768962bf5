package io.genreshift.app.listen;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sound.midi.MidiChannel;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Synthesizer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Plays a short note when a key of the roll's keyboard is clicked, on Java's real-time synthesizer. Opened on first
 * use; where there is no audio device it stays silent (the click still highlights the key), since an audition is a
 * convenience, never worth an error dialog.
 */
public final class NoteAudition implements IntConsumer, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NoteAudition.class);
    private static final int VELOCITY = 90;
    private static final long LENGTH_MS = 350;

    private final boolean enabled;
    private final ScheduledExecutorService offTimer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "genreshift-audition");
        t.setDaemon(true);
        return t;
    });
    private Synthesizer synth;
    private boolean failed;

    /** @param enabled false when the audio probe found no output: then nothing is even tried */
    public NoteAudition(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public synchronized void accept(int pitch) {
        MidiChannel channel = channel();
        if (channel == null) return;
        channel.noteOn(pitch, VELOCITY);
        offTimer.schedule(() -> channel.noteOff(pitch), LENGTH_MS, TimeUnit.MILLISECONDS);
    }

    private MidiChannel channel() {
        if (!enabled || failed) return null;
        try {
            if (synth == null) {
                synth = MidiSystem.getSynthesizer();
                synth.open();
            }
            return synth.getChannels()[0];
        } catch (MidiUnavailableException | RuntimeException e) {
            failed = true;
            LOG.info("Key audition is off: {}", e.toString());
            return null;
        }
    }

    @Override
    public synchronized void close() {
        offTimer.shutdownNow();
        if (synth != null) synth.close();
    }
}
