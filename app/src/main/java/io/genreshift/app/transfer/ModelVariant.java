package io.genreshift.app.transfer;

import java.util.Locale;

/** The four CycleGAN variants a user can pick, with the ids the model library uses in its sidecars. */
public enum ModelVariant {
    BASELINE("base", "Baseline"),
    SN("sn", "SN"),
    SA("sa", "SA"),
    SN_SA("sn+sa", "SN+SA");

    /** The one-line trade-off shown under the variant picker. */
    public static final String TRADE_OFF_HINT = "SN keeps more of the piece, SA changes more.";

    private final String id;
    private final String label;

    ModelVariant(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static ModelVariant ofId(String id) {
        String want = id.toLowerCase(Locale.ROOT).trim();
        for (ModelVariant v : values()) if (v.id.equals(want)) return v;
        throw new IllegalArgumentException("unknown model variant '" + id + "' (base, sn, sa or sn+sa)");
    }
}
