package io.genreshift.app.prefs;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RecentFilesTest {

    @Test
    void openedFileMovesToTheTopWithoutDuplicates() {
        RecentFiles r = RecentFiles.EMPTY.withOpened(Path.of("/a.mid")).withOpened(Path.of("/b.mid")).withOpened(Path.of("/a.mid"));
        assertThat(r.paths()).containsExactly(Path.of("/a.mid"), Path.of("/b.mid"));
    }

    @Test
    void keepsAtMostTenMostRecent() {
        RecentFiles r = RecentFiles.EMPTY;
        for (int i = 0; i < 14; i++) r = r.withOpened(Path.of("/song" + i + ".mid"));
        assertThat(r.paths()).hasSize(RecentFiles.LIMIT).first().isEqualTo(Path.of("/song13.mid"));
        assertThat(r.paths()).doesNotContain(Path.of("/song3.mid")).contains(Path.of("/song4.mid"));
    }

    @Test
    void pruningDropsFilesThatAreGone() {
        RecentFiles r = RecentFiles.EMPTY.withOpened(Path.of("/gone.mid")).withOpened(Path.of("/here.mid"));
        assertThat(r.pruned(p -> p.endsWith("here.mid")).paths()).containsExactly(Path.of("/here.mid"));
    }
}
