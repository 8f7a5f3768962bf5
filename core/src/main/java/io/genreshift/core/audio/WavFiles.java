package io.genreshift.core.audio;

import io.genreshift.core.io.AtomicFiles;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import java.io.IOException;
import java.nio.file.Path;

/** WAV files of {@link PcmBuffer}s. Writes are atomic: a failed or cancelled export never leaves half a file. */
public final class WavFiles {
    private WavFiles() {
    }

    public static void write(PcmBuffer pcm, Path target) throws IOException {
        write(pcm, target, WavFormat.CD);
    }

    /** Writes {@code pcm} in {@code format}, resampled and mixed down by the JDK's converter where it differs. */
    public static void write(PcmBuffer pcm, Path target, WavFormat format) throws IOException {
        AtomicFiles.write(target, temp -> {
            try (AudioInputStream in = converted(pcm.toAudioInputStream(), format)) {
                AudioSystem.write(in, AudioFileFormat.Type.WAVE, temp.toFile());
            }
        });
    }

    private static AudioInputStream converted(AudioInputStream in, WavFormat format) {
        if (format.equals(WavFormat.CD)) return in;
        return AudioSystem.getAudioInputStream(format.audioFormat(), in);
    }

    /** Reads a WAV file that is already in {@link PcmBuffer#FORMAT} (as written by {@link #write}). */
    public static PcmBuffer read(Path file) throws IOException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            if (!in.getFormat().matches(PcmBuffer.FORMAT)) {
                throw new IOException(file + ": expected " + PcmBuffer.FORMAT + ", found " + in.getFormat());
            }
            return PcmBuffer.wrap(in.readAllBytes());
        } catch (UnsupportedAudioFileException e) {
            throw new IOException(file + " is not a WAV file Java can read: " + e.getMessage(), e);
        }
    }
}
