package io.genreshift.core.audio;

/**
 * Where {@link PcmPlayer} sends frames in {@link PcmBuffer#FORMAT}: a sound card line in the app
 * ({@link SourceDataLineSink}), or a recording fake in tests. Modelled on {@code SourceDataLine}.
 */
public interface AudioSink extends AutoCloseable {
    void start();

    /** Pauses output; a blocked {@link #write} returns early. */
    void stop();

    /** Discards frames written but not yet played. */
    void flush();

    /** Blocks until every written frame has been played. */
    void drain();

    /** Writes whole frames, blocking while the device buffer is full; returns the bytes accepted. */
    int write(byte[] bytes, int offset, int length);

    /** Frames played (heard) since the sink was opened; keeps counting across stop and flush. */
    long framePosition();

    @Override
    void close();
}
