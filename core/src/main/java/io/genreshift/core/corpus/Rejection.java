package io.genreshift.core.corpus;

/** Why corpus preparation left a file out; the report counts files per reason. */
public enum Rejection {
    UNREADABLE("unreadable MIDI"),
    DUPLICATE("exact duplicate of an earlier file"),
    NO_METER("no time signature"),
    METER_CHANGES("more than one time signature"),
    METER_NOT_AT_START("time signature not at tick 0"),
    OTHER_METER("meter not accepted by the filter"),
    NO_ACCEPTED_BARS("no 4 whole bars in an accepted meter"),
    NO_PHRASES("no 4-bar phrase with more than one active cell");

    private final String description;

    Rejection(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
