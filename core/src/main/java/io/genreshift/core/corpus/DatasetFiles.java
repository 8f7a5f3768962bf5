package io.genreshift.core.corpus;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import io.genreshift.core.io.AtomicFiles;
import io.genreshift.core.io.Sha256;
import io.genreshift.core.roll.Phrase;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link PhraseDataset} on disk: one binary file of bit-packed phrases per genre and split, and a manifest
 * ({@value #MANIFEST}) with the genres, the report's SHA-256 and each file's phrase count and SHA-256.
 *
 * <p>Phrase file {@code <genre>_<split>.phrases}, big-endian: magic {@code "GSPH"}, int format version, int phrase
 * count n, int bytes per phrase (672), n int song ids, then n × 672 bytes of phrases as {@link Phrase#toPackedBytes()}.
 * Every file is written atomically and the manifest last, so a reader never sees a half-written dataset as valid;
 * {@link #read} checks every checksum.
 */
public final class DatasetFiles {
    public static final String MANIFEST = "dataset.json";
    public static final int FORMAT_VERSION = 1;
    private static final byte[] MAGIC = "GSPH".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = 16;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private DatasetFiles() {
    }

    /** The manifest as stored. */
    record Manifest(String format, int version, List<String> genres, String reportSha256, List<Entry> files) {
    }

    record Entry(String genre, String split, String file, int phrases, String sha256) {
    }

    public static void write(PhraseDataset dataset, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Entry> entries = new ArrayList<>();
        for (String genre : dataset.genres()) {
            for (Split split : Split.values()) {
                PhraseSet set = dataset.phrases(genre, split);
                byte[] bytes = encode(set);
                String name = fileName(genre, split);
                AtomicFiles.writeBytes(dir.resolve(name), bytes);
                entries.add(new Entry(genre, split.id(), name, set.size(), Sha256.hex(bytes)));
            }
        }
        Manifest manifest = new Manifest("genreshift-phrases", FORMAT_VERSION, dataset.genres(), dataset.reportSha256(), entries);
        AtomicFiles.writeString(dir.resolve(MANIFEST), GSON.toJson(manifest) + "\n");
    }

    /**
     * Reads a dataset written by {@link #write}.
     *
     * @throws DatasetFormatException naming the file, if anything is missing, damaged or of another version
     */
    public static PhraseDataset read(Path dir) throws IOException {
        Path manifestFile = dir.resolve(MANIFEST);
        Manifest manifest;
        try {
            manifest = GSON.fromJson(Files.readString(manifestFile, StandardCharsets.UTF_8), Manifest.class);
        } catch (NoSuchFileException e) {
            throw new DatasetFormatException(manifestFile, "no prepared dataset here; create one with: genreshift prepare --corpus GENRE=DIR ... --out " + dir);
        } catch (JsonParseException e) {
            throw new DatasetFormatException(manifestFile, "not a valid dataset manifest (" + e.getMessage() + "); prepare the dataset again");
        }
        if (manifest == null || manifest.files() == null || manifest.genres() == null) {
            throw new DatasetFormatException(manifestFile, "the manifest is empty or incomplete; prepare the dataset again");
        }
        if (manifest.version() != FORMAT_VERSION) {
            throw new DatasetFormatException(manifestFile, "dataset format version " + manifest.version() + ", this GenreShift reads version "
                    + FORMAT_VERSION + "; prepare the dataset again with this version");
        }
        Map<String, Map<Split, PhraseSet>> sets = new LinkedHashMap<>();
        for (Entry e : manifest.files()) {
            Path file = dir.resolve(e.file());
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException ex) {
                throw new DatasetFormatException(file, "missing from the dataset; prepare the dataset again");
            }
            if (!Sha256.hex(bytes).equals(e.sha256())) {
                throw new DatasetFormatException(file, "checksum mismatch: the file changed or was damaged after preparation; prepare the dataset again");
            }
            PhraseSet set = decode(bytes, file);
            if (set.size() != e.phrases()) {
                throw new DatasetFormatException(file, "holds " + set.size() + " phrases, the manifest says " + e.phrases());
            }
            sets.computeIfAbsent(e.genre(), g -> new LinkedHashMap<>()).put(split(e.split(), manifestFile), set);
        }
        try {
            return new PhraseDataset(manifest.genres(), sets, manifest.reportSha256());
        } catch (IllegalArgumentException ex) {
            throw new DatasetFormatException(manifestFile, ex.getMessage());
        }
    }

    public static String fileName(String genre, Split split) {
        return genre + "_" + split.id() + ".phrases";
    }

    static byte[] encode(PhraseSet set) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(HEADER_BYTES + set.size() * (4 + Phrase.PACKED_BYTES));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeInt(set.size());
            out.writeInt(Phrase.PACKED_BYTES);
            for (int id : set.songIds()) out.writeInt(id);
            out.write(set.packedBytes());
        }
        return bytes.toByteArray();
    }

    static PhraseSet decode(byte[] bytes, Path file) throws DatasetFormatException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) throw new DatasetFormatException(file, "not a GenreShift phrase file");
            int version = in.getInt();
            if (version != FORMAT_VERSION) throw new DatasetFormatException(file, "phrase file version " + version + ", expected " + FORMAT_VERSION);
            int count = in.getInt();
            int phraseBytes = in.getInt();
            if (phraseBytes != Phrase.PACKED_BYTES) {
                throw new DatasetFormatException(file, "phrases of " + phraseBytes + " bytes, expected " + Phrase.PACKED_BYTES);
            }
            long expected = HEADER_BYTES + (long) count * (4 + Phrase.PACKED_BYTES);
            if (count < 0 || expected != bytes.length) {
                throw new DatasetFormatException(file, "size " + bytes.length + " bytes does not fit " + count + " phrases");
            }
            int[] ids = new int[count];
            for (int i = 0; i < count; i++) ids[i] = in.getInt();
            byte[] packed = new byte[count * Phrase.PACKED_BYTES];
            in.get(packed);
            return PhraseSet.ofPacked(packed, ids);
        } catch (BufferUnderflowException e) {
            throw new DatasetFormatException(file, "the file is truncated");
        }
    }

    private static Split split(String id, Path manifestFile) throws DatasetFormatException {
        for (Split s : Split.values()) if (s.id().equals(id)) return s;
        throw new DatasetFormatException(manifestFile, "unknown split '" + id + "'");
    }
}
