package io.genreshift.app.transfer;

/** What the roll shows: the original, the selected transfer (with ghost notes), or the diff of the two. */
public enum ViewMode {
    ORIGINAL("Original"), TRANSFERRED("Transferred"), DIFF("Diff");

    private final String label;

    ViewMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
