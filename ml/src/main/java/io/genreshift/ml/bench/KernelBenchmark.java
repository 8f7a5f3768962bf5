package io.genreshift.ml.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import io.genreshift.ml.engine.MxNetBackend;
import io.genreshift.ml.nn.BiasFreeConv2d;
import io.genreshift.ml.nn.Deconvolution2d;
import io.genreshift.ml.nn.ReflectionPad2d;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Times the kernel choices behind the networks on the reference generator's tensor sizes (batch 16), each as the
 * mean of {@code n} calls after one warm-up, alternating the candidates so that load from other processes hits them
 * alike. Milliseconds per call.
 */
public final class KernelBenchmark {

    private final int calls;

    public KernelBenchmark(int calls) {
        this.calls = calls;
    }

    public Map<String, Object> run() {
        MxNetBackend.device();
        Map<String, Kernel> kernels = new LinkedHashMap<>();
        Shape bottleneck = new Shape(16, 256, 16, 21);
        Shape upsampled = new Shape(16, 64, 70, 90);
        try (NDManager m = NDManager.newBaseManager(MxNetBackend.device())) {
            NDArray x = m.randomNormal(bottleneck);
            NDArray gamma = m.ones(new Shape(256));
            NDArray beta = m.zeros(new Shape(256));
            kernels.put("instance_norm_mxnet_operator", new Kernel(x,
                    in -> MxNetBackend.instanceNormOperator(in, gamma, beta, 1e-5f)));
            kernels.put("instance_norm_batchnorm_view", new Kernel(x,
                    in -> MxNetBackend.instanceNorm(in, gamma, beta, 1e-5f)));
            NDArray small = m.randomNormal(new Shape(16, 256, 8, 7));   // the classifier's third layer
            kernels.put("instance_norm_small_mxnet_operator", new Kernel(small,
                    in -> MxNetBackend.instanceNormOperator(in, gamma, beta, 1e-5f)));
            kernels.put("instance_norm_small_batchnorm_view", new Kernel(small,
                    in -> MxNetBackend.instanceNorm(in, gamma, beta, 1e-5f)));
            Block pad = init(ReflectionPad2d.builder().setPadding(1).build(), m, bottleneck);
            kernels.put("reflection_pad_1", new Kernel(x, in -> forward(pad, in)));
            kernels.put("add_same_size", new Kernel(x, in -> in.add(in)));

            NDArray y = m.randomNormal(upsampled);
            NDArray w1 = m.randomNormal(0, 0.02f, new Shape(1, 64, 7, 7), DataType.FLOAT32);
            kernels.put("conv7x7_64to1_plain", new Kernel(y, in -> Conv2d.conv2d(in, w1, null, new Shape(1, 1),
                    new Shape(0, 0)).singletonOrThrow()));
            Block narrow = init(BiasFreeConv2d.builder().setFilters(1).setKernelShape(new Shape(7, 7)).build(), m,
                    upsampled);
            kernels.put("conv7x7_64to1_widened", new Kernel(y, in -> forward(narrow, in)));

            NDArray z = m.randomNormal(new Shape(16, 128, 32, 42));
            Block deconv = init(Deconvolution2d.builder().setKernelSize(3).setFilters(64).build(), m, z.getShape());
            NDArray dw = deconv.getParameters().get("weight").getArray();
            kernels.put("deconv3x3s2_128to64_native", new Kernel(z, in -> forward(deconv, in)));
            kernels.put("deconv3x3s2_128to64_subpixel", new Kernel(z, in -> Deconvolution2d.subPixel(in, dw, 2)));

            Map<String, Double> total = new LinkedHashMap<>();
            for (int i = 0; i <= calls; i++) {
                for (Map.Entry<String, Kernel> k : kernels.entrySet()) {
                    try (NDManager s = m.newSubManager()) {
                        NDArray in = local(k.getValue().input(), s);
                        long start = System.nanoTime();
                        MxNetBackend.await(k.getValue().op().apply(in));
                        if (i > 0) {
                            total.merge(k.getKey(), (System.nanoTime() - start) / 1e6, Double::sum);
                        }
                    }
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("omp_num_threads", MxNetBackend.threadHint());
            out.put("omp_wait_policy", MxNetBackend.waitPolicy());
            total.forEach((k, v) -> out.put(k + "_ms", BenchResult.round(v / calls, 2)));
            return out;
        }
    }

    /** A copy owned by the call's manager, already computed, so that the timing covers only the kernel. */
    private static NDArray local(NDArray x, NDManager s) {
        NDArray c = x.duplicate();
        c.attach(s);
        MxNetBackend.await(c);
        return c;
    }

    private static Block init(Block b, NDManager m, Shape in) {
        b.initialize(m, DataType.FLOAT32, in);
        return b;
    }

    private static NDArray forward(Block b, NDArray x) {
        return b.forward(new ParameterStore(x.getManager(), false), new NDList(x), false).singletonOrThrow();
    }

    /** One candidate: an operation and the array it runs on. */
    private record Kernel(NDArray input, Function<NDArray, NDArray> op) {
    }
}
