package io.genreshift.core.audio;

/**
 * Plays rendered audio with start, pause, stop, seek, a playhead position, a loop, and A/B switching between two
 * aligned renderings (e.g. original and transfer, rendered once up front).
 *
 * <p>A background thread feeds frames from a {@link FrameFeeder} to an {@link AudioSink}. The playhead is what has
 * been heard, from the sink's frame counter, not what has been fed: the two differ by the device buffer. A/B switching
 * is sample-accurate and needs no re-seek: the next frame fed comes from the other take at the same frame index, so the
 * switch is heard after the device buffer (about {@value SourceDataLineSink#BUFFER_FRAMES} frames) has played out.
 * A loop is sample-accurate the same way: the frames sent wrap from the loop's end to its start with none dropped or
 * repeated, and playback goes on until paused.
 *
 * <p>Methods may be called from any thread (typically the UI thread). {@code onFinished} runs on the playback thread.
 */
public final class PcmPlayer implements AutoCloseable {
    private static final int CHUNK_FRAMES = 1024;
    private static final long JOIN_MILLIS = 2000;

    private final AudioSink sink;
    private final Object lock = new Object();
    private volatile FrameFeeder feeder = new FrameFeeder(PcmBuffer.silence(0));
    private volatile Runnable onFinished = () -> { };
    /** As asked, before cutting to the rendering: a later {@link #load} of a longer one gets all of it. */
    private volatile LoopRegion loop;
    // Guarded by lock:
    private boolean playing;
    private Thread writer;
    private long pausedAt;
    private long sinkBase; // the sink's counter when the feeder was last sought: the feeder's count 0

    public PcmPlayer(AudioSink sink) {
        this.sink = sink;
    }

    /** A player on the default sound card. */
    public static PcmPlayer open() throws AudioUnavailableException {
        return new PcmPlayer(SourceDataLineSink.open());
    }

    /** Loads one rendering; stops playback and moves to the start. */
    public void load(PcmBuffer only) {
        load(only, only);
    }

    /** Loads two aligned renderings for A/B; stops playback, keeps the selected take and the loop, moves to the start. */
    public void load(PcmBuffer a, PcmBuffer b) {
        FrameFeeder previous = feeder;
        stop();
        FrameFeeder next = new FrameFeeder(a, b);
        next.select(previous.selected());
        LoopRegion l = loop;
        if (l != null) next.setLoop(l);
        feeder = next;
    }

    /** Starts or resumes from the playhead; from the start if it is at the end. */
    public void play() {
        synchronized (lock) {
            if (playing) return;
            FrameFeeder f = feeder;
            if (pausedAt >= f.lengthFrames()) pausedAt = 0;
            f.seek(pausedAt);
            sinkBase = sink.framePosition();
            playing = true;
            sink.start();
            writer = new Thread(() -> feed(f), "genreshift-playback");
            writer.setDaemon(true);
            writer.start();
        }
    }

    /** Stops sound and keeps the playhead where it was heard. */
    public void pause() {
        Thread stopping;
        synchronized (lock) {
            if (!playing) return;
            pausedAt = heardPosition();
            playing = false;
            stopping = writer;
            writer = null;
        }
        sink.stop();   // releases a writer blocked in write or drain
        sink.flush();  // drops what was fed but not heard; play() re-feeds from pausedAt
        join(stopping);
    }

    /** Stops and moves the playhead to the start. */
    public void stop() {
        pause();
        synchronized (lock) {
            pausedAt = 0;
        }
    }

    /** Moves the playhead to {@code frame} (clamped), continuing to play if playing. */
    public void seek(long frame) {
        boolean resume = isPlaying();
        pause();
        synchronized (lock) {
            pausedAt = Math.max(0, Math.min(frame, feeder.lengthFrames()));
        }
        if (resume) play();
    }

    public void seekSeconds(double seconds) {
        seek(PcmBuffer.framesFor(seconds));
    }

    /** The frame being heard now (the playhead). */
    public long positionFrames() {
        synchronized (lock) {
            return playing ? heardPosition() : pausedAt;
        }
    }

    public double positionSeconds() {
        return positionFrames() / (double) PcmBuffer.SAMPLE_RATE;
    }

    public double durationSeconds() {
        return feeder.lengthFrames() / (double) PcmBuffer.SAMPLE_RATE;
    }

    /** Switches between the two renderings at the same frame, while playing or not. */
    public void select(Take take) {
        feeder.select(take);
    }

    public Take selected() {
        return feeder.selected();
    }

    /**
     * Loops over {@code region} (cut to the rendering), from the next frame fed on, while playing or not. A playhead
     * past the loop's end plays on to the end; seek into the loop to hear it.
     */
    public void setLoop(LoopRegion region) {
        loop = region;
        feeder.setLoop(region);
    }

    /** Plays on past the loop's end from the next frame fed on. */
    public void clearLoop() {
        loop = null;
        feeder.clearLoop();
    }

    public boolean isPlaying() {
        synchronized (lock) {
            return playing;
        }
    }

    /** Called on the playback thread when playback reaches the end (not on pause or stop). */
    public void setOnFinished(Runnable onFinished) {
        this.onFinished = onFinished == null ? () -> { } : onFinished;
    }

    @Override
    public void close() {
        pause();
        sink.close();
    }

    private long heardPosition() {
        return feeder.timelineFrameAt(Math.max(0, sink.framePosition() - sinkBase));
    }

    private void feed(FrameFeeder f) {
        byte[] chunk = new byte[CHUNK_FRAMES * PcmBuffer.BYTES_PER_FRAME];
        while (isPlaying()) {
            int frames = f.fill(chunk, CHUNK_FRAMES);
            if (frames == 0) {
                sink.drain();
                finish(f);
                return;
            }
            sink.write(chunk, 0, frames * PcmBuffer.BYTES_PER_FRAME);
        }
    }

    private void finish(FrameFeeder f) {
        synchronized (lock) {
            if (!playing || writer != Thread.currentThread()) return; // paused meanwhile: not a natural end
            playing = false;
            writer = null;
            pausedAt = f.lengthFrames();
        }
        sink.stop();
        onFinished.run();
    }

    private static void join(Thread thread) {
        if (thread == null || thread == Thread.currentThread()) return;
        try {
            thread.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
