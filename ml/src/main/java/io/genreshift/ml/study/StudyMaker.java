package io.genreshift.ml.study;

import io.genreshift.core.audio.GervillRenderer;
import io.genreshift.core.metrics.ContentChange;
import io.genreshift.core.midi.MidiWriter;
import io.genreshift.core.model.Song;
import io.genreshift.core.study.KeyedClip;
import io.genreshift.core.study.StudyClip;
import io.genreshift.core.study.StudyDefinition;
import io.genreshift.core.study.StudyFiles;
import io.genreshift.core.study.StudyKey;
import io.genreshift.core.study.StudySnippet;
import io.genreshift.ml.io.ModelCache;
import io.genreshift.ml.io.ModelLibrary;
import io.genreshift.ml.io.TransferDirection;
import io.genreshift.ml.model.Variant;
import io.genreshift.ml.transfer.GenreTransfer;
import io.genreshift.ml.transfer.ProgressMonitor;
import io.genreshift.ml.transfer.SongTransferResult;
import io.genreshift.ml.transfer.TransferRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Makes a listening-study folder ({@link StudyFiles}): every snippet is transferred with every variant, the original
 * and the transfers are rendered to WAV, the clips get random ids and a shuffled order, and the ids' variants go into
 * the key. Files are written in an order that makes a kill harmless: audio, then the key, then {@code study.json} last,
 * so a folder with a {@code study.json} is always a complete study.
 */
public final class StudyMaker {
    private final ModelCache models;
    private final GervillRenderer renderer;
    private final Consumer<String> progress;

    public StudyMaker(ModelCache models, GervillRenderer renderer, Consumer<String> progress) {
        this.models = models;
        this.renderer = renderer;
        this.progress = progress;
    }

    /**
     * Checks before any work that the variants are at least two and that every one has generators for both directions.
     *
     * @throws IllegalArgumentException naming what is missing and what there is
     */
    public static void checkVariants(ModelLibrary library, List<String> pair, List<Variant> variants) {
        if (variants.size() < 2) {
            throw new IllegalArgumentException("a study compares at least 2 variants, got " + variants.size() + " ("
                    + ids(variants) + "); pass e.g. --variants base,sn");
        }
        for (TransferDirection d : List.of(new TransferDirection(pair.get(0), pair.get(1)), new TransferDirection(pair.get(1), pair.get(0)))) {
            for (Variant v : variants) {
                if (library.generator(d, v).isEmpty()) {
                    throw new IllegalArgumentException("no generator " + d + " (" + v.id() + ") in " + library.folder()
                            + "; variants there for " + d + ": " + ids(library.variants(d).stream().sorted().toList())
                            + ". Train it with genreshift train, or leave it out of --variants");
                }
            }
        }
    }

    public StudyDefinition make(StudyFiles out, String title, List<String> pair, int bars, long seed, List<SnippetChoice> choices,
                                List<Variant> variants) throws IOException {
        if (Files.exists(out.studyFile())) {
            throw new IOException(out.folder() + " already holds a study (" + StudyFiles.STUDY + "); its results would no "
                    + "longer match. Choose another output folder or delete it");
        }
        Random random = new Random(seed ^ 0x5EED5EEDL);
        List<StudySnippet> snippets = new ArrayList<>();
        List<KeyedClip> key = new ArrayList<>();
        GenreTransfer transfer = new GenreTransfer(models);
        for (int i = 0; i < choices.size(); i++) {
            SnippetChoice choice = choices.get(i);
            String id = String.format(Locale.ROOT, "s%02d", i + 1);
            Song original = choice.excerpt();
            progress.accept(String.format(Locale.ROOT, "snippet %d of %d: %s bars %s, %s->%s", i + 1, choices.size(),
                    choice.source().getFileName(), choice.bars(), choice.from(), choice.to()));
            String originalAudio = "audio/" + id + "-original.wav";
            render(out, original, id + "-original");
            List<StudyClip> clips = new ArrayList<>();
            for (Variant v : variants) {
                String clipId = id + "-" + HexFormat.of().toHexDigits(random.nextInt()).substring(0, 6);
                SongTransferResult result = transfer.transfer(original, TransferRequest.to(choice.to()).withSource(choice.from())
                        .withVariant(v), ProgressMonitor.NONE);
                render(out, result.transferred(), clipId);
                clips.add(new StudyClip(clipId, "audio/" + clipId + ".wav"));
                ContentChange c = result.details().change();
                key.add(new KeyedClip(id, clipId, v.id(), c.added(), c.removed(), c.sourceCells()));
            }
            Collections.shuffle(clips, random);
            snippets.add(new StudySnippet(id, choice.from(), choice.to(), choice.source().toString(), choice.bars(),
                    originalAudio, clips));
        }
        StudyDefinition study = new StudyDefinition(StudyDefinition.VERSION, title, pair, bars, seed, snippets);
        out.writeKey(new StudyKey(StudyDefinition.VERSION, key));
        out.writeStudy(study);
        return study;
    }

    /** Writes {@code audio/<name>.mid} and {@code .wav}; the MIDI lets a coordinator look at a clip in the editor. */
    private void render(StudyFiles out, Song song, String name) throws IOException {
        MidiWriter.write(song, out.resolve("audio/" + name + ".mid"));
        renderer.renderToWav(MidiWriter.toSequence(song), out.resolve("audio/" + name + ".wav"), p -> { }, () -> false);
    }

    private static String ids(List<Variant> variants) {
        return variants.isEmpty() ? "none" : variants.stream().map(Variant::id).collect(Collectors.joining(", "));
    }
}
