package io.genreshift.core.study;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import io.genreshift.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A study folder: {@code study.json} (what participants get), {@code key.json} (which clip is which variant),
 * {@code audio/} (the WAVs) and {@code results/<session>.json} (one file per participant session). Every write is
 * atomic, so a kill at any moment leaves the previous or the new file, never a torn one.
 */
public record StudyFiles(Path folder) {
    public static final String STUDY = "study.json";
    public static final String KEY = "key.json";
    public static final String RESULTS = "results";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES).create();

    public Path studyFile() {
        return folder.resolve(STUDY);
    }

    public Path keyFile() {
        return folder.resolve(KEY);
    }

    public Path resultsFolder() {
        return folder.resolve(RESULTS);
    }

    public Path resultsFile(String session) {
        return resultsFolder().resolve(session + ".json");
    }

    /** A path in the study, e.g. a clip's audio; relative paths are resolved against the folder. */
    public Path resolve(String relative) {
        return folder.resolve(relative);
    }

    public StudyDefinition readStudy() throws IOException {
        if (!Files.isRegularFile(studyFile())) {
            throw new NoSuchFileException(studyFile().toString(), null, "no study here; make one with genreshift study create");
        }
        return read(studyFile(), StudyDefinition.class);
    }

    public StudyKey readKey() throws IOException {
        if (!Files.isRegularFile(keyFile())) {
            throw new NoSuchFileException(keyFile().toString(), null,
                    "the study's key is missing; the report needs the key.json that study create wrote next to study.json");
        }
        return read(keyFile(), StudyKey.class);
    }

    /** Every participant's results, in file-name order; none yet is an empty list. */
    public List<ParticipantResults> readAllResults() throws IOException {
        List<ParticipantResults> all = new ArrayList<>();
        if (!Files.isDirectory(resultsFolder())) return all;
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(resultsFolder(), "*.json")) {
            dir.forEach(files::add);
        }
        files.sort(null);
        for (Path f : files) all.add(read(f, ParticipantResults.class));
        return all;
    }

    public void writeStudy(StudyDefinition study) throws IOException {
        AtomicFiles.writeString(studyFile(), GSON.toJson(study) + "\n");
    }

    public void writeKey(StudyKey key) throws IOException {
        AtomicFiles.writeString(keyFile(), GSON.toJson(key) + "\n");
    }

    public void writeResults(ParticipantResults results) throws IOException {
        AtomicFiles.writeString(resultsFile(results.session()), GSON.toJson(results) + "\n");
    }

    private static <T> T read(Path file, Class<T> type) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            T value = GSON.fromJson(text, type);
            if (value == null) throw new JsonParseException("the file is empty");
            return value;
        } catch (JsonParseException | IllegalArgumentException | NullPointerException e) {
            throw new IOException(file + " is not a readable " + type.getSimpleName() + " (" + e.getMessage()
                    + "); restore it from a copy, or remove it if it is a stray file", e);
        }
    }
}
