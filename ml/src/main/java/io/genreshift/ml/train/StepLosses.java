package io.genreshift.ml.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The losses of one CycleGAN iteration (spec §7.1), as plain numbers.
 *
 * @param generatorAB         MSE(D_B(G_A→B(x_A) + n), 1)
 * @param generatorBA         MSE(D_A(G_B→A(x_B) + n), 1)
 * @param generatorMixed      γ·[MSE(D_A,m(x̂_A + n), 1) + MSE(D_B,m(x̂_B + n), 1)], 0 unless the config adds that term
 * @param cycle               λ·(L1 cycle A + L1 cycle B)
 * @param generator           the generators' total loss
 * @param discriminatorA      ½[MSE(D_A(x_A + n), 1) + MSE(D_A(x̂_A^pool + n), 0)]
 * @param discriminatorB      the same for D_B
 * @param discriminatorMixedA the same for D_A,m with the mixed batch as real, 0 for the base model
 * @param discriminatorMixedB the same for D_B,m, 0 for the base model
 * @param discriminator       the discriminators' total loss, L_D + γ·(mixed terms)
 * @param content             the recipe's content terms in L_G (λ_id·identity + λ_r·retention), or during a warm
 *                            start the reconstruction loss that is then all of L_G; 0 for the paper recipe
 * @param densityAB           share of cells G_A→B writes (≥ 0.5) in this batch: 0 in the empty-output phase
 * @param densityBA           the same for G_B→A
 */
public record StepLosses(float generatorAB, float generatorBA, float generatorMixed, float cycle, float generator,
                         float discriminatorA, float discriminatorB, float discriminatorMixedA,
                         float discriminatorMixedB, float discriminator, float content, float densityAB,
                         float densityBA) {

    /** Number of values in {@link #byKey()}. */
    static final int COUNT = 13;

    /** The values of {@link #byKey()}, in its order. */
    float[] values() {
        float[] v = new float[COUNT];
        int i = 0;
        for (float f : byKey().values()) v[i++] = f;
        return v;
    }

    /** Inverse of {@link #values()}. */
    static StepLosses of(float[] v) {
        return new StepLosses(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12]);
    }

    /** The losses by their metrics-log key, in a stable order. */
    public Map<String, Float> byKey() {
        Map<String, Float> m = new LinkedHashMap<>();
        m.put("g_a2b", generatorAB);
        m.put("g_b2a", generatorBA);
        m.put("g_mixed", generatorMixed);
        m.put("cycle", cycle);
        m.put("g_total", generator);
        m.put("d_a", discriminatorA);
        m.put("d_b", discriminatorB);
        m.put("d_a_mixed", discriminatorMixedA);
        m.put("d_b_mixed", discriminatorMixedB);
        m.put("d_total", discriminator);
        m.put("g_content", content);
        m.put("density_ab", densityAB);
        m.put("density_ba", densityBA);
        return m;
    }

    public boolean allFinite() {
        return byKey().values().stream().allMatch(Float::isFinite);
    }
}
