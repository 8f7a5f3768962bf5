package io.genreshift.app.prefs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The File ▸ Open Recent list: most recent first, no duplicates, at most {@value #LIMIT}. Immutable. */
public record RecentFiles(List<Path> paths) {
    public static final int LIMIT = 10;
    public static final RecentFiles EMPTY = new RecentFiles(List.of());

    public RecentFiles {
        paths = List.copyOf(paths.size() > LIMIT ? paths.subList(0, LIMIT) : paths);
    }

    /** {@code file} moved (or added) to the top. */
    public RecentFiles withOpened(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>(LIMIT + 1);
        out.add(normal);
        for (Path p : paths) if (!p.equals(normal)) out.add(p);
        return new RecentFiles(out);
    }

    /** Without the entries that fail {@code exists}: files deleted or moved since. */
    public RecentFiles pruned(Predicate<Path> exists) {
        return new RecentFiles(paths.stream().filter(exists).toList());
    }

    public RecentFiles prunedMissing() {
        return pruned(Files::isRegularFile);
    }

    public boolean isEmpty() {
        return paths.isEmpty();
    }
}
