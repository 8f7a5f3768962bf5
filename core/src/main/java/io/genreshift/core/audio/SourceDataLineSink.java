package io.genreshift.core.audio;

import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** An {@link AudioSink} on the default sound card, through a {@link SourceDataLine}. */
public final class SourceDataLineSink implements AudioSink {
    /** About 46 ms: short enough that stop, seek and A/B feel immediate, long enough not to stutter. */
    public static final int BUFFER_FRAMES = 2048;

    private final SourceDataLine line;

    private SourceDataLineSink(SourceDataLine line) {
        this.line = line;
    }

    /** Opens the default output line; on a machine without one this fails with a message for the user. */
    public static SourceDataLineSink open() throws AudioUnavailableException {
        try {
            SourceDataLine line = AudioSystem.getSourceDataLine(PcmBuffer.FORMAT);
            line.open(PcmBuffer.FORMAT, BUFFER_FRAMES * PcmBuffer.BYTES_PER_FRAME);
            return new SourceDataLineSink(line);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new AudioUnavailableException(AudioOutput.NO_OUTPUT + " (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void start() {
        line.start();
    }

    @Override
    public void stop() {
        line.stop();
    }

    @Override
    public void flush() {
        line.flush();
    }

    @Override
    public void drain() {
        line.drain();
    }

    @Override
    public int write(byte[] bytes, int offset, int length) {
        return line.write(bytes, offset, length);
    }

    @Override
    public long framePosition() {
        return line.getLongFramePosition();
    }

    @Override
    public void close() {
        line.close();
    }
}
