package io.genreshift.core.midi.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** jqwik generators for {@link MidiMutation}s, weighted toward values that break parsers (limits, 0, all ones). */
final class MidiMutations {
    private MidiMutations() {
    }

    static Arbitrary<MidiMutation> any() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, bitFlip()),
                Tuple.of(2, insert()),
                Tuple.of(2, delete()),
                Tuple.of(1, truncate()),
                Tuple.of(2, chunkLength()),
                Tuple.of(4, trackEvents()),
                Tuple.of(1, stripStatus()),
                Tuple.of(1, zeroLengthTrack()),
                Tuple.of(2, headerField()),
                Tuple.of(1, tempo()));
    }

    private static Arbitrary<Double> fraction() {
        return Arbitraries.doubles().between(0, 1).withSpecialValue(0.0).withSpecialValue(0.999_999);
    }

    private static Arbitrary<MidiMutation> bitFlip() {
        return Combinators.combine(fraction(), Arbitraries.integers().between(0, 7)).as(MidiMutation.BitFlip::new);
    }

    private static Arbitrary<MidiMutation> insert() {
        return Combinators.combine(fraction(), Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64))
                .as(MidiMutation.Insert::new);
    }

    private static Arbitrary<MidiMutation> delete() {
        return Combinators.combine(fraction(), Arbitraries.integers().between(1, 256)).as(MidiMutation.Delete::new);
    }

    private static Arbitrary<MidiMutation> truncate() {
        return fraction().map(MidiMutation.Truncate::new);
    }

    private static Arbitrary<MidiMutation> chunkLength() {
        Arbitrary<Long> length = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 0xFFFF_FFFFL),
                Arbitraries.of(0L, 1L, 5L, 6L, 7L, 0x7FFF_FFFFL, 0x8000_0000L, 0xFFFF_FFFFL));
        return Combinators.combine(Arbitraries.integers().between(0, 64), length).as(MidiMutation.ChunkLength::new);
    }

    /** Event bytes that stress the track parser. */
    private static Arbitrary<byte[]> hostileEvents() {
        return Arbitraries.oneOf(
                // the largest 4-byte delta time (2^28 - 1 ticks), then a note
                Arbitraries.just(bytes(0xFF, 0xFF, 0xFF, 0x7F, 0x90, 60, 100)),
                // a 5-byte variable-length value (illegal)
                Arbitraries.just(bytes(0x81, 0x80, 0x80, 0x80, 0x00, 0x90, 60, 100)),
                // a meta event claiming 2^28 - 1 bytes
                Arbitraries.just(bytes(0x00, 0xFF, 0x01, 0xFF, 0xFF, 0xFF, 0x7F)),
                // a sysex claiming 2^28 - 1 bytes
                Arbitraries.just(bytes(0x00, 0xF0, 0xFF, 0xFF, 0xFF, 0x7F)),
                // data bytes with no status in force (running-status abuse at the start of a track)
                Arbitraries.just(bytes(0x00, 60, 100, 0x00, 62, 100)),
                // running status after a meta event, then after a sysex
                Arbitraries.just(bytes(0x00, 0x90, 60, 100, 0x00, 0xFF, 0x01, 0x00, 0x10, 62, 100, 0x00, 0xF0, 0x01, 0xF7, 0x10, 64, 0)),
                // a note that never ends, far away
                Arbitraries.just(bytes(0xFF, 0xFF, 0xFF, 0x7F, 0x90, 40, 100, 0xFF, 0xFF, 0xFF, 0x7F, 0xFF, 0x2F, 0x00)),
                // tempo 0, tempo maximal, meter with absurd denominator, meter 0/x
                Arbitraries.just(bytes(0x00, 0xFF, 0x51, 0x03, 0, 0, 0, 0x00, 0xFF, 0x51, 0x03, 0xFF, 0xFF, 0xFF)),
                Arbitraries.just(bytes(0x00, 0xFF, 0x58, 0x04, 255, 255, 24, 8, 0x00, 0xFF, 0x58, 0x04, 0, 2, 24, 8)),
                Arbitraries.just(bytes(0x00, 0xFF, 0x58, 0x04, 7, 3, 24, 8, 0x00, 0xFF, 0x58, 0x01, 3)),
                // status bytes of system messages in the event stream
                Arbitraries.just(bytes(0x00, 0xF1, 0x00, 0xF2, 0x00, 0x00, 0xF8, 0x00, 0xF3)),
                // many simultaneous note-ons of one key (nested re-strikes), no offs
                Arbitraries.just(repeat(bytes(0x00, 0x90, 60, 100), 200)),
                // random event bytes
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(48));
    }

    private static Arbitrary<MidiMutation> trackEvents() {
        return Combinators.combine(Arbitraries.integers().between(0, 64), fraction(), hostileEvents()).as(MidiMutation.TrackEvents::new);
    }

    private static Arbitrary<MidiMutation> stripStatus() {
        return Combinators.combine(Arbitraries.integers().between(0, 64), fraction(), fraction()).as(MidiMutation.StripStatus::new);
    }

    private static Arbitrary<MidiMutation> zeroLengthTrack() {
        return Arbitraries.integers().between(0, 64).map(MidiMutation.ZeroLengthTrack::new);
    }

    private static Arbitrary<MidiMutation> headerField() {
        Arbitrary<Integer> value = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 0xFFFF),
                // absurd PPQ: 0, 1, below a sixteenth, the largest, SMPTE
                Arbitraries.of(0, 1, 2, 3, 4, 5, 7, 1024, 0x7FFF, 0x8000, 0xE728, 0xFFFF));
        return Combinators.combine(Arbitraries.integers().between(0, 2), value).as(MidiMutation.HeaderField::new);
    }

    private static Arbitrary<MidiMutation> tempo() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 0xFFFFFF), Arbitraries.of(0, 1, 2, 0xFFFFFF))
                .map(MidiMutation.Tempo::new);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) out[i] = (byte) values[i];
        return out;
    }

    private static byte[] repeat(byte[] unit, int times) {
        byte[] out = new byte[unit.length * times];
        for (int i = 0; i < times; i++) System.arraycopy(unit, 0, out, i * unit.length, unit.length);
        return out;
    }
}
