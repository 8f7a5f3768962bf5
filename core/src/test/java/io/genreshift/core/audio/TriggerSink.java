package io.genreshift.core.audio;

/**
 * An {@link AudioSink} that passes everything to another and runs an action once, on the playback thread, right after
 * the write that brings the frames written to {@code afterFrames}: a click at a known point of the feed, whatever the
 * device's speed (ALSA's null device takes frames as fast as they come).
 */
final class TriggerSink implements AudioSink {
    private final AudioSink target;
    private final long afterFrames;
    private final Runnable action;
    private long written;
    private boolean fired;

    TriggerSink(AudioSink target, long afterFrames, Runnable action) {
        this.target = target;
        this.afterFrames = afterFrames;
        this.action = action;
    }

    @Override
    public int write(byte[] bytes, int offset, int length) {
        int n = target.write(bytes, offset, length);
        written += n / PcmBuffer.BYTES_PER_FRAME;
        if (!fired && written >= afterFrames) {
            fired = true;
            action.run();
        }
        return n;
    }

    @Override
    public void start() {
        target.start();
    }

    @Override
    public void stop() {
        target.stop();
    }

    @Override
    public void flush() {
        target.flush();
    }

    @Override
    public void drain() {
        target.drain();
    }

    @Override
    public long framePosition() {
        return target.framePosition();
    }

    @Override
    public void close() {
        target.close();
    }
}
