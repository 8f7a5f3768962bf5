package io.genreshift.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * How {@code genreshift} was asked to start: the editor (no arguments, {@code --open FILE}, or a single MIDI file)
 * or a command-line tool (anything else goes to picocli). Pure, so the rules are unit-tested.
 *
 * @param openFile the song to open in the editor, or null for the demo song
 */
public record LaunchMode(boolean gui, Path openFile) {

    public static LaunchMode of(String[] args) {
        if (args.length == 0) return new LaunchMode(true, null);
        if (args.length == 2 && args[0].equals("--open")) return new LaunchMode(true, Path.of(args[1]));
        if (args.length == 1 && args[0].startsWith("--open=")) return new LaunchMode(true, Path.of(args[0].substring(7)));
        if (args.length == 1 && !args[0].startsWith("-") && args[0].toLowerCase(Locale.ROOT).matches(".*\\.(mid|midi|kar)$")) {
            return new LaunchMode(true, Path.of(args[0]));
        }
        return new LaunchMode(false, null);
    }

    /**
     * Whether a window can be shown: on Linux and BSD that needs an X11 or Wayland display (or the headless Monocle
     * platform the tests select); Windows and macOS always have a desktop.
     */
    public static boolean displayAvailable(String osName, Map<String, String> env, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) return true;
        if (glassPlatform != null && !glassPlatform.isBlank()) return true;
        return notBlank(env.get("DISPLAY")) || notBlank(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
