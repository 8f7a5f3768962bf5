package io.genreshift.core.audio;

import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Receiver;
import javax.sound.midi.Sequence;
import javax.sound.midi.Soundbank;
import javax.sound.midi.Synthesizer;
import javax.sound.sampled.AudioInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Renders a MIDI {@link Sequence} to audio with Gervill, the JDK's software synthesizer, faster than real time and
 * without an audio device (ecosystem-notes §4.1). The result lasts as long as the sequence (through its tempo map) plus
 * a release tail, so the last notes can ring out.
 *
 * <p>One renderer keeps its soundfont loaded between renders; each render uses a fresh synthesizer, so renders are
 * independent and may run on different threads.
 */
public final class GervillRenderer {
    public static final double DEFAULT_TAIL_SECONDS = 2.0;
    /** Longer songs are refused: 20 minutes of PCM take 212 MB, and longer usually means a broken tick length. */
    public static final double MAX_SECONDS = 20 * 60;
    private static final int CHUNK_FRAMES = 4096;

    private final SoundfontSource soundfont;
    private final double tailSeconds;
    private Soundbank soundbank; // loaded on first use; null for the built-in bank

    public GervillRenderer(SoundfontSource soundfont) {
        this(soundfont, DEFAULT_TAIL_SECONDS);
    }

    public GervillRenderer(SoundfontSource soundfont, double tailSeconds) {
        if (!(tailSeconds >= 0)) throw new IllegalArgumentException("tail must be >= 0 s, was " + tailSeconds);
        this.soundfont = soundfont;
        this.tailSeconds = tailSeconds;
    }

    public SoundfontSource soundfont() {
        return soundfont;
    }

    /** The length {@link #render} will produce for {@code sequence}. */
    public double durationSeconds(Sequence sequence) {
        return SequenceTimeline.of(sequence).endSeconds() + tailSeconds;
    }

    public PcmBuffer render(Sequence sequence) throws IOException {
        return render(sequence, fraction -> { }, () -> false);
    }

    /**
     * Renders the whole sequence.
     *
     * @param progress  called with the done fraction (0..1] after every chunk, on the calling thread
     * @param cancelled polled between chunks; when it returns true the render stops with a {@link CancellationException}
     * @throws AudioRenderException       if the synthesizer cannot start or the song is too long
     * @throws UnusableSoundfontException if the soundfont cannot be loaded
     */
    public PcmBuffer render(Sequence sequence, DoubleConsumer progress, BooleanSupplier cancelled) throws IOException {
        SequenceTimeline timeline = SequenceTimeline.of(sequence);
        double seconds = timeline.endSeconds() + tailSeconds;
        if (seconds > MAX_SECONDS) {
            throw new AudioRenderException(String.format(Locale.ROOT,
                    "the song lasts %.0f minutes; rendering is limited to %.0f minutes", seconds / 60, MAX_SECONDS / 60));
        }
        long totalFrames = PcmBuffer.framesFor(seconds);
        byte[] pcm = new byte[Math.toIntExact(totalFrames * PcmBuffer.BYTES_PER_FRAME)];

        Synthesizer synth = openSynthesizer();
        try (AudioInputStream stream = openStream(synth)) {
            sendAll(timeline, synth.getReceiver());
            long done = 0;
            while (done < totalFrames) {
                if (cancelled.getAsBoolean()) throw new CancellationException("rendering cancelled");
                int frames = (int) Math.min(CHUNK_FRAMES, totalFrames - done);
                int offset = Math.toIntExact(done * PcmBuffer.BYTES_PER_FRAME);
                int want = frames * PcmBuffer.BYTES_PER_FRAME;
                if (stream.readNBytes(pcm, offset, want) < want) throw new AudioRenderException("the synthesizer stopped early");
                done += frames;
                progress.accept(done / (double) totalFrames);
            }
        } catch (MidiUnavailableException e) {
            throw new AudioRenderException("the synthesizer has no input: " + e.getMessage(), e);
        } finally {
            synth.close();
        }
        return PcmBuffer.wrap(pcm);
    }

    /** Renders to a WAV file, atomically: on error or cancellation {@code wav} is left as it was. */
    public void renderToWav(Sequence sequence, Path wav, DoubleConsumer progress, BooleanSupplier cancelled) throws IOException {
        renderToWav(sequence, wav, WavFormat.CD, progress, cancelled);
    }

    /** As {@link #renderToWav(Sequence, Path, DoubleConsumer, BooleanSupplier)}, written in {@code format}. */
    public void renderToWav(Sequence sequence, Path wav, WavFormat format, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        WavFiles.write(render(sequence, progress, cancelled), wav, format);
    }

    private static Synthesizer openSynthesizer() throws AudioRenderException {
        try {
            return MidiSystem.getSynthesizer();
        } catch (MidiUnavailableException e) {
            throw new AudioRenderException("Java has no MIDI synthesizer: " + e.getMessage(), e);
        }
    }

    private AudioInputStream openStream(Synthesizer synth) throws IOException {
        Map<String, Object> info = new HashMap<>();
        info.put("interpolation", "sinc");
        info.put("max polyphony", 128);
        Soundbank bank = soundbank();
        // Without this Gervill would first load (or generate and save) its default bank, only to replace it.
        if (bank != null) info.put("load default soundbank", false);
        AudioInputStream stream = AudioSynthesizerBridge.openStream(synth, PcmBuffer.FORMAT, info);
        if (bank != null && !synth.loadAllInstruments(bank)) {
            stream.close();
            throw new UnusableSoundfontException(soundfont.file(), "the synthesizer refused its instruments");
        }
        return stream;
    }

    private synchronized Soundbank soundbank() throws UnusableSoundfontException {
        if (soundfont.isBuiltIn() || soundbank != null) return soundbank;
        try {
            soundbank = MidiSystem.getSoundbank(soundfont.file().toFile());
            return soundbank;
        } catch (InvalidMidiDataException | IOException e) {
            throw new UnusableSoundfontException(soundfont.file(), "cannot load the soundfont: " + e.getMessage(), e);
        }
    }

    private static void sendAll(SequenceTimeline timeline, Receiver receiver) {
        // Gervill queues timestamped messages and applies each at its exact sample while the stream is read.
        for (SequenceTimeline.TimedMessage m : timeline.messages()) receiver.send(m.message(), m.micros());
    }
}
