package io.genreshift.app.prefs;

import io.genreshift.core.io.AtomicFiles;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Loads and saves {@link AppPreferences} as {@code preferences.json} in the config directory. Tolerant on read: a
 * missing or damaged file, or a missing field, falls back to the default, because losing a window size must never stop
 * the app from starting. Saves atomically.
 */
public final class PreferencesStore {
    private static final Logger LOG = LoggerFactory.getLogger(PreferencesStore.class);
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    private final Path file;

    public PreferencesStore(Path configDir) {
        this.file = configDir.resolve("preferences.json");
    }

    public Path file() {
        return file;
    }

    public AppPreferences load() {
        if (!Files.isRegularFile(file)) return AppPreferences.DEFAULT;
        try {
            JsonObject o = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            return fromJson(o);
        } catch (IOException | JsonParseException | IllegalStateException | IllegalArgumentException e) {
            LOG.warn("Ignoring unreadable preferences {} ({}); using defaults", file, e.toString());
            return AppPreferences.DEFAULT;
        }
    }

    public void save(AppPreferences prefs) throws IOException {
        AtomicFiles.writeString(file, GSON.toJson(toJson(prefs)));
    }

    static JsonObject toJson(AppPreferences p) {
        JsonObject o = new JsonObject();
        o.addProperty("theme", p.theme().name());
        if (p.soundfont() != null) o.addProperty("soundfont", p.soundfont().toString());
        if (p.lastFolder() != null) o.addProperty("lastFolder", p.lastFolder().toString());
        o.addProperty("colourByTrack", p.colourByTrack());
        JsonObject w = new JsonObject();
        WindowLayout l = p.window();
        if (l.hasPosition()) {
            w.addProperty("x", l.x());
            w.addProperty("y", l.y());
        }
        w.addProperty("width", l.width());
        w.addProperty("height", l.height());
        w.addProperty("maximized", l.maximized());
        w.addProperty("divider", l.dividerPosition());
        o.add("window", w);
        JsonArray recent = new JsonArray();
        p.recent().paths().forEach(path -> recent.add(path.toString()));
        o.add("recentFiles", recent);
        return o;
    }

    static AppPreferences fromJson(JsonObject o) {
        Theme theme = Theme.LIGHT;
        if (o.has("theme")) {
            try {
                theme = Theme.valueOf(o.get("theme").getAsString());
            } catch (IllegalArgumentException ignored) {
                // an unknown theme name from a newer version: keep the default
            }
        }
        WindowLayout window = WindowLayout.DEFAULT;
        if (o.has("window") && o.get("window").isJsonObject()) {
            JsonObject w = o.getAsJsonObject("window");
            window = new WindowLayout(num(w, "x", Double.NaN), num(w, "y", Double.NaN),
                    num(w, "width", WindowLayout.DEFAULT.width()), num(w, "height", WindowLayout.DEFAULT.height()),
                    w.has("maximized") && w.get("maximized").getAsBoolean(),
                    num(w, "divider", WindowLayout.DEFAULT.dividerPosition()));
        }
        List<Path> recent = new ArrayList<>();
        if (o.has("recentFiles") && o.get("recentFiles").isJsonArray()) {
            for (JsonElement e : o.getAsJsonArray("recentFiles")) {
                Path p = path(e.getAsString());
                if (p != null) recent.add(p);
            }
        }
        return new AppPreferences(theme, o.has("soundfont") ? path(o.get("soundfont").getAsString()) : null,
                o.has("lastFolder") ? path(o.get("lastFolder").getAsString()) : null, window, new RecentFiles(recent),
                o.has("colourByTrack") && o.get("colourByTrack").getAsBoolean());
    }

    private static double num(JsonObject o, String key, double fallback) {
        return o.has(key) && o.get(key).isJsonPrimitive() ? o.get(key).getAsDouble() : fallback;
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
