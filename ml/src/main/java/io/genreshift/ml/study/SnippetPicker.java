package io.genreshift.ml.study;

import io.genreshift.core.midi.MidiReader;
import io.genreshift.core.model.Song;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Picks a study's snippets, reproducibly from a seed: half from each genre of the pair (the first genre gets the odd
 * one), one snippet per song, songs in a seeded shuffle of the sorted file list. A snippet starts on a 4-bar phrase
 * boundary, so it lines up with the phrases the generators were trained on. Songs that are not strictly 4/4, too short
 * or unreadable are skipped (with a warning for unreadable ones); an excerpt without pitched notes is not used.
 */
public final class SnippetPicker {
    private static final int PHRASE_BARS = 4;

    private final int bars;
    private final long seed;
    private final Consumer<String> warnings;

    public SnippetPicker(int bars, long seed, Consumer<String> warnings) {
        if (bars < 1) throw new IllegalArgumentException("--bars must be at least 1, got " + bars);
        this.bars = bars;
        this.seed = seed;
        this.warnings = warnings;
    }

    /** {@code count} snippets: ⌈count/2⌉ from {@code aFiles} (genre a → b), ⌊count/2⌋ from {@code bFiles} (b → a). */
    public List<SnippetChoice> pick(String a, List<Path> aFiles, String b, List<Path> bFiles, int count) throws IOException {
        if (count < 1) throw new IllegalArgumentException("--snippets must be at least 1, got " + count);
        List<SnippetChoice> picked = new ArrayList<>(pick(a, b, aFiles, (count + 1) / 2, seed));
        picked.addAll(pick(b, a, bFiles, count / 2, seed + 1));
        return picked;
    }

    private List<SnippetChoice> pick(String from, String to, List<Path> files, int count, long directionSeed) throws IOException {
        List<SnippetChoice> picked = new ArrayList<>();
        if (count == 0) return picked;
        List<Path> order = new ArrayList<>(files);
        order.sort(null);
        Random random = new Random(directionSeed);
        Collections.shuffle(order, random);
        for (Path file : order) {
            if (picked.size() == count) break;
            Song song;
            try {
                song = MidiReader.read(file);
            } catch (IOException e) {
                warnings.accept("skipping " + file + ": " + e.getMessage());
                continue;
            }
            choose(from, to, file, song, random).ifPresent(picked::add);
        }
        if (picked.size() < count) {
            throw new IOException("only " + picked.size() + " of " + files.size() + " " + from + " files have a 4/4 excerpt of "
                    + bars + " bars with notes, the study needs " + count + ". Give a larger --corpus " + from
                    + "=DIR, fewer --snippets or fewer --bars");
        }
        return picked;
    }

    private Optional<SnippetChoice> choose(String from, String to, Path file, Song song, Random random) {
        if (!song.isStrictFourFour()) return Optional.empty();
        long fullBars = song.lengthTicks() / (4L * song.ppq());
        long starts = (fullBars - bars) / PHRASE_BARS + 1; // phrase-aligned first bars 1, 5, 9, ... that fit
        if (starts < 1) return Optional.empty();
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < starts; i++) candidates.add(1 + PHRASE_BARS * i);
        Collections.shuffle(candidates, random);
        for (int first : candidates) {
            SnippetChoice c = new SnippetChoice(from, to, file, song, first, first + bars - 1);
            if (c.excerpt().notes().stream().anyMatch(n -> !n.isDrum())) return Optional.of(c);
        }
        return Optional.empty();
    }
}
