package io.genreshift.cli;

import io.genreshift.core.audio.GervillRenderer;
import io.genreshift.core.audio.SequenceLoader;
import io.genreshift.core.audio.SoundfontLocator;
import io.genreshift.core.audio.SoundfontSource;
import io.genreshift.core.audio.WavFormat;
import io.genreshift.core.midi.MidiReader;
import io.genreshift.core.midi.MidiWriter;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.SongExcerpt;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code genreshift render in.mid -o out.wav [--soundfont F]}: offline audio rendering, no audio device needed. */
@Command(name = "render",
        header = "Render a MIDI file to a WAV file (44.1 kHz stereo unless told otherwise) with Java's synthesizer.",
        description = "Uses the soundfont given with --soundfont, else an installed General MIDI soundfont "
                + "(/usr/share/sounds/sf2/default-GM.sf2, FluidR3_GM, TimGM6mb), else Java's built-in bank. "
                + "Needs no audio device.")
final class RenderCommand implements Callable<Integer> {
    /** MIDI channel 10, counted from 0. */
    private static final int DRUM_CHANNEL = 9;

    @Parameters(index = "0", paramLabel = "<in.mid>", description = "MIDI file to render")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<out.wav>", description = "WAV file to write")
    Path output;

    @Option(names = "--soundfont", paramLabel = "<file.sf2>", description = "SF2 or DLS soundfont (SF3 is not supported)")
    Path soundfont;

    @Option(names = "--tail", paramLabel = "<seconds>", defaultValue = "2.0",
            description = "silence after the last event so notes can ring out (default: ${DEFAULT-VALUE})")
    double tailSeconds;

    @Option(names = "--bars", paramLabel = "<first-last>",
            description = "render only these bars, e.g. 1-8 (counted as the song's meters have them)")
    String bars;

    @Option(names = "--sample-rate", paramLabel = "<Hz>", defaultValue = "44100",
            description = "sample rate of the WAV file, 8000..96000 (default: ${DEFAULT-VALUE}); the song is rendered "
                    + "at 44100 Hz and resampled")
    int sampleRate;

    @Option(names = "--mono", description = "write one channel (left and right mixed) instead of two")
    boolean mono;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        UsageCheck.notTheInput(spec, input, output, "--output");
        UsageCheck.require(spec, tailSeconds >= 0 && tailSeconds <= 60, "--tail must be between 0 and 60 seconds, was " + tailSeconds);
        UsageCheck.require(spec, sampleRate >= WavFormat.MIN_SAMPLE_RATE && sampleRate <= WavFormat.MAX_SAMPLE_RATE,
                "--sample-rate must be between " + WavFormat.MIN_SAMPLE_RATE + " and " + WavFormat.MAX_SAMPLE_RATE
                        + " Hz, was " + sampleRate);
        WavFormat format = new WavFormat(sampleRate, mono ? 1 : 2);
        if (!Files.isRegularFile(input)) throw new NoSuchFileException(input.toString(), null, "no such MIDI file");
        Sequence sequence;
        if (bars == null) {
            SequenceLoader.Loaded loaded = SequenceLoader.load(input);
            if (loaded.isLenient()) spec.commandLine().getErr().println("note: " + loaded.fallback());
            sequence = loaded.sequence();
        } else {
            sequence = MidiWriter.toSequence(excerpt(MidiReader.read(input)));
        }
        warnWithoutPitchedNotes(sequence);
        SoundfontSource source = SoundfontLocator.standard().locate(soundfont);
        GervillRenderer renderer = new GervillRenderer(source, tailSeconds);
        spec.commandLine().getErr().println("Rendering " + input + " with " + source.describe());

        ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), "rendering");
        try {
            renderer.renderToWav(sequence, output, format, progress::update, () -> false);
        } finally {
            progress.finish();
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s (%.1f s, %s)%n",
                output, renderer.durationSeconds(sequence), format.describe());
        return 0;
    }

    private Song excerpt(Song song) {
        String[] range = bars.split("-", -1);
        try {
            if (range.length != 2) throw new NumberFormatException();
            return SongExcerpt.bars(song, Integer.parseInt(range[0].trim()), Integer.parseInt(range[1].trim()));
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--bars needs a range of bar numbers such as 1-8, got '" + bars + "'");
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bars " + bars + ": " + e.getMessage());
        }
    }

    /** A file without notes renders as minutes of silence; say so before the user listens for nothing. */
    private void warnWithoutPitchedNotes(Sequence sequence) {
        int pitched = 0;
        int drums = 0;
        for (Track track : sequence.getTracks()) {
            for (int i = 0; i < track.size(); i++) {
                if (track.get(i).getMessage() instanceof ShortMessage m && m.getCommand() == ShortMessage.NOTE_ON && m.getData2() > 0) {
                    if (m.getChannel() == DRUM_CHANNEL) drums++;
                    else pitched++;
                }
            }
        }
        if (pitched > 0) return;
        var err = spec.commandLine().getErr();
        err.println("warning: " + input + (drums == 0 ? " has no notes; the WAV will be silence."
                : " has only drum notes (" + drums + "); the WAV will have no pitched sound.")
                + " If it came from genreshift transfer, try a lower --threshold or another --variant there.");
        err.flush();
    }
}
