package io.genreshift.core.midi;

import java.io.IOException;
import java.util.Objects;

/**
 * A MIDI file that could not be read, with a {@link Reason} callers can branch on (the corpus report counts them)
 * and a message for people that names the file, says what is wrong and what to do about it.
 */
public final class MidiReadException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why a file was rejected. Each constant carries the advice shown to the user. */
    public enum Reason {
        EMPTY("Choose a file that contains music."),
        NOT_MIDI("Choose a Standard MIDI File (.mid/.midi)."),
        TRUNCATED("The file is incomplete (an interrupted download or copy?); get a complete copy."),
        UNSUPPORTED_FORMAT("Re-save it as MIDI type 0 or 1 in a sequencer."),
        SMPTE_TIMING("Re-save it with musical (ticks per quarter note) timing in a sequencer."),
        CORRUPT("The file is damaged; re-export it from the program that made it."),
        TOO_LARGE("Split the piece or remove dense controller/note data, then try again."),
        TOO_LONG("Its events lie absurdly far apart in time; re-export it from a sequencer."),
        IO_ERROR("Check that the file exists and is readable.");

        private final String advice;

        Reason(String advice) {
            this.advice = advice;
        }

        public String advice() {
            return advice;
        }
    }

    private final String file;
    private final Reason reason;
    private final String detail;

    public MidiReadException(String file, Reason reason, String detail) {
        this(file, reason, detail, null);
    }

    public MidiReadException(String file, Reason reason, String detail, Throwable cause) {
        super("Cannot read '" + file + "': " + detail + " [" + reason + "]. " + reason.advice(), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** The file name (or path) as the caller gave it. */
    public String file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }

    /** What exactly was wrong, without the file name and advice. */
    public String detail() {
        return detail;
    }
}
