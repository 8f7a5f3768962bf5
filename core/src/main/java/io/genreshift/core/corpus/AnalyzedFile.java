package io.genreshift.core.corpus;

import io.genreshift.core.io.Sha256;
import io.genreshift.core.midi.MidiReadException;
import io.genreshift.core.midi.MidiReader;
import io.genreshift.core.midi.ReadLimits;
import io.genreshift.core.model.MeterMap;
import io.genreshift.core.model.MeterSpan;
import io.genreshift.core.model.Song;
import io.genreshift.core.roll.BarTally;
import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PhraseLayout;
import io.genreshift.core.roll.PianoRollConverter;
import io.genreshift.core.roll.RollConversion;
import io.genreshift.core.roll.StepGrid;
import io.genreshift.core.roll.TrainingFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One MIDI file of a corpus after reading, filtering and cutting into phrases: either its trainable phrases or the
 * reason it was left out. Produced in parallel, one per file; duplicates and the split are decided afterwards.
 *
 * @param sha256        hash of the file's bytes ("" if it could not be read at all), for exact-duplicate detection
 * @param rejection     why the file is left out, or null if it is accepted (before duplicate removal)
 * @param detail        the rejection's specifics, e.g. the reader's message or the meter found
 * @param packedPhrases the trainable phrases, bit-packed back to back
 * @param sparseDropped phrases dropped for having ≤ 1 active cell
 * @param notesClipped  pitched notes outside MIDI 24..107
 * @param bars          bars per meter that went into phrases and that did not (empty when the file was not read)
 */
record AnalyzedFile(CorpusSource source, Path file, String sha256, Rejection rejection, String detail,
                    byte[] packedPhrases, int sparseDropped, int notesClipped, Map<String, BarTally> bars) {

    static AnalyzedFile analyze(CorpusSource source, Path file, PreparationOptions options) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > ReadLimits.DEFAULT.maxFileBytes()) {
                return rejected(source, file, "", Rejection.UNREADABLE, "TOO_LARGE: " + size + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return rejected(source, file, "", Rejection.UNREADABLE, "IO_ERROR: " + e.getMessage());
        }
        String sha = Sha256.hex(bytes);
        Song song;
        try {
            song = MidiReader.read(bytes, file.toString());
        } catch (MidiReadException e) {
            return rejected(source, file, sha, Rejection.UNREADABLE, e.reason() + ": " + e.detail());
        }
        MeterMap meters = MeterMap.of(song);
        // Phrases only in stated spans of an accepted meter; the stretch before a late first time signature is unknown.
        Predicate<MeterSpan> accepted = span -> !span.assumed() && options.meters().accepts(span.meter());
        long steps = new StepGrid(song.ppq()).stepsCovering(song.lengthTicks());
        PhraseLayout layout = PhraseLayout.of(meters, accepted, (int) Math.min(Integer.MAX_VALUE, steps), PhraseLayout.Tail.DROP);
        Map<String, BarTally> bars = layout.bars();
        String found = song.meters().toString();
        if (options.rule() == MeterRule.STRICT) {
            Optional<Rejection> meter = options.meters().check(song);
            if (meter.isPresent()) return rejected(source, file, sha, meter.get(), found, bars);
        } else {
            if (meters.isUnstated()) return rejected(source, file, sha, Rejection.NO_METER, found, bars);
            if (meters.spans().stream().noneMatch(accepted)) return rejected(source, file, sha, Rejection.OTHER_METER, found, bars);
            if (layout.phraseCount() == 0) return rejected(source, file, sha, Rejection.NO_ACCEPTED_BARS, found, bars);
        }

        RollConversion conversion;
        try {
            conversion = PianoRollConverter.convert(song, options.extent());
        } catch (IllegalArgumentException e) {
            return rejected(source, file, sha, Rejection.UNREADABLE, "no piano roll: " + e.getMessage());
        }
        List<Phrase> all = layout.phrasesOf(conversion.roll());
        List<Phrase> kept = TrainingFilter.trainable(all);
        if (kept.isEmpty()) {
            return rejected(source, file, sha, Rejection.NO_PHRASES, all.size() + " phrases, none with more than one active cell",
                    bars);
        }
        ByteArrayOutputStream packed = new ByteArrayOutputStream(kept.size() * Phrase.PACKED_BYTES);
        for (Phrase p : kept) packed.writeBytes(p.toPackedBytes());
        return new AnalyzedFile(source, file, sha, null, "", packed.toByteArray(), all.size() - kept.size(), conversion.notesClipped(), bars);
    }

    /** A rejected file keeps none of its bars. */
    private static Map<String, BarTally> noneKept(Map<String, BarTally> bars) {
        Map<String, BarTally> out = new java.util.TreeMap<>();
        bars.forEach((meter, t) -> out.put(meter, new BarTally(0, t.total())));
        return out;
    }

    private static AnalyzedFile rejected(CorpusSource source, Path file, String sha, Rejection why, String detail) {
        return new AnalyzedFile(source, file, sha, why, detail, new byte[0], 0, 0, Map.of());
    }

    private static AnalyzedFile rejected(CorpusSource source, Path file, String sha, Rejection why, String detail,
                                         Map<String, BarTally> bars) {
        return new AnalyzedFile(source, file, sha, why, detail, new byte[0], 0, 0, noneKept(bars));
    }

    boolean accepted() {
        return rejection == null;
    }

    BarTally totalBars() {
        return bars.values().stream().reduce(BarTally.NONE, BarTally::plus);
    }

    int phrases() {
        return packedPhrases.length / Phrase.PACKED_BYTES;
    }

    /** The report's key for this file's rejection, e.g. {@code unreadable MIDI (TRUNCATED)}. */
    String rejectionKey() {
        if (rejection != Rejection.UNREADABLE) return rejection.description();
        int colon = detail.indexOf(':');
        return rejection.description() + " (" + (colon > 0 ? detail.substring(0, colon) : detail) + ")";
    }

    AnalyzedFile asDuplicate(Path original) {
        return new AnalyzedFile(source, file, sha256, Rejection.DUPLICATE, "same bytes as " + original, new byte[0], 0, 0, Map.of());
    }
}
