package io.genreshift.app.listen;

/** Whether live playback can work here, and if not, why, in words for the user. */
public record AudioAvailability(boolean playable, String reason) {
    public static final AudioAvailability OK = new AudioAvailability(true, "");

    public static AudioAvailability unavailable(String reason) {
        return new AudioAvailability(false, reason);
    }
}
