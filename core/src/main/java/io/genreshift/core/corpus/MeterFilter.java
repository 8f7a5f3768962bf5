package io.genreshift.core.corpus;

import io.genreshift.core.model.Song;
import io.genreshift.core.model.TimeSignature;

import java.util.List;
import java.util.Optional;

/**
 * Which meters a corpus accepts. Both keep every 64-step phrase on a downbeat: their bars divide 64 sixteenths.
 * {@link #check} is the reference's strict whole-file rule ({@link MeterRule#STRICT}); {@link #accepts} judges one
 * meter, for the musical rule that keeps the accepted spans of a song.
 */
public enum MeterFilter {
    /** The reference filter (spec §1.1): exactly one 4/4 time signature, at tick 0. */
    FOUR_FOUR("4/4"),
    /** Also 2/4 and 2/2: their bars still divide a 64-step phrase evenly (8 or 4 bars), so phrases stay on downbeats. */
    DUPLE("duple");

    private final String id;

    MeterFilter(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Parses the {@code --meters} value: {@code 4/4} or {@code duple}. */
    public static MeterFilter parse(String text) {
        for (MeterFilter f : values()) if (f.id.equalsIgnoreCase(text.trim())) return f;
        throw new IllegalArgumentException("unknown meter filter '" + text + "'; use 4/4 or duple");
    }

    /** Whether bars of {@code meter} may be cut into phrases. */
    public boolean accepts(TimeSignature meter) {
        return this == FOUR_FOUR ? meter.isFourFour() : meter.isDuple();
    }

    /** Under the strict rule: why {@code song} is rejected, or empty if it passes. */
    public Optional<Rejection> check(Song song) {
        List<TimeSignature> meters = song.meters();
        if (meters.isEmpty()) return Optional.of(Rejection.NO_METER);
        if (meters.size() > 1) return Optional.of(Rejection.METER_CHANGES);
        TimeSignature only = meters.get(0);
        if (only.tick() != 0) return Optional.of(Rejection.METER_NOT_AT_START);
        boolean accepted = accepts(only);
        return accepted ? Optional.empty() : Optional.of(Rejection.OTHER_METER);
    }
}
