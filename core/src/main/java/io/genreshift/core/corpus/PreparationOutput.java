package io.genreshift.core.corpus;

import io.genreshift.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a {@link PreparedCorpus} to a folder: the dataset ({@link DatasetFiles}), {@code report.json} (whose SHA-256
 * the dataset records), {@code report.txt}, {@code songs.tsv} (song id → file, per genre) and {@code rejected.tsv}.
 */
final class PreparationOutput {
    static final String REPORT_JSON = "report.json";

    private PreparationOutput() {
    }

    static void write(PreparedCorpus corpus, Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve(REPORT_JSON), corpus.report().toJson());
        AtomicFiles.writeString(dir.resolve("report.txt"), corpus.report().toText());
        StringBuilder songs = new StringBuilder("genre\tsong_id\tsplit\tphrases\tbars_kept\tbars_dropped\tfile\n");
        for (PreparedCorpus.SongEntry s : corpus.songs()) {
            songs.append(s.genre()).append('\t').append(s.id()).append('\t').append(s.split().id()).append('\t')
                    .append(s.phrases()).append('\t').append(s.bars().kept()).append('\t').append(s.bars().dropped())
                    .append('\t').append(s.file()).append('\n');
        }
        AtomicFiles.writeString(dir.resolve("songs.tsv"), songs.toString());
        StringBuilder rejected = new StringBuilder("genre\treason\tfile\tdetail\n");
        for (PreparedCorpus.RejectedFile r : corpus.rejected()) {
            rejected.append(r.genre()).append('\t').append(r.reason()).append('\t').append(r.file()).append('\t')
                    .append(r.detail().replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        AtomicFiles.writeString(dir.resolve("rejected.tsv"), rejected.toString());
        // Last: the manifest, which makes the folder a valid dataset.
        DatasetFiles.write(corpus.dataset(), dir);
    }
}
