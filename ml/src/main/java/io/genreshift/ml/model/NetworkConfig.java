package io.genreshift.ml.model;

import java.util.Locale;

/**
 * The sizes of the CycleGAN networks; the design (layers, order, kernels) is fixed, only widths and depth change.
 *
 * @param genWidth generator base channels (the first conv; the bottleneck has 4×)
 * @param resBlocks residual blocks in the generator's bottleneck
 * @param discWidth discriminator base channels (its second conv has 4×)
 */
public record NetworkConfig(int genWidth, int resBlocks, int discWidth) {

    /** The paper's networks: G 64 channels and 10 residual blocks, D 64 (spec §3, §4). */
    public static final NetworkConfig REFERENCE = new NetworkConfig(64, 10, 64);

    /**
     * The configuration chosen by measurement to train at ≥ 10 phrase pairs/s for a full CycleGAN iteration on
     * 2 CPU cores (see docs/performance.md for the numbers and the command).
     */
    public static final NetworkConfig COMPACT = new NetworkConfig(16, 4, 16);

    public NetworkConfig {
        if (genWidth < 8 || genWidth % 8 != 0 || discWidth < 8 || discWidth % 8 != 0) {
            throw new IllegalArgumentException("widths must be positive multiples of 8 (self-attention uses C/8), got G "
                    + genWidth + ", D " + discWidth);
        }
        if (resBlocks < 1) {
            throw new IllegalArgumentException("the generator needs at least one residual block, got " + resBlocks);
        }
    }

    /**
     * Parses {@code compact}, {@code reference} or {@code W,R,DW} (generator width, residual blocks, discriminator
     * width), e.g. {@code 32,6,32}.
     */
    public static NetworkConfig parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "compact":
                return COMPACT;
            case "reference":
                return REFERENCE;
            default:
                break;
        }
        String[] parts = t.split(",");
        if (parts.length != 3) {
            throw new IllegalArgumentException("unknown network config '" + text
                    + "': use compact, reference or W,R,DW (e.g. 32,6,32)");
        }
        try {
            return new NetworkConfig(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()),
                    Integer.parseInt(parts[2].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("network config '" + text + "' is not three integers W,R,DW", e);
        }
    }

    /** The canonical text form: {@code compact}, {@code reference} or {@code W,R,DW}; {@link #parse} reads it back. */
    public String id() {
        if (equals(COMPACT)) {
            return "compact";
        }
        if (equals(REFERENCE)) {
            return "reference";
        }
        return genWidth + "," + resBlocks + "," + discWidth;
    }
}
