package io.genreshift.ml.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BiasFreeConv2dTest {

    /** One output channel takes the widened path (zero filters, channel sum); it must equal a plain convolution. */
    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void equalsAPlainConvolution(int filters) {
        try (NDManager m = NDManager.newBaseManager()) {
            Shape in = new Shape(2, 5, 9, 11);
            Block conv = BiasFreeConv2d.builder().setFilters(filters).setKernelShape(new Shape(3, 3))
                    .optStride(new Shape(2, 2)).optPadding(new Shape(1, 1)).build();
            Blocks4d.init(conv, m, in);
            NDArray x = m.randomNormal(in);
            NDArray w = conv.getParameters().get("weight").getArray();
            NDArray expected = Conv2d.conv2d(x, w, null, new Shape(2, 2), new Shape(1, 1)).singletonOrThrow();
            NDArray y = Blocks4d.forward(conv, m, x);
            assertThat(y.getShape()).isEqualTo(new Shape(2, filters, 5, 6));
            assertThat(conv.getOutputShapes(new Shape[] {in})).as("declared shape").containsExactly(y.getShape());
            assertThat(y.sub(expected).abs().max().getFloat()).isLessThan(1e-6f);
        }
    }

    @Test
    void hasNoBiasAndAReferenceInitialisedKernel() {
        try (NDManager m = NDManager.newBaseManager()) {
            Block conv = BiasFreeConv2d.builder().setFilters(64).setKernelShape(new Shape(3, 3)).build();
            Blocks4d.init(conv, m, new Shape(1, 64, 5, 5));
            assertThat(conv.getParameters().keys()).containsExactly("weight");
            float[] w = conv.getParameters().get("weight").getArray().toFloatArray();
            double sq = 0;
            for (float v : w) {
                assertThat(Math.abs(v)).isLessThanOrEqualTo(2 * Convolutions.INIT_STDDEV); // truncated at 2σ
                sq += v * v;
            }
            assertThat(Math.sqrt(sq / w.length)).isBetween(0.013, 0.019); // σ of N(0, 0.02) truncated at 2σ ≈ 0.0176
        }
    }

    /** Models trained before this block existed used DJL's Conv2d without bias; their files must still load. */
    @Test
    void loadsParametersSavedFromABiasFreeDjlConv2d() throws Exception {
        try (NDManager m = NDManager.newBaseManager()) {
            Shape in = new Shape(1, 3, 6, 6);
            Block djl = Conv2d.builder().setFilters(4).setKernelShape(new Shape(3, 3)).optBias(false).build();
            Blocks4d.init(djl, m, in);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            djl.saveParameters(new DataOutputStream(bytes));

            Block ours = Blocks4d.init(BiasFreeConv2d.builder().setFilters(4).setKernelShape(new Shape(3, 3)).build(),
                    m, in);
            ours.loadParameters(m, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
            NDArray x = m.randomNormal(in);
            assertThat(Blocks4d.forward(ours, m, x).toFloatArray()).containsExactly(
                    Blocks4d.forward(djl, m, x).toFloatArray());
        }
    }
}
