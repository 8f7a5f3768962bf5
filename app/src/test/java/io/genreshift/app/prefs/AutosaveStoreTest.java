package io.genreshift.app.prefs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AutosaveStoreTest {
    @TempDir
    Path dir;

    @Test
    void anAutosaveIsPendingUntilCleared() throws Exception {
        AutosaveStore store = new AutosaveStore(dir);
        assertThat(store.pending()).isEmpty();
        store.save(temp -> Files.writeString(temp, "MThd..."), Path.of("/music/song.mid"), "Song");
        AutosaveStore.Entry e = store.pending().orElseThrow();
        assertThat(e.sourceFile()).isEqualTo(Path.of("/music/song.mid"));
        assertThat(e.title()).isEqualTo("Song");
        assertThat(Files.readString(e.midiFile())).isEqualTo("MThd...");
        store.clear();
        assertThat(store.pending()).isEmpty();
    }

    @Test
    void aFailedWriteLeavesTheOldAutosave() throws Exception {
        AutosaveStore store = new AutosaveStore(dir);
        store.save(temp -> Files.writeString(temp, "first"), null, "A");
        try {
            store.save(temp -> {
                Files.writeString(temp, "half");
                throw new IOException("disk full");
            }, null, "B");
        } catch (IOException expected) {
            // the point of the test
        }
        assertThat(Files.readString(store.pending().orElseThrow().midiFile())).isEqualTo("first");
    }
}
