package io.genreshift.core.study;

import java.util.List;

/**
 * A hand-computed study: snippet s1 has base (c1), sn (c2) and sa (c3); snippet s2 has only base (d1) and sn (d2), so
 * sa is missing from it. Two participants answered both snippets. The expected numbers are in {@link StudyReportTest}.
 */
final class StudyExample {
    private StudyExample() {
    }

    static StudyDefinition study() {
        return new StudyDefinition(StudyDefinition.VERSION, "example", List.of("classic", "pop"), 8, 7, List.of(
                new StudySnippet("s1", "classic", "pop", "a.mid", "1-8", "audio/s1-original.wav",
                        List.of(new StudyClip("c3", "audio/c3.wav"), new StudyClip("c1", "audio/c1.wav"), new StudyClip("c2", "audio/c2.wav"))),
                new StudySnippet("s2", "pop", "classic", "b.mid", "5-12", "audio/s2-original.wav",
                        List.of(new StudyClip("d2", "audio/d2.wav"), new StudyClip("d1", "audio/d1.wav")))));
    }

    /** Content change totals: c1 0.4, c2 0.1, c3 1.0, d1 0.5, d2 0.25. */
    static StudyKey key() {
        return new StudyKey(StudyDefinition.VERSION, List.of(
                new KeyedClip("s1", "c1", "base", 2, 2, 10),
                new KeyedClip("s1", "c2", "sn", 1, 0, 10),
                new KeyedClip("s1", "c3", "sa", 5, 5, 10),
                new KeyedClip("s2", "d1", "base", 4, 0, 8),
                new KeyedClip("s2", "d2", "sn", 0, 2, 8)));
    }

    static ParticipantResults first() {
        return ParticipantResults.start("Ann", "p1")
                .with(response("s1", List.of("c2", "c1", "c3"), List.of("c3", "c2", "c1")))
                .with(response("s2", List.of("d2", "d1"), List.of("d1", "d2")))
                .asFinished();
    }

    static ParticipantResults second() {
        return ParticipantResults.start("", "p2")
                .with(response("s1", List.of("c2", "c3", "c1"), List.of("c3", "c1", "c2")))
                .with(response("s2", List.of("d2", "d1"), List.of("d2", "d1")))
                .asFinished();
    }

    static SnippetResponse response(String snippet, List<String> retention, List<String> quality) {
        return new SnippetResponse(snippet, retention, Ranking.strict(retention), Ranking.strict(quality), "");
    }
}
