package io.genreshift.app.study;

/** The two questions a participant answers per snippet (Brunner et al. 2019, §5.3). */
public enum Criterion {
    RETENTION("Content retention", "Which transfer keeps most of the original's music?"),
    QUALITY("Quality in the target genre", "Which transfer sounds most like good music of the target genre?");

    private final String title;
    private final String question;

    Criterion(String title, String question) {
        this.title = title;
        this.question = question;
    }

    public String title() {
        return title;
    }

    public String question() {
        return question;
    }
}
