package io.genreshift.core.corpus;

/** How the meter filter reads a file's time signatures ({@code --meter-rule}). */
public enum MeterRule {
    /**
     * Judges the meter, not the events: repeated identical time signatures are one meter, and a song whose meter
     * changes gives phrases from its spans in an accepted meter, cut at their bar lines. The default.
     */
    MUSICAL("musical"),
    /**
     * The reference's rule (spec §1.1): exactly one time-signature event, at tick 0, in an accepted meter; anything
     * else rejects the file. Gives the same phrases as preparations made before the musical rule existed.
     */
    STRICT("strict");

    private final String id;

    MeterRule(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Parses the {@code --meter-rule} value: {@code musical} or {@code strict}. */
    public static MeterRule parse(String text) {
        for (MeterRule r : values()) if (r.id.equalsIgnoreCase(text.trim())) return r;
        throw new IllegalArgumentException("unknown meter rule '" + text + "'; use musical or strict");
    }
}
