package io.genreshift.core.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SoundfontLocatorTest {
    @TempDir
    Path dir;

    @Test
    void anExplicitSoundfontWins() throws Exception {
        Path chosen = soundfont("mine.sf2", 2);
        Path system = soundfont("system.sf2", 2);

        SoundfontSource source = new SoundfontLocator(List.of(system)).locate(chosen);

        assertThat(source.file()).isEqualTo(chosen);
    }

    @Test
    void aMissingExplicitSoundfontIsAnErrorNotASilentFallback() {
        Path missing = dir.resolve("nope.sf2");

        assertThatThrownBy(() -> new SoundfontLocator(List.of()).locate(missing))
                .isInstanceOf(UnusableSoundfontException.class).hasMessageContaining(missing.toString());
    }

    @Test
    void sf3IsRejectedWithAnExplanation() throws Exception {
        Path sf3 = soundfont("MuseScore_General.sf3", 3);
        Path sf3HeaderOnly = soundfont("renamed.sf2", 3);

        assertThatThrownBy(() -> SoundfontLocator.checkUsable(sf3))
                .isInstanceOf(UnusableSoundfontException.class).hasMessageContaining("SF3").hasMessageContaining("SF2 file");
        assertThatThrownBy(() -> SoundfontLocator.checkUsable(sf3HeaderOnly)).hasMessageContaining("SF3");
    }

    @Test
    void aFileThatIsNoSoundfontIsRejected() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.sf2"), "hello, not a soundfont");

        assertThatThrownBy(() -> SoundfontLocator.checkUsable(text)).hasMessageContaining("not an SF2");
    }

    @Test
    void searchTakesTheFirstUsableCandidateAndSkipsBrokenOnes() throws Exception {
        Path missing = dir.resolve("default-GM.sf2");
        Path broken = Files.writeString(dir.resolve("FluidR3_GM.sf2"), "truncated");
        Path good = soundfont("TimGM6mb.sf2", 2);

        SoundfontSource source = new SoundfontLocator(List.of(missing, broken, good)).locate(null);

        assertThat(source.file()).isEqualTo(good);
        assertThat(source.describe()).contains("TimGM6mb.sf2");
    }

    @Test
    void withNothingInstalledFallsBackToTheBuiltInBank() throws Exception {
        SoundfontSource source = new SoundfontLocator(List.of(dir.resolve("none.sf2"))).locate(null);

        assertThat(source.isBuiltIn()).isTrue();
    }

    /** A file with a real SF2/SF3 header: RIFF, sfbk, LIST INFO, ifil with the given major version. */
    private Path soundfont(String name, int majorVersion) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.write(le32(1000));
        out.write("sfbkLIST".getBytes(StandardCharsets.US_ASCII));
        out.write(le32(100));
        out.write("INFOifil".getBytes(StandardCharsets.US_ASCII));
        out.write(le32(4));
        out.write(new byte[] {(byte) majorVersion, 0, 1, 0});
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    private static byte[] le32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }
}
