package io.genreshift.core.audio;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Chooses the soundfont for rendering and playback: an explicit file if given, else the first installed General MIDI
 * soundfont among the candidates, else Gervill's built-in bank.
 *
 * <p>Gervill itself only looks for {@code default.sf2}, while Debian's GM packages register
 * {@code /usr/share/sounds/sf2/default-GM.sf2}, so the system files are listed here explicitly (ecosystem-notes §0.6).
 * SF3 files (Ogg-compressed samples) are rejected: Gervill has no Vorbis decoder.
 */
public final class SoundfontLocator {
    /** System soundfonts in order of preference: the distribution's default, then the common GM packages. */
    public static final List<Path> SYSTEM_CANDIDATES = List.of(
            Path.of("/usr/share/sounds/sf2/default-GM.sf2"),
            Path.of("/usr/share/sounds/sf2/FluidR3_GM.sf2"),
            Path.of("/usr/share/sounds/sf2/TimGM6mb.sf2"),
            Path.of("/usr/share/soundfonts/default.sf2"),
            Path.of("/usr/share/soundfonts/FluidR3_GM.sf2"));

    private static final Logger LOG = LoggerFactory.getLogger(SoundfontLocator.class);

    private final List<Path> candidates;

    public SoundfontLocator(List<Path> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /**
     * The usual search: {@code <genreshift.home>/soundfonts/*.sf2} (when the launcher sets {@code genreshift.home}),
     * then {@link #SYSTEM_CANDIDATES}.
     */
    public static SoundfontLocator standard() {
        List<Path> all = new ArrayList<>();
        String home = System.getProperty("genreshift.home");
        if (home != null) all.addAll(sf2FilesIn(Path.of(home, "soundfonts")));
        all.addAll(SYSTEM_CANDIDATES);
        return new SoundfontLocator(all);
    }

    /**
     * The soundfont to use.
     *
     * @param explicit a file the user chose (e.g. {@code --soundfont}), or null to search
     * @throws UnusableSoundfontException if the explicit file is missing, unreadable or not an SF2/DLS soundfont; a
     *                                    user's explicit choice is never silently replaced
     */
    public SoundfontSource locate(Path explicit) throws UnusableSoundfontException {
        if (explicit != null) {
            checkUsable(explicit);
            return new SoundfontSource(explicit, "chosen");
        }
        for (Path candidate : candidates) {
            if (!Files.isReadable(candidate)) continue;
            try {
                checkUsable(candidate);
                return new SoundfontSource(candidate, "system default");
            } catch (UnusableSoundfontException e) {
                // A broken system file is not the user's fault: say so and try the next one.
                LOG.warn("Skipping system soundfont: {}", e.getMessage());
            }
        }
        return SoundfontSource.builtIn();
    }

    /** Checks that {@code file} exists and starts like an SF2 (RIFF sfbk, version 2) or DLS (RIFF DLS) soundfont. */
    public static void checkUsable(Path file) throws UnusableSoundfontException {
        if (!Files.isRegularFile(file)) throw new UnusableSoundfontException(file, "no such soundfont file");
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(34);
        } catch (IOException e) {
            throw new UnusableSoundfontException(file, "cannot read the soundfont: " + e.getMessage(), e);
        }
        boolean sf3Name = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sf3");
        if (head.length >= 12 && ascii(head, 0).equals("RIFF") && ascii(head, 8).equals("DLS ")) return;
        if (head.length < 12 || !ascii(head, 0).equals("RIFF") || !ascii(head, 8).equals("sfbk")) {
            throw new UnusableSoundfontException(file, sf3Name ? sf3Reason() : "not an SF2 or DLS soundfont (no RIFF 'sfbk' header)");
        }
        // SF2 files go on with LIST <size> INFO ifil <size> <major> <minor>; SF3 has major version 3.
        int major = head.length >= 34 && ascii(head, 24).equals("ifil")
                ? ByteBuffer.wrap(head, 32, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() : 2;
        if (major >= 3 || sf3Name) throw new UnusableSoundfontException(file, sf3Reason());
    }

    private static String sf3Reason() {
        return "this is an SF3 soundfont (Ogg-compressed samples), which Java's synthesizer cannot play; "
                + "use an SF2 file instead, e.g. FluidR3_GM.sf2 (apt-get install fluid-soundfont-gm)";
    }

    private static String ascii(byte[] b, int offset) {
        return new String(b, offset, 4, StandardCharsets.US_ASCII);
    }

    private static List<Path> sf2FilesIn(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sf2")).sorted().toList();
        } catch (IOException e) {
            LOG.warn("Cannot list soundfonts in {} ({}); searching the system soundfonts only", dir, e.toString());
            return List.of();
        }
    }
}
