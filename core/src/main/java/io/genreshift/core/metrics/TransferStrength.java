package io.genreshift.core.metrics;

/**
 * Transfer strength (spec §11.1, Brunner et al. 2018): how far a transfer moves phrases away from their source genre
 * while the cycle brings them back, as shares in [−1, 1] (the papers print them ×100 as percent).
 * <pre>
 * S_A→B = ½·[P_A(x_A) − P_A(x̂_B) + P_A(x̃_A) − P_A(x̂_B)]
 * S_B→A = ½·[P_B(x_B) − P_B(x̂_A) + P_B(x̃_B) − P_B(x̂_A)]
 * S_tot = ½·(S_A→B + S_B→A)
 * </pre>
 */
public record TransferStrength(double sAtoB, double sBtoA, double sTot) {

    public static TransferStrength of(ClassifierShares p) {
        double aToB = 0.5 * (p.pAxA() - p.pAxHatB() + p.pAxTildeA() - p.pAxHatB());
        double bToA = 0.5 * (p.pBxB() - p.pBxHatA() + p.pBxTildeB() - p.pBxHatA());
        return new TransferStrength(aToB, bToA, 0.5 * (aToB + bToA));
    }
}
