package io.genreshift.core.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NearDuplicatesTest {
    @TempDir
    Path dir;

    @Test
    void pairsAreJoinedTransitivelyRelativeToTheListsFolder() throws Exception {
        Path tsv = Files.writeString(dir.resolve("NEAR_DUPLICATES_WITHIN.tsv"),
                "file_a\tfile_b\tscore\tnote\nA.mid\tB.mid\t0.9\tsame tune\nC.mid\tB.mid\t0.7\t\n\n");

        NearDuplicates groups = NearDuplicates.read(List.of(tsv));

        assertThat(groups.groupOf(dir.resolve("A.mid"))).isEqualTo(groups.groupOf(dir.resolve("C.mid")));
        assertThat(groups.groupOf(dir.resolve("D.mid"))).isEqualTo(dir.resolve("D.mid"));
        assertThat(groups.groupOf(dir.resolve("D.mid"))).isNotEqualTo(groups.groupOf(dir.resolve("A.mid")));
    }

    @Test
    void aMalformedLineNamesTheFileAndLine() throws Exception {
        Path tsv = Files.writeString(dir.resolve("NEAR_DUPLICATES.tsv"), "a\tb\nonly-one-column\n");

        assertThatThrownBy(() -> NearDuplicates.read(List.of(tsv))).hasMessageContaining("NEAR_DUPLICATES.tsv line 2");
    }

    @Test
    void recognisesListFilesByName() {
        assertThat(NearDuplicates.isListFile(Path.of("x/NEAR_DUPLICATES_WITHIN.tsv"))).isTrue();
        assertThat(NearDuplicates.isListFile(Path.of("x/_file_stats.tsv"))).isFalse();
    }
}
