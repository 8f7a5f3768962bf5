package io.genreshift.core.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of files that are versions of the same music (alternate arrangements), which must land in the same split so
 * that the test set never contains a song the model trained on. Read from {@code NEAR_DUPLICATES*.tsv} files found
 * in a corpus: tab-separated, a header line, then one pair per line; the first two columns are file names relative to
 * the TSV's folder, further columns are ignored. Pairs are joined transitively.
 */
public final class NearDuplicates {
    /** File names recognised as near-duplicate lists. */
    public static boolean isListFile(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("NEAR_DUPLICATES") && name.endsWith(".tsv");
    }

    private final Map<Path, Path> parent = new HashMap<>();

    public static NearDuplicates none() {
        return new NearDuplicates();
    }

    public static NearDuplicates read(List<Path> tsvFiles) throws IOException {
        NearDuplicates groups = new NearDuplicates();
        for (Path tsv : tsvFiles) groups.addFrom(tsv);
        return groups;
    }

    private void addFrom(Path tsv) throws IOException {
        Path dir = tsv.toAbsolutePath().getParent();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) { // line 0 is the header
            String line = lines.get(i);
            if (line.isBlank()) continue;
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new IOException(tsv + " line " + (i + 1) + ": expected two tab-separated file names, found '" + line + "'");
            }
            join(dir.resolve(cols[0].trim()).normalize(), dir.resolve(cols[1].trim()).normalize());
        }
    }

    /** Puts {@code a} and {@code b} in one group. */
    public void join(Path a, Path b) {
        Path ra = root(a.toAbsolutePath().normalize());
        Path rb = root(b.toAbsolutePath().normalize());
        if (ra.equals(rb)) return;
        // The smaller path represents the group, so the representative does not depend on the pair order.
        if (ra.compareTo(rb) < 0) parent.put(rb, ra);
        else parent.put(ra, rb);
    }

    /** The group's representative file: {@code file} itself when it has no near duplicates. */
    public Path groupOf(Path file) {
        return root(file.toAbsolutePath().normalize());
    }

    private Path root(Path p) {
        Path r = p;
        while (parent.containsKey(r)) r = parent.get(r);
        return r;
    }
}
