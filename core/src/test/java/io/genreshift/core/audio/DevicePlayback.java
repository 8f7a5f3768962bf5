package io.genreshift.core.audio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The child-JVM half of {@link PcmPlayerOnDeviceTest}: plays one scenario through {@link PcmPlayer} on the default
 * sound card, which {@link AlsaFileDevice} has made a file. Usage: {@code DevicePlayback rendered|ab|loop <dir>}.
 */
final class DevicePlayback {
    /** A/B: two tagged takes of one second; B is selected once this many frames have been sent. */
    static final int AB_FRAMES = 44_100;
    static final int SWITCH_AFTER = 11_025;
    /** Loop: half a second, looping over frames that fall mid-chunk, paused after three full loops. */
    static final int LOOP_FRAMES = 22_050;
    static final LoopRegion LOOP = new LoopRegion(4_321, 9_876);
    static final long PAUSE_AFTER = LOOP.endFrame() + 3 * LOOP.lengthFrames();
    static final String EXPECTED_FILE = "expected.raw";
    static final String PLAYHEAD_AFTER_PAUSE = "playhead after pause: ";

    private DevicePlayback() {
    }

    public static void main(String[] args) throws Exception {
        AlsaFileDevice.exitUnlessAudioOutput();
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "rendered" -> rendered(dir);
            case "ab" -> abSwitch();
            case "loop" -> loop();
            default -> throw new IllegalArgumentException("unknown scenario " + args[0]);
        }
        System.exit(0); // Java Sound may leave non-daemon threads behind
    }

    /** Renders a short piece with Gervill, keeps it for the parent to compare, and plays it to the end. */
    private static void rendered(Path dir) throws Exception {
        PcmBuffer pcm = new GervillRenderer(SoundfontSource.builtIn(), 0.25).render(TestSequences.quarterNotes(2, 240));
        try (var out = Files.newOutputStream(dir.resolve(EXPECTED_FILE))) {
            pcm.toAudioInputStream().transferTo(out);
        }
        try (PcmPlayer player = PcmPlayer.open()) {
            player.load(pcm);
            playToTheEnd(player);
        }
    }

    /** Plays take A and switches to B mid-playback, from the playback thread, as a click during playback would. */
    private static void abSwitch() throws Exception {
        PcmPlayer[] player = new PcmPlayer[1];
        try (PcmPlayer p = new PcmPlayer(new TriggerSink(SourceDataLineSink.open(), SWITCH_AFTER, () -> player[0].select(Take.B)))) {
            player[0] = p;
            p.load(Ramps.tagged(AB_FRAMES, 1), Ramps.tagged(AB_FRAMES, -1));
            playToTheEnd(p);
        }
    }

    /** Loops over {@link #LOOP} from the start and pauses after a few loops. */
    private static void loop() throws Exception {
        PcmPlayer[] player = new PcmPlayer[1];
        try (PcmPlayer p = new PcmPlayer(new TriggerSink(SourceDataLineSink.open(), PAUSE_AFTER, () -> player[0].pause()))) {
            player[0] = p;
            p.load(Ramps.tagged(LOOP_FRAMES, 1));
            p.setLoop(LOOP);
            p.play();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (p.isPlaying()) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("the loop was not paused within 60 s");
                Thread.sleep(5);
            }
            System.out.println(PLAYHEAD_AFTER_PAUSE + p.positionFrames());
        }
    }

    private static void playToTheEnd(PcmPlayer player) throws InterruptedException {
        CountDownLatch finished = new CountDownLatch(1);
        player.setOnFinished(finished::countDown);
        player.play();
        if (!finished.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("playback did not finish within 60 s");
    }
}
