package io.genreshift.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LaunchModeTest {

    @Test
    void noArgumentsOpensTheEditorOnTheDemo() {
        assertThat(LaunchMode.of(new String[0])).isEqualTo(new LaunchMode(true, null));
    }

    @Test
    void openFileOrALoneMidiFileOpensTheEditorOnIt() {
        assertThat(LaunchMode.of(new String[] {"--open", "x.mid"})).isEqualTo(new LaunchMode(true, Path.of("x.mid")));
        assertThat(LaunchMode.of(new String[] {"song.MIDI"})).isEqualTo(new LaunchMode(true, Path.of("song.MIDI")));
    }

    @Test
    void commandsGoToTheCommandLine() {
        assertThat(LaunchMode.of(new String[] {"render", "a.mid", "-o", "a.wav"}).gui()).isFalse();
        assertThat(LaunchMode.of(new String[] {"--help"}).gui()).isFalse();
        assertThat(LaunchMode.of(new String[] {"info"}).gui()).isFalse();
    }

    @Test
    void linuxNeedsADisplay() {
        assertThat(LaunchMode.displayAvailable("Linux", Map.of(), null)).isFalse();
        assertThat(LaunchMode.displayAvailable("Linux", Map.of("DISPLAY", ":0"), null)).isTrue();
        assertThat(LaunchMode.displayAvailable("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null)).isTrue();
        assertThat(LaunchMode.displayAvailable("Linux", Map.of(), "Monocle")).isTrue();
        assertThat(LaunchMode.displayAvailable("Windows 11", Map.of(), null)).isTrue();
    }
}
