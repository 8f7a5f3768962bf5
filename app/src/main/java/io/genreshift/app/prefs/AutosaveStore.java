package io.genreshift.app.prefs;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.genreshift.core.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The crash-recovery copy of the document being edited: one or more versions (the original and transfers), each with
 * its MIDI copies, its undo labels and opaque settings, plus {@code session.json} listing them and naming the file the
 * song came from. A clean exit {@link #clear() clears} it, so finding one at start-up means the last run was killed
 * with unsaved edits and the user is offered to restore it.
 *
 * <p>Every save writes its MIDI files under new names (a generation number), then the marker atomically, then deletes
 * the files of older generations: a crash at any moment leaves a marker whose files are all complete and belong
 * together.
 */
public final class AutosaveStore {
    private static final Logger LOG = LoggerFactory.getLogger(AutosaveStore.class);

    /** One version to save: its name, undo labels (oldest first), settings for whoever restores it and its songs by role. */
    public record VersionCopy(String name, List<String> undoLabels, String settings, Map<String, AtomicFiles.ContentWriter> songs) {
        public VersionCopy {
            undoLabels = List.copyOf(undoLabels);
            songs = new LinkedHashMap<>(songs);
        }
    }

    /** One saved version: as {@link VersionCopy}, with the MIDI copy of each role. */
    public record SavedVersion(String name, List<String> undoLabels, String settings, Map<String, Path> songs) {
        public SavedVersion {
            undoLabels = List.copyOf(undoLabels);
            songs = Map.copyOf(songs);
        }
    }

    /** What an autosave holds: the versions, the file they were edited from (may be null), the title and when. */
    public record Entry(List<SavedVersion> versions, Path sourceFile, String title, Instant savedAt) {
        /** The original's MIDI copy. */
        public Path midiFile() {
            return versions.get(0).songs().get(SONG);
        }
    }

    /** The role of a version's current song; the only one a plain {@link #save(AtomicFiles.ContentWriter, Path, String)} writes. */
    public static final String SONG = "song";

    private final Path dir;

    public AutosaveStore(Path configDir) {
        this.dir = configDir.resolve("autosave");
    }

    /** The folder the autosave lives in (named in messages). */
    public Path folder() {
        return dir;
    }

    /** Saves a document of one version (the original). */
    public void save(AtomicFiles.ContentWriter midiWriter, Path sourceFile, String title) throws IOException {
        save(List.of(new VersionCopy("Original", List.of(), "{}", Map.of(SONG, midiWriter))), sourceFile, title);
    }

    /**
     * Writes every version's songs, then the marker, both atomically; a failure (full disk, read-only folder) reaches
     * the caller and leaves the previous autosave as it was.
     */
    public void save(List<VersionCopy> versions, Path sourceFile, String title) throws IOException {
        if (versions.isEmpty()) throw new IllegalArgumentException("an autosave needs at least one version");
        long generation = Math.max(System.currentTimeMillis(), nextGeneration());
        JsonArray list = new JsonArray();
        Set<String> written = new HashSet<>();
        try {
            for (int i = 0; i < versions.size(); i++) {
                VersionCopy v = versions.get(i);
                JsonObject o = new JsonObject();
                o.addProperty("name", v.name());
                JsonArray undo = new JsonArray();
                v.undoLabels().forEach(undo::add);
                o.add("undo", undo);
                o.addProperty("settings", v.settings());
                JsonObject songs = new JsonObject();
                for (Map.Entry<String, AtomicFiles.ContentWriter> s : v.songs().entrySet()) {
                    String name = "g" + generation + "-v" + i + "-" + s.getKey() + ".mid";
                    AtomicFiles.write(dir.resolve(name), s.getValue());
                    written.add(name);
                    songs.addProperty(s.getKey(), name);
                }
                o.add("songs", songs);
                list.add(o);
            }
            JsonObject marker = new JsonObject();
            if (sourceFile != null) marker.addProperty("source", sourceFile.toString());
            marker.addProperty("title", title == null ? "" : title);
            marker.addProperty("savedAt", Instant.now().toString());
            marker.addProperty("generation", generation);
            marker.add("versions", list);
            AtomicFiles.writeString(markerFile(), marker.toString());
        } catch (IOException | RuntimeException e) {
            deleteQuietly(written);
            throw e;
        }
        deleteAllBut(written);
    }

    /** The autosave left by a run that did not exit cleanly, if any. */
    public Optional<Entry> pending() {
        if (!Files.isRegularFile(markerFile())) return Optional.empty();
        try {
            JsonObject o = JsonParser.parseString(Files.readString(markerFile(), StandardCharsets.UTF_8)).getAsJsonObject();
            Path source = o.has("source") ? Path.of(o.get("source").getAsString()) : null;
            String title = o.has("title") ? o.get("title").getAsString() : "";
            Instant at = o.has("savedAt") ? Instant.parse(o.get("savedAt").getAsString()) : Instant.EPOCH;
            List<SavedVersion> versions = new ArrayList<>();
            if (!o.has("versions")) {
                // Written before versions were kept: the original alone, as session.mid.
                Path legacy = dir.resolve("session.mid");
                if (!Files.isRegularFile(legacy)) return Optional.empty();
                return Optional.of(new Entry(List.of(new SavedVersion("Original", List.of(), "{}", Map.of(SONG, legacy))),
                        source, title, at));
            }
            for (JsonElement e : o.getAsJsonArray("versions")) {
                JsonObject v = e.getAsJsonObject();
                List<String> undo = new ArrayList<>();
                for (JsonElement u : v.getAsJsonArray("undo")) undo.add(u.getAsString());
                Map<String, Path> songs = new LinkedHashMap<>();
                for (Map.Entry<String, JsonElement> s : v.getAsJsonObject("songs").entrySet()) {
                    Path file = dir.resolve(s.getValue().getAsString());
                    if (!Files.isRegularFile(file)) throw new IllegalStateException("its file " + file + " is missing");
                    songs.put(s.getKey(), file);
                }
                if (!songs.containsKey(SONG)) throw new IllegalStateException("a version has no song");
                versions.add(new SavedVersion(v.get("name").getAsString(), undo, v.get("settings").getAsString(), songs));
            }
            if (versions.isEmpty()) return Optional.empty();
            return Optional.of(new Entry(versions, source, title, at));
        } catch (IOException | JsonParseException | IllegalStateException | NullPointerException | ClassCastException
                 | UnsupportedOperationException | DateTimeException | InvalidPathException e) {
            LOG.warn("Ignoring a damaged autosave marker {} ({})", markerFile(), e.toString());
            return Optional.empty();
        }
    }

    public void clear() {
        try {
            Files.deleteIfExists(markerFile());
            deleteAllBut(Set.of());
        } catch (IOException e) {
            LOG.warn("Could not remove the autosave in {}: {}", dir, e.toString());
        }
    }

    private long nextGeneration() {
        try {
            if (!Files.isRegularFile(markerFile())) return 0;
            JsonObject o = JsonParser.parseString(Files.readString(markerFile(), StandardCharsets.UTF_8)).getAsJsonObject();
            return o.has("generation") ? o.get("generation").getAsLong() + 1 : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Removes the MIDI copies of other generations (and a pre-generation session.mid). */
    private void deleteAllBut(Set<String> keep) {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".mid") && !keep.contains(name)) Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            LOG.warn("Could not tidy the autosave folder {}: {}", dir, e.toString());
        }
    }

    private void deleteQuietly(Set<String> names) {
        for (String n : names) {
            try {
                Files.deleteIfExists(dir.resolve(n));
            } catch (IOException e) {
                LOG.debug("Could not remove {}: {}", n, e.toString());
            }
        }
    }

    Path markerFile() {
        return dir.resolve("session.json");
    }
}
