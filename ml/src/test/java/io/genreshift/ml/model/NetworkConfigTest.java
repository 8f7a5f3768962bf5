package io.genreshift.ml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NetworkConfigTest {

    @Test
    void parsesNamesAndExplicitSizes() {
        assertThat(NetworkConfig.parse("reference")).isEqualTo(new NetworkConfig(64, 10, 64));
        assertThat(NetworkConfig.parse(" Compact ")).isEqualTo(NetworkConfig.COMPACT);
        assertThat(NetworkConfig.parse("32, 6,24")).isEqualTo(new NetworkConfig(32, 6, 24));
    }

    @Test
    void idReadsBackToTheSameConfig() {
        for (NetworkConfig c : new NetworkConfig[] {NetworkConfig.REFERENCE, NetworkConfig.COMPACT,
                new NetworkConfig(40, 3, 8)}) {
            assertThat(NetworkConfig.parse(c.id())).isEqualTo(c);
        }
    }

    @Test
    void rejectsMalformedTextWithAHint() {
        assertThatThrownBy(() -> NetworkConfig.parse("big")).hasMessageContaining("W,R,DW");
        assertThatThrownBy(() -> NetworkConfig.parse("16,x,16")).hasMessageContaining("three integers");
        assertThatThrownBy(() -> NetworkConfig.parse("12,4,16")).hasMessageContaining("multiples of 8");
        assertThatThrownBy(() -> NetworkConfig.parse("16,0,16")).hasMessageContaining("residual");
    }

    @Test
    void variantsParseTheirIdsAndKnowTheirSwitches() {
        for (Variant v : Variant.values()) {
            assertThat(Variant.parse(v.id())).isSameAs(v);
            assertThat(Variant.of(v.spectralNorm(), v.selfAttention())).isSameAs(v);
        }
        assertThat(Variant.parse("SN+SA")).isSameAs(Variant.SN_SA);
        assertThatThrownBy(() -> Variant.parse("both")).hasMessageContaining("sn+sa");
    }
}
