package io.genreshift.app.transfer;

import java.util.List;
import java.util.Locale;

/** The genre names the models use ("jazz", "classic", "pop") and how the UI writes them. */
public final class Genres {
    public static final List<String> ALL = List.of("jazz", "classic", "pop");

    private Genres() {
    }

    /** "jazz" -> "Jazz". */
    public static String display(String genre) {
        if (genre == null || genre.isEmpty()) return "";
        return genre.substring(0, 1).toUpperCase(Locale.ROOT) + genre.substring(1);
    }
}
