package io.genreshift.app.prefs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        // The failure reaches the caller (who tells the user), and nothing of the half-written file replaces the old one.
        assertThatThrownBy(() -> store.save(temp -> {
            Files.writeString(temp, "half");
            throw new IOException("disk full");
        }, null, "B")).isInstanceOf(IOException.class).hasMessageContaining("disk full");
        assertThat(Files.readString(store.pending().orElseThrow().midiFile())).isEqualTo("first");
        assertThat(store.pending().orElseThrow().title()).isEqualTo("A");
    }
}
