package io.genreshift.app.shell;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.genreshift.app.prefs.AutosaveStore;
import io.genreshift.app.transfer.ModelVariant;
import io.genreshift.app.transfer.PhraseGenreScores;
import io.genreshift.app.transfer.SongVersion;
import io.genreshift.app.transfer.TransferRequest;
import io.genreshift.app.transfer.TransferResult;
import io.genreshift.app.transfer.VersionsViewModel;
import io.genreshift.core.io.AtomicFiles;
import io.genreshift.core.metrics.ContentChange;
import io.genreshift.core.model.Song;
import io.genreshift.core.roll.PianoRollConverter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Every version of the open document to and from an {@link AutosaveStore}: the original and each transfer, with its
 * current song, the song the model made and the original it was made from, its settings, genre scores and undo labels.
 * A restored transfer is the same version as before the crash (diff, genre strip, edited flag), except that its undo
 * history starts empty: the labels are shown in the restore offer, the steps themselves are not kept.
 */
final class VersionsAutosave {
    private static final Gson GSON = new Gson();
    private static final String MADE = "made";
    private static final String SOURCE = "source";

    private final SongFiles files;

    VersionsAutosave(SongFiles files) {
        this.files = files;
    }

    /** The store's copy of each version, songs written through {@link SongFiles#writeMidi}. */
    List<AutosaveStore.VersionCopy> copies(List<SongVersion> versions, LongFunction<List<String>> undoLabels) {
        List<AutosaveStore.VersionCopy> out = new ArrayList<>();
        for (SongVersion v : versions) {
            Map<String, AtomicFiles.ContentWriter> songs = new LinkedHashMap<>();
            songs.put(AutosaveStore.SONG, writer(v.song()));
            JsonObject settings = new JsonObject();
            settings.addProperty("saved", v.saved());
            if (!v.isOriginal()) {
                if (v.isEdited()) songs.put(MADE, writer(v.result().song()));
                songs.put(SOURCE, writer(v.source()));
                TransferRequest r = v.request();
                settings.addProperty("from", r.from());
                settings.addProperty("to", r.to());
                settings.addProperty("variant", r.variant().id());
                settings.addProperty("threshold", r.threshold());
                settings.addProperty("keepMelody", r.keepMelody());
                ContentChange c = v.result().change();
                settings.add("change", GSON.toJsonTree(new int[]{c.added(), c.removed(), c.sourceCells()}));
                settings.add("before", scores(v.result().before()));
                settings.add("after", scores(v.result().after()));
            }
            out.add(new AutosaveStore.VersionCopy(v.name(), undoLabels.apply(v.id()), settings.toString(), songs));
        }
        return out;
    }

    /** Puts the saved versions back into {@code versions}: the original first, then each transfer in its order. */
    void restore(List<AutosaveStore.SavedVersion> saved, VersionsViewModel versions) throws SongFileException {
        AutosaveStore.SavedVersion original = saved.get(0);
        versions.reset(files.read(original.songs().get(AutosaveStore.SONG)));
        for (AutosaveStore.SavedVersion t : saved.subList(1, saved.size())) {
            JsonObject s = JsonParser.parseString(t.settings()).getAsJsonObject();
            Song song = files.read(t.songs().get(AutosaveStore.SONG));
            Song made = t.songs().containsKey(MADE) ? files.read(t.songs().get(MADE)) : song;
            Song source = files.read(t.songs().get(SOURCE));
            int[] c = GSON.fromJson(s.get("change"), int[].class);
            TransferResult result = new TransferResult(made, PianoRollConverter.toRoll(source), PianoRollConverter.toRoll(made),
                    scores(s.getAsJsonArray("before")), scores(s.getAsJsonArray("after")), new ContentChange(c[0], c[1], c[2]));
            TransferRequest request = new TransferRequest(s.get("from").getAsString(), s.get("to").getAsString(),
                    ModelVariant.ofId(s.get("variant").getAsString()), s.get("threshold").getAsDouble(), s.get("keepMelody").getAsBoolean());
            versions.addTransfer(result, request, source);
            if (made != song) versions.editShown(song);
            if (s.get("saved").getAsBoolean()) versions.markSaved(versions.versions().get(versions.versions().size() - 1));
        }
        // An autosave from before versions were kept ("{}") only ever held an unsaved original.
        JsonElement originalSaved = JsonParser.parseString(original.settings()).getAsJsonObject().get("saved");
        if (originalSaved == null || !originalSaved.getAsBoolean()) versions.markOriginalUnsaved();
    }

    private AtomicFiles.ContentWriter writer(Song song) {
        return temp -> {
            try {
                files.writeMidi(song, temp);
            } catch (SongFileException e) {
                throw new IOException(e.getMessage(), e);
            }
        };
    }

    private static JsonArray scores(List<PhraseGenreScores> scores) {
        JsonArray a = new JsonArray();
        for (PhraseGenreScores p : scores) a.add(GSON.toJsonTree(p.probabilities()));
        return a;
    }

    private static List<PhraseGenreScores> scores(JsonArray a) {
        List<PhraseGenreScores> out = new ArrayList<>();
        for (JsonElement e : a) {
            Map<String, Double> m = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> p : e.getAsJsonObject().entrySet()) m.put(p.getKey(), p.getValue().getAsDouble());
            out.add(new PhraseGenreScores(m));
        }
        return out;
    }
}
