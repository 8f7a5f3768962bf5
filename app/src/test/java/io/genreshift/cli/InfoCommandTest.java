package io.genreshift.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.genreshift.core.midi.MidiWriter;
import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoChange;
import io.genreshift.core.model.TempoMap;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.model.TrackInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InfoCommandTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    /** 9 bars of 4/4 at 96 ppq: a piano playing C4..E5 sixteenths, a bass, drums and one note too low for the roll. */
    private Path band(List<TimeSignature> meters) throws Exception {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 9 * 16; i++) notes.add(new Note(60 + i % 17, i * 24L, 24, 90, 0, 0, 1));
        notes.add(new Note(36, 0, 384, 80, 1, 33, 2));
        notes.add(new Note(20, 384, 96, 80, 1, 33, 2));
        for (int i = 0; i < 8; i++) notes.add(new Note(42, i * 96L, 24, 100, 9, 0, 3));
        TempoMap tempo = new TempoMap(96, List.of(new TempoChange(0, 500_000), new TempoChange(384, 600_000)));
        Song song = new Song("band", 96, tempo, meters, List.of(new TrackInfo(0, "Conductor", 0, 0, false),
                new TrackInfo(1, "Piano", 0, 0, false), new TrackInfo(2, "Bass", 1, 33, false), new TrackInfo(3, "Drums", 9, 0, true)),
                notes, 9 * 384);
        Path file = dir.resolve("band.mid");
        MidiWriter.write(song, file);
        return file;
    }

    @Test
    void printsTracksTempoMeterNotesRangeAndPhrases() throws Exception {
        Path file = band(List.of(TimeSignature.FOUR_FOUR));

        int exit = cli.execute("info", file.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains("band.mid")
                .contains("120.0 BPM at the start, 1 changes, 100.0..120.0 BPM")
                .contains("meter      4/4")
                .contains("notes      154 (146 pitched, 8 drums)")
                .contains("G#0 (20) .. E5 (76)")
                // 9 bars: two phrases and the 9th bar as a padded third, as a transfer cuts it
                .contains("144 steps, 3 phrases for a transfer (3 with more than one cell), 1 notes outside C1..B7")
                .contains("meter map  bar 1: 4/4\n")
                .contains("4/4 filter 8 of 9 bars in 4/4 phrases; reference strict rule passes")
                .containsPattern("Piano +1 +0 +144")
                .containsPattern("Drums +10 +0 +yes +8");
    }

    @Test
    void theMeterMapNamesEveryChangeWithItsBarAndIgnoresRepeats() throws Exception {
        Path file = band(List.of(TimeSignature.FOUR_FOUR, new TimeSignature(96, 4, 4), new TimeSignature(384 * 4, 3, 4)));

        int exit = cli.execute("info", file.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains("meter map  bar 1: 4/4, bar 5: 3/4 (tick 1536)")
                .contains("4/4 filter 4 of 11 bars in 4/4 phrases; reference strict rule fails");
    }

    @Test
    void aFileInFourFourWithRepeatedTimeSignaturesIsNotCalledAnotherMeter() throws Exception {
        Path file = band(List.of(TimeSignature.FOUR_FOUR, new TimeSignature(384 * 4, 4, 4)));

        int exit = cli.execute("info", file.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).contains("meter map  bar 1: 4/4").doesNotContain("3/4")
                .contains("reference strict rule fails: 4/4 throughout, but written as 2 time signatures");
    }

    @Test
    void jsonHasTheSameFacts() throws Exception {
        Path file = band(List.of(TimeSignature.FOUR_FOUR, new TimeSignature(384 * 4, 3, 4)));

        int exit = cli.execute("info", file.toString(), "--json");

        assertThat(exit).as(cli.err()).isZero();
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertThat(json.get("notes").getAsInt()).isEqualTo(154);
        // 4 bars of 4/4 make one phrase; the 3/4 bars after them are left to the original, as a transfer does
        assertThat(json.get("phrases").getAsInt()).isEqualTo(1);
        assertThat(json.get("strictFourFour").getAsBoolean()).isFalse();
        assertThat(json.getAsJsonArray("meters")).hasSize(2);
        assertThat(json.getAsJsonArray("meterMap").get(1).getAsJsonObject().get("bar").getAsInt()).isEqualTo(5);
        assertThat(json.getAsJsonObject("fourFourBars").get("kept").getAsInt()).isEqualTo(4);
        assertThat(json.getAsJsonArray("tracks").get(3).getAsJsonObject().get("drums").getAsBoolean()).isTrue();
        assertThat(json.getAsJsonArray("tempos")).hasSize(2);
    }

    @Test
    void severalFilesAreShownInTurnAndAnUnreadableOneDoesNotStopTheOthers() throws Exception {
        Path first = band(List.of(TimeSignature.FOUR_FOUR));
        Path second = Files.copy(first, dir.resolve("band-copy.mid"));
        Path broken = Files.writeString(dir.resolve("broken.mid"), "hello");

        int exit = cli.execute("info", first.toString(), broken.toString(), second.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.out()).contains("band.mid").contains("band-copy.mid").doesNotContain("broken.mid");
        assertThat(cli.out().split("notes      154", -1)).hasSize(3);
        assertThat(cli.err()).contains("broken.mid").contains("NOT_MIDI");
    }

    @Test
    void severalFilesGiveAJsonArray() throws Exception {
        Path first = band(List.of(TimeSignature.FOUR_FOUR));
        Path second = Files.copy(first, dir.resolve("band-copy.mid"));

        int exit = cli.execute("info", "--json", first.toString(), second.toString());

        assertThat(exit).as(cli.err()).isZero();
        JsonArray json = JsonParser.parseString(cli.out()).getAsJsonArray();
        assertThat(json).hasSize(2);
        assertThat(json.get(1).getAsJsonObject().get("title").getAsString()).isEqualTo("band-copy");
    }

    @Test
    void anUnreadableFileIsAUserErrorWithTheFileAndReason() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt.mid"), "hello");

        int exit = cli.execute("info", file.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("notes.txt.mid").contains("NOT_MIDI");
        assertThat(cli.out()).isEmpty();
    }
}
