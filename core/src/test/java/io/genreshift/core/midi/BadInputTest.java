package io.genreshift.core.midi;

import io.genreshift.core.midi.MidiReadException.Reason;
import io.genreshift.core.model.Song;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Broken and hostile files, generated here: each must give a typed error naming the file and the reason, or a
 * correct song. The timeouts only guard against hangs; they are not performance assertions.
 */
class BadInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final String NAME = "bad-input.mid";

    private static MidiReadException rejection(byte[] data) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> catchThrowableOfType(MidiReadException.class, () -> MidiReader.read(data, NAME)));
    }

    private static void assertRejected(byte[] data, Reason reason) {
        MidiReadException e = rejection(data);
        assertThat(e).as("expected a rejection").isNotNull();
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.file()).isEqualTo(NAME);
        assertThat(e.getMessage()).contains(NAME).contains(reason.name()).contains(reason.advice());
    }

    /** Reading either works or fails with a typed exception: nothing else may escape. */
    private static void assertReadsOrRejects(byte[] data) {
        assertTimeoutPreemptively(HANG_GUARD, () -> readOrReject(data));
    }

    private static void readOrReject(byte[] data) {
        try {
            Song song = MidiReader.read(data, NAME);
            assertThat(song.notes()).allMatch(n -> n.duration() >= 1);
        } catch (MidiReadException e) {
            assertThat(e.getMessage()).contains(NAME);
        }
    }

    static byte[] smallSong() {
        SmfBytes smf = SmfBytes.type1(96);
        smf.track().name(0, "Conductor").tempo(0, 500_000).meter(0, 4, 2).end(0);
        SmfBytes.Track t = smf.track().name(0, "Piano").program(0, 0, 0);
        for (int i = 0; i < 16; i++) t.on(0, 0, 60 + i % 12, 90).off(24, 0, 60 + i % 12);
        t.end(0);
        return smf.build();
    }

    @Test
    void emptyFile() {
        assertRejected(new byte[0], Reason.EMPTY);
    }

    @Test
    void headerWithoutTracks() {
        SmfBytes smf = SmfBytes.type1(96).declaredTracks(0);
        assertRejected(smf.build(), Reason.EMPTY);
    }

    @Test
    void notAMidiFile() {
        assertRejected("<html>404 not found</html>".getBytes(), Reason.NOT_MIDI);
    }

    @Test
    void type2() {
        SmfBytes smf = new SmfBytes(2, 96);
        smf.track().on(0, 0, 60, 100).off(96, 0, 60).end(0);
        assertRejected(smf.build(), Reason.UNSUPPORTED_FORMAT);
    }

    @Test
    void smpteTiming() {
        SmfBytes smf = new SmfBytes(1, 0xE728); // -25 fps, 40 ticks per frame
        smf.track().on(0, 0, 60, 100).off(96, 0, 60).end(0);
        assertRejected(smf.build(), Reason.SMPTE_TIMING);
    }

    @Test
    void aDamagedHeaderIsCorrupt() {
        byte[] data = smallSong();
        data[7] = 2; // header length 2 instead of 6
        assertRejected(data, Reason.CORRUPT);
    }

    @Test
    void zeroTicksPerQuarterNoteIsCorrupt() {
        SmfBytes smf = new SmfBytes(1, 0);
        smf.track().end(0);
        assertRejected(smf.build(), Reason.CORRUPT);
    }

    @Test
    void truncatedInsideATrack() {
        byte[] whole = smallSong();
        assertRejected(Arrays.copyOf(whole, whole.length - 10), Reason.TRUNCATED);
    }

    @Test
    void truncatedInsideTheHeader() {
        assertRejected(Arrays.copyOf(smallSong(), 9), Reason.TRUNCATED);
    }

    @Test
    void everyTruncationIsRejectedOrReadable() {
        byte[] whole = smallSong();
        for (int n = 0; n < whole.length; n++) {
            MidiReadException e = rejection(Arrays.copyOf(whole, n));
            assertThat(e).as("cut at %d of %d bytes", n, whole.length).isNotNull();
            assertThat(e.reason()).isIn(Reason.EMPTY, Reason.TRUNCATED, Reason.NOT_MIDI);
        }
    }

    @Test
    void giganticTickValuesAreRejectedAsTooLong() {
        SmfBytes smf = SmfBytes.type1(96);
        SmfBytes.Track t = smf.track();
        for (int i = 0; i < 1000; i++) t.on(0x0FFF_FFFF, 0, 60, 100).off(0x0FFF_FFFF, 0, 60);
        t.end(0);
        assertRejected(smf.build(), Reason.TOO_LONG);
    }

    @Test
    void aNoteStormBeyondTheLimitIsRejectedAsTooLarge() {
        SmfBytes smf = SmfBytes.type1(96);
        SmfBytes.Track t = smf.track().on(0, 0, 60, 100);
        for (int i = 0; i < ReadLimits.DEFAULT.maxNotes(); i++) t.running(0, i % 128, 1 + i % 127);
        t.end(0);
        assertRejected(smf.build(), Reason.TOO_LARGE);
    }

    @Test
    void aDenseButLegalNoteStormIsRead() throws IOException {
        SmfBytes smf = SmfBytes.type1(96);
        SmfBytes.Track t = smf.track().on(0, 0, 0, 100);
        for (int i = 1; i < 50_000; i++) t.running(i % 128 == 0 ? 1 : 0, i % 128, 100);
        t.end(96);
        Song song = assertTimeoutPreemptively(HANG_GUARD, () -> MidiReader.read(smf.build(), NAME));
        assertThat(song.notes()).hasSize(50_000);
    }

    @Test
    void tooManyTracks() {
        SmfBytes smf = SmfBytes.type1(96);
        for (int i = 0; i <= ReadLimits.DEFAULT.maxTracks(); i++) smf.track().end(0);
        assertRejected(smf.build(), Reason.TOO_LARGE);
    }

    @Test
    void aHugeFileIsRejectedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.mid");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(ReadLimits.DEFAULT.maxFileBytes() + 1L); // sparse: costs no disk
        }
        MidiReadException e = catchThrowableOfType(MidiReadException.class, () -> MidiReader.read(huge));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).contains("huge.mid");
    }

    @Test
    void aMissingFileOrAFolderIsAnIoError(@TempDir Path dir) {
        MidiReadException missing = catchThrowableOfType(MidiReadException.class, () -> MidiReader.read(dir.resolve("nope.mid")));
        MidiReadException folder = catchThrowableOfType(MidiReadException.class, () -> MidiReader.read(dir));
        assertThat(missing.reason()).isEqualTo(Reason.IO_ERROR);
        assertThat(missing.getMessage()).contains("nope.mid").contains("does not exist");
        assertThat(folder.reason()).isEqualTo(Reason.IO_ERROR);
    }

    @Test
    void corruptedBytesAreReadOrRejectedNeverThrownRaw() {
        byte[] whole = smallSong();
        Random random = new Random(42);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            for (int trial = 0; trial < 2000; trial++) {
                byte[] copy = whole.clone();
                for (int k = 0; k < 1 + trial % 8; k++) copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                readOrReject(copy);
            }
        });
    }

    @Property(tries = 300)
    void randomBytesAreRejectedOrRead(@ForAll @Size(max = 600) byte[] noise) {
        assertReadsOrRejects(noise);
    }

    @Property(tries = 300)
    void randomTrackContentIsReadOrRejected(@ForAll @Size(max = 600) byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'M', 'T', 'h', 'd', 0, 0, 0, 6, 0, 1, 0, 1, 0, 96, 'M', 'T', 'r', 'k'});
        out.writeBytes(new byte[] {0, 0, (byte) (body.length >> 8), (byte) body.length});
        out.writeBytes(body);
        assertReadsOrRejects(out.toByteArray());
    }

    @Test
    void aFileOnDiskWithGarbageGivesTheFileNameInTheError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("garbage.mid");
        Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        MidiReadException e = catchThrowableOfType(MidiReadException.class, () -> MidiReader.read(file));
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.getMessage()).contains("garbage.mid").contains("NOT_MIDI");
    }
}
