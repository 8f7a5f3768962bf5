package io.genreshift.app.prefs;

import io.genreshift.core.io.AtomicFiles;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * The crash-recovery copy of the song being edited: {@code autosave/session.mid} plus {@code session.json} naming the
 * file it came from. A clean exit {@link #clear() clears} it, so finding one at start-up means the last run was killed
 * with unsaved edits and the user is offered to restore it.
 */
public final class AutosaveStore {
    private static final Logger LOG = LoggerFactory.getLogger(AutosaveStore.class);

    /** What an autosave holds: the MIDI copy, the file it was edited from (may be null), its title and when. */
    public record Entry(Path midiFile, Path sourceFile, String title, Instant savedAt) {
    }

    private final Path dir;

    public AutosaveStore(Path configDir) {
        this.dir = configDir.resolve("autosave");
    }

    /** Writes the MIDI copy (via {@code midiWriter}) and then its marker, both atomically. */
    public void save(AtomicFiles.ContentWriter midiWriter, Path sourceFile, String title) throws IOException {
        AtomicFiles.write(midiFile(), midiWriter);
        JsonObject o = new JsonObject();
        if (sourceFile != null) o.addProperty("source", sourceFile.toString());
        o.addProperty("title", title == null ? "" : title);
        o.addProperty("savedAt", Instant.now().toString());
        AtomicFiles.writeString(markerFile(), o.toString());
    }

    /** The autosave left by a run that did not exit cleanly, if any. */
    public Optional<Entry> pending() {
        if (!Files.isRegularFile(markerFile()) || !Files.isRegularFile(midiFile())) return Optional.empty();
        try {
            JsonObject o = JsonParser.parseString(Files.readString(markerFile(), StandardCharsets.UTF_8)).getAsJsonObject();
            Path source = o.has("source") ? Path.of(o.get("source").getAsString()) : null;
            String title = o.has("title") ? o.get("title").getAsString() : "";
            Instant at = o.has("savedAt") ? Instant.parse(o.get("savedAt").getAsString()) : Instant.EPOCH;
            return Optional.of(new Entry(midiFile(), source, title, at));
        } catch (IOException | JsonParseException | IllegalStateException | DateTimeException
                 | InvalidPathException e) {
            LOG.warn("Ignoring a damaged autosave marker {} ({})", markerFile(), e.toString());
            return Optional.empty();
        }
    }

    public void clear() {
        try {
            Files.deleteIfExists(markerFile());
            Files.deleteIfExists(midiFile());
        } catch (IOException e) {
            LOG.warn("Could not remove the autosave in {}: {}", dir, e.toString());
        }
    }

    Path midiFile() {
        return dir.resolve("session.mid");
    }

    Path markerFile() {
        return dir.resolve("session.json");
    }
}
