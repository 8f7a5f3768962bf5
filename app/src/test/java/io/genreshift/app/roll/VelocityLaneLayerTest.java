package io.genreshift.app.roll;

import io.genreshift.app.roll.layer.VelocityLaneLayer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VelocityLaneLayerTest {
    private static final double H = VelocityLaneLayer.HEIGHT;

    @Property
    void velocityAtInvertsY(@ForAll @IntRange(min = 1, max = 127) int velocity) {
        assertThat(VelocityLaneLayer.velocityAt(VelocityLaneLayer.y(velocity, H), H)).isEqualTo(velocity);
    }

    @Test
    void louderIsHigherAndPressesOutsideTheLaneClamp() {
        assertThat(VelocityLaneLayer.y(127, H)).isLessThan(VelocityLaneLayer.y(1, H));
        assertThat(VelocityLaneLayer.velocityAt(-50, H)).isEqualTo(127);
        assertThat(VelocityLaneLayer.velocityAt(H + 50, H)).isEqualTo(1);
    }
}
