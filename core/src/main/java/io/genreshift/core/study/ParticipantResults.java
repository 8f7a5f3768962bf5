package io.genreshift.core.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One participant's results file: who (a name, or "anonymous"), a session id that names the file and seeds the order
 * the clips are presented in, and the responses so far. Saved after every snippet, so a study can be paused and resumed.
 */
public record ParticipantResults(int version, String participant, String session, List<SnippetResponse> responses, boolean finished) {
    public static final String ANONYMOUS = "anonymous";

    public ParticipantResults {
        if (version != StudyDefinition.VERSION) {
            throw new IllegalArgumentException("results file version " + version + ", this GenreShift reads " + StudyDefinition.VERSION);
        }
        participant = participant == null || participant.isBlank() ? ANONYMOUS : participant.strip();
        Objects.requireNonNull(session, "session");
        responses = responses == null ? List.of() : List.copyOf(responses);
    }

    public static ParticipantResults start(String participant, String session) {
        return new ParticipantResults(StudyDefinition.VERSION, participant, session, List.of(), false);
    }

    /** With {@code response} added, replacing an earlier answer for the same snippet. */
    public ParticipantResults with(SnippetResponse response) {
        List<SnippetResponse> list = new ArrayList<>(responses.stream().filter(r -> !r.snippet().equals(response.snippet())).toList());
        list.add(response);
        return new ParticipantResults(version, participant, session, list, finished);
    }

    public ParticipantResults asFinished() {
        return new ParticipantResults(version, participant, session, responses, true);
    }

    public boolean answered(String snippetId) {
        return responses.stream().anyMatch(r -> r.snippet().equals(snippetId));
    }
}
