package io.genreshift.app.listen;

/** Which version A/B plays: A = the original, B = the selected transfer. */
public enum AbSide {
    A, B;

    public AbSide other() {
        return this == A ? B : A;
    }
}
