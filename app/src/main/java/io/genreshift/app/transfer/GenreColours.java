package io.genreshift.app.transfer;

import javafx.scene.paint.Color;

/** One colour per genre, the same in the genre strip, its legend and the transfer panel. */
public final class GenreColours {
    private GenreColours() {
    }

    public static Color of(String genre) {
        return switch (genre) {
            case "jazz" -> Color.web("#8250df");
            case "classic" -> Color.web("#0969da");
            case "pop" -> Color.web("#e16f24");
            default -> Color.web("#6e7781");
        };
    }
}
