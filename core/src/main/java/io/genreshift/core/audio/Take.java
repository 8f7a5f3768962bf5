package io.genreshift.core.audio;

/** Which of two aligned renderings is heard in an A/B comparison; by convention A is the original, B the transfer. */
public enum Take {
    A, B;

    public Take other() {
        return this == A ? B : A;
    }
}
