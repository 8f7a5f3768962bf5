package io.genreshift.cli;

import com.google.gson.GsonBuilder;
import io.genreshift.core.midi.MidiReadException;
import io.genreshift.core.midi.MidiReader;
import io.genreshift.core.model.Midi;
import io.genreshift.core.roll.SongSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code genreshift info song.mid... [--json]}: what MIDI files contain and how they fare as model input. With several
 * files, an unreadable one is reported on the error stream and the others are still shown; the exit code is then 1.
 */
@Command(name = "info",
        header = "Show MIDI files' tracks, tempo, meter, notes and piano-roll phrases.",
        description = "Reads each file as the models see it: 4 steps per beat, drums dropped, MIDI 24..107. "
                + "'meter map' lists every meter change with the bar it starts on (a repeated identical time signature is "
                + "not a change). '4/4 filter' tells how many bars 'prepare' keeps in 4/4 phrases, and whether the file "
                + "passes the reference's strict rule (exactly one 4/4 time signature, at the start).")
final class InfoCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "<song.mid>", description = "MIDI files (type 0 or 1)")
    List<Path> inputs;

    @Option(names = "--json", description = "print JSON instead of text: one object, or an array of objects for several files")
    boolean json;

    @Spec
    CommandSpec spec;

    /** One readable file and what it contains. */
    private record Shown(Path file, SongSummary summary) {
    }

    @Override
    public Integer call() throws IOException {
        if (inputs.size() == 1) { // a single unreadable file is the command's error, reported by UserErrorHandler
            print(List.of(show(inputs.get(0))));
            return 0;
        }
        List<Shown> shown = new ArrayList<>();
        boolean failed = false;
        for (Path input : inputs) {
            try {
                shown.add(show(input));
            } catch (MidiReadException e) {
                failed = true;
                spec.commandLine().getErr().println("error: " + e.getMessage());
            }
        }
        spec.commandLine().getErr().flush();
        print(shown);
        return failed ? UserErrorHandler.USER_ERROR : 0;
    }

    private static Shown show(Path input) throws MidiReadException {
        return new Shown(input, SongSummary.of(MidiReader.read(input)));
    }

    private void print(List<Shown> shown) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<SongSummary> summaries = shown.stream().map(Shown::summary).toList();
            Object value = inputs.size() == 1 ? summaries.get(0) : summaries;
            out.println(new GsonBuilder().setPrettyPrinting().create().toJson(value));
        } else {
            for (int i = 0; i < shown.size(); i++) {
                if (i > 0) out.println();
                printText(out, shown.get(i).file(), shown.get(i).summary());
            }
        }
        out.flush();
    }

    /** Why the reference filter fails, so a file in 4/4 throughout is not taken for one in another meter. */
    private static String fourFourFilterFailure(SongSummary s) {
        if (s.meters().size() > 1 && s.meters().stream().allMatch(m -> m.startsWith("4/4"))) {
            return "fails: 4/4 throughout, but written as " + s.meters().size() + " time signatures (the filter wants exactly one)";
        }
        return "fails" + (s.dupleMeters() ? " (but all meters are duple: 2/4, 2/2 or 4/4)" : "");
    }

    private static void printText(PrintWriter out, Path file, SongSummary s) {
        out.printf(Locale.ROOT, "%s%n", file);
        out.printf(Locale.ROOT, "  length     %s (%.1f beats, %d ticks at %d per beat)%n",
                clock(s.seconds()), s.beats(), s.lengthTicks(), s.ppq());
        out.printf(Locale.ROOT, "  tempo      %s%n", tempos(s));
        out.printf(Locale.ROOT, "  meter      %s%n", s.meters().isEmpty() ? "none (4/4 assumed)" : String.join(", ", s.meters()));
        out.printf(Locale.ROOT, "  meter map  %s%n", meterMap(s));
        out.printf(Locale.ROOT, "  notes      %d (%d pitched, %d drums)%n", s.notes(), s.pitchedNotes(), s.drumNotes());
        out.printf(Locale.ROOT, "  range      %s%n", s.lowestPitch() < 0 ? "no pitched notes"
                : Midi.pitchName(s.lowestPitch()) + " (" + s.lowestPitch() + ") .. " + Midi.pitchName(s.highestPitch()) + " (" + s.highestPitch() + ")");
        out.printf(Locale.ROOT, "  piano roll %d steps, %d phrases for a transfer (%d with more than one cell), %d notes outside C1..B7%n",
                s.rollSteps(), s.phrases(), s.trainablePhrases(), s.notesClipped());
        out.printf(Locale.ROOT, "  4/4 filter %d of %d bars in 4/4 phrases; reference strict rule %s%n", s.fourFourBars().kept(),
                s.fourFourBars().total(), s.strictFourFour() ? "passes" : fourFourFilterFailure(s));
        out.printf(Locale.ROOT, "  tracks     %d%n", s.tracks().size());
        out.printf(Locale.ROOT, "    %3s  %-28s %3s %8s %6s %6s%n", "#", "name", "ch", "program", "drums", "notes");
        for (SongSummary.Track t : s.tracks()) {
            out.printf(Locale.ROOT, "    %3d  %-28s %3d %8d %6s %6d%n", t.index(), abbreviate(t.name()), t.channel(), t.program(),
                    t.drums() ? "yes" : "", t.notes());
        }
    }

    /** "bar 1: 4/4, bar 17: 3/4 (tick 30720), …"; the assumed start of a file without a time signature says so. */
    private static String meterMap(SongSummary s) {
        List<String> parts = new ArrayList<>();
        for (SongSummary.MeterEntry e : s.meterMap()) {
            parts.add(String.format(Locale.ROOT, "bar %d: %s%s%s", e.bar(), e.meter(), e.assumed() ? " (assumed, no time signature)" : "",
                    e.tick() == 0 ? "" : " (tick " + e.tick() + ")"));
        }
        return String.join(", ", parts);
    }

    private static String tempos(SongSummary s) {
        double first = s.tempos().get(0).bpm();
        if (s.tempos().size() == 1) return String.format(Locale.ROOT, "%.1f BPM", first);
        double min = s.tempos().stream().mapToDouble(SongSummary.Tempo::bpm).min().orElse(first);
        double max = s.tempos().stream().mapToDouble(SongSummary.Tempo::bpm).max().orElse(first);
        return String.format(Locale.ROOT, "%.1f BPM at the start, %d changes, %.1f..%.1f BPM", first, s.tempos().size() - 1, min, max);
    }

    private static String clock(double seconds) {
        long whole = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
    }

    private static String abbreviate(String name) {
        return name.length() <= 28 ? name : name.substring(0, 27) + "…";
    }
}
