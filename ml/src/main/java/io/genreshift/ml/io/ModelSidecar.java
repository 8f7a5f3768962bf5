package io.genreshift.ml.io;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.genreshift.ml.model.Variant;

import java.io.IOException;

/**
 * The JSON file next to every weights file ({@code X.params} → {@code X.json}): what the network is
 * ({@link ModelCard}) and the fingerprint of its weights ({@link WeightsInfo}). A DJL {@code .params} file stores
 * values only, not the graph, so without its sidecar a weights file cannot be rebuilt or checked.
 *
 * <pre>{@code
 * { "format_version": 1,
 *   "model":   { "kind": "generator", "network": {"gen_width": 16, "res_blocks": 4, "disc_width": 16},
 *                "variant": "sn", "genres": ["classic", "pop"],
 *                "direction": {"from": "classic", "to": "pop"},
 *                "provenance": {"data_report_sha256": "...", "command": "genreshift train ...", "final_metrics": {...}},
 *                "created_at": "2026-11-25T14:00:00Z" },
 *   "weights": { "file": "generator-classic-to-pop-sn.params", "bytes": 123, "sha256": "...", "dtype": "float32" } }
 * }</pre>
 */
public record ModelSidecar(int formatVersion, ModelCard model, WeightsInfo weights) {
    /** Bump when the layout changes in a way old readers cannot handle. */
    public static final int FORMAT_VERSION = 1;

    private static final Gson GSON = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .serializeSpecialFloatingPointValues()
            .registerTypeAdapter(Variant.class, new VariantAdapter())
            .disableHtmlEscaping()
            .setPrettyPrinting()
            .create();

    public String toJson() {
        return GSON.toJson(this) + "\n";
    }

    /**
     * Parses and checks a sidecar.
     *
     * @throws IllegalArgumentException with a user-readable reason when the text is not a complete sidecar of a
     *                                  supported format version
     */
    public static ModelSidecar parse(String json) {
        JsonObject root;
        try {
            JsonElement element = JsonParser.parseString(json);
            if (!element.isJsonObject()) throw new IllegalArgumentException("the sidecar is not a JSON object");
            root = element.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("the sidecar is not valid JSON (" + rootMessage(e) + ")", e);
        }
        // Check the version before binding: a newer layout may not bind at all.
        JsonElement version = root.get("format_version");
        if (version == null || !version.isJsonPrimitive()) throw new IllegalArgumentException("the sidecar has no format_version");
        if (version.getAsInt() != FORMAT_VERSION) {
            throw new IllegalArgumentException("sidecar format version " + version.getAsInt() + " is not supported (this build reads "
                    + FORMAT_VERSION + ")");
        }
        ModelSidecar sidecar;
        try {
            sidecar = GSON.fromJson(root, ModelSidecar.class);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("the sidecar's fields have the wrong types (" + rootMessage(e) + ")", e);
        } catch (RuntimeException e) {
            // Records are built through their constructors, which reject incomplete cards.
            throw new IllegalArgumentException("the sidecar's model description is incomplete: " + rootMessage(e), e);
        }
        if (sidecar.model() == null) throw new IllegalArgumentException("the sidecar has no model description");
        WeightsInfo w = sidecar.weights();
        if (w == null || w.file() == null || w.sha256() == null || w.sha256().length() != 64 || w.dtype() == null) {
            throw new IllegalArgumentException("the sidecar has no complete weights fingerprint (file, bytes, sha256, dtype)");
        }
        return sidecar;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        // First line only: Gson appends a troubleshooting link on a line of its own.
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("").strip();
    }

    /** Variants as their command-line ids ({@code sn+sa}), not as Java constant names. */
    private static final class VariantAdapter extends TypeAdapter<Variant> {
        @Override
        public void write(JsonWriter out, Variant value) throws IOException {
            if (value == null) out.nullValue();
            else out.value(value.id());
        }

        @Override
        public Variant read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            return Variant.parse(in.nextString());
        }
    }
}
