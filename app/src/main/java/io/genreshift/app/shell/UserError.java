package io.genreshift.app.shell;

import java.nio.file.Path;

/**
 * A problem told to the user: what went wrong ({@code title}), with which file, why, and what to try next.
 *
 * @param file the file involved, or null
 */
public record UserError(String title, Path file, String reason, String whatToTry) {

    public static UserError of(String title, Path file, Throwable cause, String whatToTry) {
        return new UserError(title, file, reasonOf(cause), whatToTry);
    }

    /** The most useful message in a cause chain (the deepest non-empty one wins over wrapper noise). */
    public static String reasonOf(Throwable t) {
        String best = null;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                best = best == null ? c.getMessage() : best;
            }
            if (c.getCause() == c) break;
        }
        return best != null ? best : t.getClass().getSimpleName();
    }

    /**
     * What the operating system said, without wrappers or temporary file names: "No space left on device",
     * "Read-only file system". For the message of a failed write.
     */
    public static String rootReasonOf(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        if (root instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) return fse.getReason();
        return reasonOf(root);
    }

    /** Plain text for the dialog body and logs. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (file != null) sb.append("File: ").append(file).append("\n\n");
        sb.append(reason);
        if (whatToTry != null && !whatToTry.isBlank()) sb.append("\n\nWhat to try: ").append(whatToTry);
        return sb.toString();
    }
}
