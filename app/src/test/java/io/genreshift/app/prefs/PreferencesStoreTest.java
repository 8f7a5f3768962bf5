package io.genreshift.app.prefs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesStoreTest {
    @TempDir
    Path dir;

    @Test
    void savedPreferencesComeBack() throws Exception {
        PreferencesStore store = new PreferencesStore(dir);
        AppPreferences p = AppPreferences.DEFAULT.withTheme(Theme.DARK).withSoundfont(Path.of("/sf/Gm.sf2"))
                .withLastFolder(Path.of("/music")).withWindow(new WindowLayout(10, 20, 1500, 900, true, 0.6))
                .withRecent(RecentFiles.EMPTY.withOpened(Path.of("/music/x.mid"))).withColourByTrack(true);
        store.save(p);
        assertThat(store.load()).isEqualTo(p);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("preferences.json");
        }
    }

    @Test
    void damagedFileFallsBackToDefaults() throws Exception {
        Files.writeString(dir.resolve("preferences.json"), "{ theme: ");
        assertThat(new PreferencesStore(dir).load()).isEqualTo(AppPreferences.DEFAULT);
    }

    @Test
    void missingFieldsTakeTheirDefaults() throws Exception {
        Files.writeString(dir.resolve("preferences.json"), "{\"theme\":\"DARK\",\"window\":{\"width\":1920}}");
        AppPreferences p = new PreferencesStore(dir).load();
        assertThat(p.theme()).isEqualTo(Theme.DARK);
        assertThat(p.window().width()).isEqualTo(1920);
        assertThat(p.window().height()).isEqualTo(WindowLayout.DEFAULT.height());
        assertThat(p.recent().isEmpty()).isTrue();
    }

    @Test
    void configDirectoryFollowsThePlatform() {
        assertThat(ConfigDirectory.resolve(null, "Linux", "/home/u", Map.of())).isEqualTo(Path.of("/home/u/.config/genreshift"));
        assertThat(ConfigDirectory.resolve(null, "Linux", "/home/u", Map.of("XDG_CONFIG_HOME", "/x"))).isEqualTo(Path.of("/x/genreshift"));
        assertThat(ConfigDirectory.resolve(null, "Mac OS X", "/Users/u", Map.of()))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/GenreShift"));
        assertThat(ConfigDirectory.resolve("/override", "Linux", "/home/u", Map.of())).isEqualTo(Path.of("/override"));
    }
}
