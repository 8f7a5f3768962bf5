package io.genreshift.app.shell;

import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every command of the window, with its menu text, icon (Ikonli Material Design 2 literal), shortcut and the
 * one-line help shown in the cheat-sheet. Menus, toolbar, tooltips and the {@code ?} sheet all read from here, so
 * a shortcut is defined once and shown everywhere (LMMS #6589: discoverable shortcuts).
 */
public enum ActionId {
    OPEN(Category.FILE, "Open…", "mdi2f-folder-open-outline", "Shortcut+O", "Open a MIDI file"),
    OPEN_DEMO(Category.FILE, "Open Demo Song", "mdi2f-file-music-outline", "Shortcut+Shift+O", "Open the bundled demo song"),
    EXPORT_MIDI(Category.FILE, "Export MIDI…", "mdi2c-content-save-outline", "Shortcut+S",
            "Save the version on screen as a MIDI file (tempo, velocities and programs kept)"),
    EXPORT_WAV(Category.FILE, "Export WAV…", "mdi2w-waveform", "Shortcut+Shift+E", "Render the version on screen to a WAV file"),
    EXPORT_PNG(Category.FILE, "Export PNG…", "mdi2i-image-outline", "Shortcut+Shift+P", "Save a picture of the whole song with its overlays"),
    PREFERENCES(Category.FILE, "Preferences…", "mdi2c-cog-outline", "Shortcut+,", "Theme, soundfont"),
    QUIT(Category.FILE, "Quit", "mdi2e-exit-to-app", "Shortcut+Q", "Close GenreShift (asks to save edits)"),

    UNDO(Category.EDIT, "Undo", "mdi2u-undo", "Shortcut+Z", "Undo the last edit"),
    REDO(Category.EDIT, "Redo", "mdi2r-redo", "Shortcut+Shift+Z", "Redo the edit you undid (also Ctrl+Y)"),
    SELECT_ALL(Category.EDIT, "Select All", "mdi2s-select-all", "Shortcut+A", "Select every note"),
    DELETE_NOTES(Category.EDIT, "Delete", "mdi2d-delete-outline", "DELETE", "Delete the selected notes (also Backspace)"),
    DUPLICATE(Category.EDIT, "Duplicate", "mdi2c-content-duplicate", "Shortcut+D", "Copy the selection right after itself"),
    TRANSPOSE_UP(Category.EDIT, "Transpose Up", "mdi2a-arrow-up", "UP", "Move the selection up a semitone"),
    TRANSPOSE_DOWN(Category.EDIT, "Transpose Down", "mdi2a-arrow-down", "DOWN", "Move the selection down a semitone"),
    OCTAVE_UP(Category.EDIT, "Octave Up", "mdi2a-arrow-collapse-up", "Shift+UP", "Move the selection up an octave"),
    OCTAVE_DOWN(Category.EDIT, "Octave Down", "mdi2a-arrow-collapse-down", "Shift+DOWN", "Move the selection down an octave"),
    QUANTIZE(Category.EDIT, "Quantize", "mdi2g-grid", "Q", "Snap the selection's starts and lengths to the grid"),
    SET_VELOCITY(Category.EDIT, "Set Velocity…", "mdi2v-volume-high", "Shortcut+Shift+V", "Give the selected notes one velocity"),
    TOOL_PENCIL(Category.EDIT, "Pencil Tool", "mdi2p-pencil-outline", "DIGIT1", "Click or drag to draw notes"),
    TOOL_SELECT(Category.EDIT, "Select Tool", "mdi2c-cursor-default-outline", "DIGIT2", "Click to select, drag a rubber band"),

    VIEW_ORIGINAL(Category.VIEW, "Original", "mdi2f-file-music-outline", "Alt+1", "Show the original song"),
    VIEW_TRANSFERRED(Category.VIEW, "Transferred", "mdi2a-auto-fix", "Alt+2", "Show the selected transferred version"),
    VIEW_DIFF(Category.VIEW, "Diff", "mdi2v-vector-difference", "Alt+3", "Kept, added and removed notes in colour"),
    GHOST_NOTES(Category.VIEW, "Ghost Notes of Original", "mdi2l-layers-outline", "Alt+G", "Show the original faintly under a transfer"),
    SALIENCY(Category.VIEW, "Saliency Overlay", "mdi2f-fire", "Alt+S", "Which cells made the classifier decide"),
    COLOUR_BY_TRACK(Category.VIEW, "Colour by Track", "mdi2p-palette-outline", "Alt+T", "One colour per source track"),
    ZOOM_IN(Category.VIEW, "Zoom In", "mdi2m-magnify-plus-outline", "Shortcut+=", "Zoom in on time"),
    ZOOM_OUT(Category.VIEW, "Zoom Out", "mdi2m-magnify-minus-outline", "Shortcut+-", "Zoom out on time"),
    ZOOM_FIT(Category.VIEW, "Zoom to Fit", "mdi2f-fit-to-page-outline", "Shortcut+0", "Show the whole song"),
    TOGGLE_THEME(Category.VIEW, "Dark Theme", "mdi2t-theme-light-dark", "Shortcut+Shift+D", "Switch light/dark"),

    TRANSFER(Category.TRANSFER, "Transfer", "mdi2a-auto-fix", "Shortcut+T", "Transfer the original to the target genre as a new version"),
    CANCEL_TASK(Category.TRANSFER, "Cancel Running Task", "mdi2c-close-circle-outline", "Shortcut+.", "Stop a transfer or render"),
    PREVIOUS_VERSION(Category.TRANSFER, "Previous Version", "mdi2h-history", "Alt+LEFT", "Switch to the previous version"),
    NEXT_VERSION(Category.TRANSFER, "Next Version", "mdi2h-history", "Alt+RIGHT", "Switch to the next version"),

    PLAY_PAUSE(Category.PLAY, "Play / Pause", "mdi2p-play", "SPACE", "Start or pause playback"),
    STOP(Category.PLAY, "Stop", "mdi2s-stop", "Shift+SPACE", "Stop and go back to the start (or the loop's start)"),
    REWIND(Category.PLAY, "Go to Start", "mdi2s-skip-previous", "HOME", "Move the playhead to the start"),
    AB_SWITCH(Category.PLAY, "A/B: Original ↔ Transfer", "mdi2s-swap-horizontal", "B",
            "Switch between original and transfer at the same position"),
    LOOP(Category.PLAY, "Loop Selection", "mdi2r-repeat", "L", "Loop the selected time range"),
    CATCH_PLAYHEAD(Category.PLAY, "Follow Playhead", "mdi2c-crosshairs-gps", "ENTER", "Scroll with the playhead again after a manual scroll"),

    LISTENING_STUDY(Category.TOOLS, "Listening Study…", "mdi2h-headphones", "Shortcut+Shift+L",
            "Take part in a blind listening study made with genreshift study create"),

    SHORTCUTS(Category.HELP, "Keyboard Shortcuts", "mdi2k-keyboard-outline", "?", "This list"),
    ABOUT(Category.HELP, "About GenreShift", "mdi2h-help-circle-outline", "Shift+F1", "Version and credits");

    /** Menu the action lives in, in menu-bar order. */
    public enum Category {
        FILE("File"), EDIT("Edit"), VIEW("View"), TRANSFER("Transfer"), PLAY("Play"), TOOLS("Tools"), HELP("Help");

        private final String title;

        Category(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final Category category;
    private final String text;
    private final String icon;
    private final String shortcut;
    private final String help;

    ActionId(Category category, String text, String icon, String shortcut, String help) {
        this.category = category;
        this.text = text;
        this.icon = icon;
        this.shortcut = shortcut;
        this.help = help;
    }

    public Category category() {
        return category;
    }

    public String text() {
        return text;
    }

    public String icon() {
        return icon;
    }

    public String help() {
        return help;
    }

    /**
     * The key combination, or null. A single character like "?" is matched by character with Shift in any state,
     * because on most layouts typing it needs Shift.
     */
    public KeyCombination accelerator() {
        if (shortcut == null) return null;
        return isCharacterShortcut() ? new KeyCharacterCombination(shortcut, KeyCombination.SHIFT_ANY) : KeyCombination.valueOf(shortcut);
    }

    /** True for shortcuts that are a typed character ("?") rather than a key: the window also watches KEY_TYPED. */
    public boolean isCharacterShortcut() {
        return shortcut != null && shortcut.length() == 1 && !Character.isLetterOrDigit(shortcut.charAt(0));
    }

    /** The typed character of a character shortcut, or null. */
    public String character() {
        return isCharacterShortcut() ? shortcut : null;
    }

    /** The shortcut as the platform writes it ("Ctrl+O"), or "" when there is none. */
    public String shortcutText() {
        if (isCharacterShortcut()) return shortcut;
        KeyCombination k = accelerator();
        return k == null ? "" : k.getDisplayText();
    }

    /** Tooltip text: the help plus the shortcut, e.g. "Open a MIDI file (Ctrl+O)". */
    public String tooltip() {
        String keys = shortcutText();
        return keys.isEmpty() ? help : help + " (" + keys + ")";
    }
}
