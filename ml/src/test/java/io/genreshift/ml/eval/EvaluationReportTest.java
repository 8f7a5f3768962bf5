package io.genreshift.ml.eval;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.genreshift.core.metrics.ContentChange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EvaluationReportTest {
    // The classifier's class order is (pop, classic) while the pair is (classic, pop): classic = class 1, pop = class 0.
    private static final int CLASSIC = 1;
    private static final int POP = 0;

    /** Four classic phrases and two pop phrases, with predictions chosen by hand. */
    private static EvaluationReport handMade() {
        DirectionPredictions classicToPop = new DirectionPredictions(
                new int[] {CLASSIC, CLASSIC, CLASSIC, POP},   // P_A(x_A) = 3/4
                new int[] {POP, POP, CLASSIC, POP},           // P_A(x̂_B) = 1/4
                new int[] {CLASSIC, CLASSIC, CLASSIC, CLASSIC}); // P_A(x̃_A) = 1
        DirectionPredictions popToClassic = new DirectionPredictions(
                new int[] {POP, POP},        // P_B(x_B) = 1
                new int[] {CLASSIC, POP},    // P_B(x̂_A) = 1/2
                new int[] {POP, CLASSIC});   // P_B(x̃_B) = 1/2
        List<ContentChange> cToP = List.of(new ContentChange(2, 2, 4), new ContentChange(0, 1, 2)); // totals 1.0 and 0.5
        List<ContentChange> pToC = List.of(new ContentChange(1, 0, 4), new ContentChange(0, 0, 0)); // 0.25; empty source skipped
        return EvaluationReport.of("classic", "pop", "sn, 8,1,8", "hand-made", CLASSIC, POP, classicToPop, popToClassic, cToP, pToC,
                Map.of("generator classic->pop", "g.params"));
    }

    @Test
    void handMadePredictionsGiveHandComputedStrengths() {
        EvaluationReport r = handMade();

        // S_A→B = ½(3/4 − 1/4 + 1 − 1/4) = 0.625; S_B→A = ½(1 − 1/2 + 1/2 − 1/2) = 0.25; S_tot = 0.4375
        assertThat(r.strength().sAtoB()).isCloseTo(0.625, within(1e-12));
        assertThat(r.strength().sBtoA()).isCloseTo(0.25, within(1e-12));
        assertThat(r.strength().sTot()).isCloseTo(0.4375, within(1e-12));
        assertThat(r.classifierAccuracy()).containsExactly(Map.entry("classic", 0.75), Map.entry("pop", 1.0));
        // mean totals: classic→pop (1.0 + 0.5)/2 = 0.75, pop→classic 0.25 → mean of both 0.5
        assertThat(r.meanContentChange()).isCloseTo(0.5, within(1e-12));
        assertThat(r.aToB().total().std()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void jsonHasStrengthInPercentAndMeanContentChangeAtTheTop() {
        JsonObject json = JsonParser.parseString(EvaluationJson.render(handMade())).getAsJsonObject();

        assertThat(json.get("s_tot").getAsDouble()).isCloseTo(43.75, within(1e-9));
        assertThat(json.get("content_change").getAsDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(json.get("s_a_to_b").getAsDouble()).isCloseTo(62.5, within(1e-9));
        assertThat(json.getAsJsonObject("shares_percent").get("p_a_xhat_b").getAsDouble()).isCloseTo(25, within(1e-9));
        assertThat(json.getAsJsonObject("directions").getAsJsonObject("pop->classic").get("phrases_with_notes").getAsInt()).isEqualTo(1);
    }

    @Test
    void markdownFollowsThePapersTables() {
        String md = EvaluationMarkdown.render(handMade());

        assertThat(md).contains("| Model | A | A→B | A→B→A | B | B→A | B→A→B | S_A→B | S_B→A | S_tot |")
                .contains("| sn, 8,1,8 | 75.00 | 25.00 | 100.00 | 100.00 | 50.00 | 50.00 | 62.50 | 25.00 | **43.75 %** |")
                .contains("| classic | 75.00 % |")
                .contains("Data: hand-made; 4 classic and 2 pop phrases.")
                .contains("| sn, 8,1,8 | 0.25 ± 0.25 | 0.50 ± 0.00 | 0.75 ± 0.25 | 0.25 ± 0.00 | 0.00 ± 0.00 | 0.25 ± 0.00 | 0.50 |");
    }
}
