package io.genreshift.ml.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Autograd through the whole generator (reflection pad, convolutions, fused instance norm, residual blocks, the
 * sub-pixel deconvolution used while training, sigmoid) against central finite differences, parameter by parameter.
 * A block whose backward pass is wrong or cut off trains silently badly, so this checks every trainable array.
 */
class GeneratorGradientTest {
    private static final NetworkConfig TINY = new NetworkConfig(8, 1, 8);

    @Test
    void everyParameterGetsTheGradientOfTheLoss() {
        try (NDManager m = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(3);
            Block g = CycleGanGenerator.create(TINY, Variant.BASE);
            g.initialize(m, DataType.FLOAT32, new Shape(1, 1, 64, 84));
            // Larger weights than the 0.02 initialisation, so no unit sits in a flat region of the sigmoid.
            for (Pair<String, Parameter> p : g.getParameters()) {
                NDArray a = p.getValue().getArray();
                if (p.getKey().endsWith("weight")) a.set(m.randomNormal(0f, 0.3f, a.getShape(), DataType.FLOAT32).toFloatArray());
            }
            NDArray x = m.randomUniform(0f, 1f, new Shape(2, 1, 64, 84)).gt(0.9f).toType(DataType.FLOAT32, false);
            NDArray r = m.randomNormal(new Shape(2, 1, 64, 84));
            List<String> checked = new ArrayList<>();
            for (Pair<String, Parameter> p : g.getParameters()) {
                NDArray w = p.getValue().getArray();
                float[] grad;
                try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                    NDArray loss = loss(g, m, x, r);
                    gc.backward(loss);
                    grad = w.getGradient().toFloatArray();
                }
                int at = 0;
                for (int i = 1; i < grad.length; i++) if (Math.abs(grad[i]) > Math.abs(grad[at])) at = i;
                float[] values = w.toFloatArray();
                float eps = 1e-3f * Math.max(1f, Math.abs(values[at]));
                double plus = perturbed(g, m, x, r, w, values, at, eps);
                double minus = perturbed(g, m, x, r, w, values, at, -eps);
                w.set(values);
                double numeric = (plus - minus) / (2 * eps);
                // 5 %: a step this small still crosses a few ReLU kinks, which finite differences smear.
                assertThat(grad[at]).as("%s: autograd %s vs finite difference %s", p.getKey(), grad[at], numeric)
                        .isCloseTo((float) numeric, org.assertj.core.api.Assertions.within(
                                (float) (0.05 * Math.abs(numeric) + 1e-2)));
                checked.add(p.getKey());
            }
            assertThat(checked).hasSize(g.getParameters().size());
        }
    }

    private static double perturbed(Block g, NDManager m, NDArray x, NDArray r, NDArray w, float[] values, int at,
                                    float eps) {
        float[] v = values.clone();
        v[at] += eps;
        w.set(v);
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            // Recording, so the forward takes the same (training) path as the autograd pass.
            return loss(g, m, x, r).toType(DataType.FLOAT64, false).getDouble();
        }
    }

    /** A random projection of the output: every output cell matters, none saturates the loss. */
    private static NDArray loss(Block g, NDManager m, NDArray x, NDArray r) {
        NDArray y = g.forward(new ParameterStore(m, false), new NDList(x), true).singletonOrThrow();
        return y.mul(r).sum();
    }
}
