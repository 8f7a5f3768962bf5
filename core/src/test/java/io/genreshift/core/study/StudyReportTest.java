package io.genreshift.core.study;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StudyReportTest {
    private static final double VARIANT_R = -0.6628489803598703;

    @Test
    void scoresOfTheHandComputedExample() {
        StudyReport report = StudyReport.of(StudyExample.key(), List.of(StudyExample.first(), StudyExample.second()));

        // Retention: sn always first (1, N 4); base .5, 0, 0, 0 -> .125; sa (missing from s2) 0 and .5 -> .25 with N 2.
        assertThat(report.row("sn").retention()).isEqualTo(new HumanRatingScore.Score(1.0, 4));
        assertThat(report.row("base").retention()).isEqualTo(new HumanRatingScore.Score(0.125, 4));
        assertThat(report.row("sa").retention()).isEqualTo(new HumanRatingScore.Score(0.25, 2));
        // Quality: sa first twice; sn .5, 0, 0, 1; base 0, .5, 1, 0.
        assertThat(report.row("sa").quality()).isEqualTo(new HumanRatingScore.Score(1.0, 2));
        assertThat(report.row("sn").quality().value()).isEqualTo(0.375);
        assertThat(report.row("base").quality().value()).isEqualTo(0.375);
        // Content change: base (0.4 + 0.5)/2, sn (0.1 + 0.25)/2, sa 1.0.
        assertThat(report.row("base").meanContentChange()).isCloseTo(0.45, within(1e-12));
        assertThat(report.row("sn").meanContentChange()).isCloseTo(0.175, within(1e-12));
        assertThat(report.row("sa").transfers()).isEqualTo(1);
        // W: s1 retention sums sn 2, base 5, sa 5 -> 12·6/(4·24) = .75; s2 identical -> 1. Quality: .75 and 0 (opposite).
        assertThat(report.retentionAgreement()).isEqualTo(new StudyReport.Agreement(0.875, 2));
        assertThat(report.qualityAgreement()).isEqualTo(new StudyReport.Agreement(0.375, 2));
        // Pairs (change, mean retention score): (.4,.25) (.1,1) (1,.25) (.5,0) (.25,1); r from numpy.corrcoef.
        assertThat(report.correlationPairs()).isEqualTo(5);
        assertThat(report.changeRetentionCorrelation()).isCloseTo(-0.6627289992476327, within(1e-12));
        // Per variant (mean change, retention s_hr): base (.45, .125), sn (.175, 1), sa (1, .25); r from numpy.corrcoef.
        assertThat(report.variantChangeRetentionCorrelation()).isCloseTo(VARIANT_R, within(1e-12));
        assertThat(report.participants()).isEqualTo(2);
        assertThat(report.finishedParticipants()).isEqualTo(2);
    }

    @Test
    void aCopiedFileOfTheSameSessionCountsOnce() {
        ParticipantResults partialCopy = ParticipantResults.start("Ann", "p1")
                .with(StudyExample.response("s1", List.of("c1", "c2", "c3"), List.of("c1", "c2", "c3")));

        StudyReport report = StudyReport.of(StudyExample.key(), List.of(partialCopy, StudyExample.first(), StudyExample.second()));

        assertThat(report.participants()).isEqualTo(2);
        assertThat(report.row("sn").retention()).isEqualTo(new HumanRatingScore.Score(1.0, 4));
    }

    @Test
    void unfinishedParticipantsCountWithWhatTheyAnswered() {
        ParticipantResults half = ParticipantResults.start("Bo", "p3")
                .with(StudyExample.response("s2", List.of("d1", "d2"), List.of("d1", "d2")));

        StudyReport report = StudyReport.of(StudyExample.key(), List.of(StudyExample.first(), half));

        assertThat(report.participants()).isEqualTo(2);
        assertThat(report.finishedParticipants()).isEqualTo(1);
        assertThat(report.row("sn").retention()).isEqualTo(new HumanRatingScore.Score(2.0 / 3, 3));
        assertThat(report.retentionAgreement().snippets()).isEqualTo(1); // only s2 has two raters
    }

    @Test
    void resultsOfAnotherStudyAreAnErrorNamingTheSession() {
        ParticipantResults stranger = ParticipantResults.start("Zed", "z9")
                .with(StudyExample.response("s1", List.of("x1", "x2"), List.of("x1", "x2")));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StudyReport.of(StudyExample.key(), List.of(StudyExample.first(), stranger)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("session z9").hasMessageContaining("x1")
                .hasMessageContaining("another study");
    }
}
