package io.genreshift.app.study;

import io.genreshift.core.study.KeyedClip;
import io.genreshift.core.study.StudyClip;
import io.genreshift.core.study.StudyDefinition;
import io.genreshift.core.study.StudyFiles;
import io.genreshift.core.study.StudyKey;
import io.genreshift.core.study.StudySnippet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A two-snippet study folder without audio (the tests' player only records which file it was asked for): snippet s01
 * classic→pop and s02 pop→classic, each transferred by base and sn. Content change: base 0.5 and 0.3, sn 0.1 and 0.2.
 */
final class StudyFolders {
    private StudyFolders() {
    }

    static StudyFiles twoSnippets(Path folder) throws IOException {
        StudyFiles files = new StudyFiles(folder);
        files.writeKey(new StudyKey(StudyDefinition.VERSION, List.of(
                new KeyedClip("s01", "s01-aaaaaa", "base", 3, 2, 10),
                new KeyedClip("s01", "s01-bbbbbb", "sn", 1, 0, 10),
                new KeyedClip("s02", "s02-cccccc", "sn", 1, 1, 10),
                new KeyedClip("s02", "s02-dddddd", "base", 2, 1, 10))));
        files.writeStudy(new StudyDefinition(StudyDefinition.VERSION, "classic / pop", List.of("classic", "pop"), 8, 1, List.of(
                snippet("s01", "classic", "pop", "s01-aaaaaa", "s01-bbbbbb"),
                snippet("s02", "pop", "classic", "s02-cccccc", "s02-dddddd"))));
        return files;
    }

    private static StudySnippet snippet(String id, String from, String to, String... clips) {
        return new StudySnippet(id, from, to, id + ".mid", "1-8", "audio/" + id + "-original.wav",
                java.util.Arrays.stream(clips).map(c -> new StudyClip(c, "audio/" + c + ".wav")).toList());
    }

    /** Records the clips it is asked to play. */
    static final class RecordingPlayer implements ClipPlayer {
        final java.util.List<Path> played = new java.util.ArrayList<>();
        int stops;
        boolean closed;

        @Override
        public void play(Path wav) {
            played.add(wav);
        }

        @Override
        public void stop() {
            stops++;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
