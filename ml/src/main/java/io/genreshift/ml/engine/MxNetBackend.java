package io.genreshift.ml.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.mxnet.engine.MxGradientCollector;
import ai.djl.mxnet.engine.MxNDArray;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.util.PairList;
import com.sun.jna.NativeLibrary;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every MXNet-specific call of the ml module, in one place (Apache MXNet is retired; a port to another DJL engine
 * should only have to replace this class).
 *
 * <p>It holds the fused native operators DJL does not expose on MXNet (instance norm, asymmetric and reflection
 * padding, deconvolution), the autograd pause for state updates, the engine and device choice, and the OpenMP hints.
 */
public final class MxNetBackend {

    private static final Logger LOG = LoggerFactory.getLogger(MxNetBackend.class);
    private static final String OMP_THREADS = "OMP_NUM_THREADS";
    private static final String OMP_WAIT_POLICY = "OMP_WAIT_POLICY";
    private static final Map<String, String> HINTS = new ConcurrentHashMap<>();
    private static volatile Device device;

    private MxNetBackend() {
    }

    /**
     * Returns DJL's default device for the MXNet engine (a GPU when one is usable, else the CPU) and logs the choice
     * once. Call it before any other DJL work so that the OpenMP hint can still take effect.
     */
    public static Device device() {
        Device d = device;
        if (d == null) {
            synchronized (MxNetBackend.class) {
                d = device;
                if (d == null) {
                    applyThreadHint();
                    Engine engine = Engine.getEngine("MXNet");
                    d = engine.defaultDevice();
                    LOG.info("ML engine {} {} on {} ({}={}, {}={})", engine.getEngineName(), engine.getVersion(), d,
                            OMP_THREADS, threadHint(), OMP_WAIT_POLICY, waitPolicy());
                    device = d;
                }
            }
        }
        return d;
    }

    /** The OpenMP thread count MXNet uses: the environment's value, or the one this class set. */
    public static String threadHint() {
        return setting(OMP_THREADS);
    }

    /** The OpenMP wait policy MXNet uses: the environment's value, the one this class set, or "default". */
    public static String waitPolicy() {
        String v = setting(OMP_WAIT_POLICY);
        return v == null ? "default" : v;
    }

    private static String setting(String name) {
        String v = System.getenv(name);
        return v != null ? v : HINTS.get(name);
    }

    /**
     * Sets OpenMP hints in the native environment before MXNet's OpenMP runtime reads them, unless the user set them:
     * <ul>
     *   <li>{@code OMP_NUM_THREADS} = the number of cores. With it unset MXNet used fewer threads on 2 cores and ran
     *       1.3–1.8× slower (ecosystem-notes §2.4b).
     *   <li>{@code OMP_WAIT_POLICY=PASSIVE}: idle OpenMP threads sleep instead of spinning. On a busy machine a
     *       spinning barrier waits for a descheduled thread at every one of the thousands of small ops of a step;
     *       measured under load, a reflection pad took 87 ms spinning and 5 ms passive (docs/performance.md).
     * </ul>
     * Has no effect once the native library is loaded.
     */
    private static void applyThreadHint() {
        setIfUnset(OMP_THREADS, String.valueOf(Runtime.getRuntime().availableProcessors()));
        setIfUnset(OMP_WAIT_POLICY, "PASSIVE");
    }

    private static void setIfUnset(String name, String value) {
        if (System.getenv(name) != null) {
            return;
        }
        try {
            NativeLibrary.getInstance("c").getFunction("setenv").invokeInt(new Object[] {name, value, 0});
            HINTS.put(name, value);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            LOG.warn("Could not set {}={} ({}); MXNet may run slower", name, value, e.getMessage());
        }
    }

    /**
     * Instance normalization: per sample and channel, {@code (x - mean) / sqrt(var + eps) * gamma + beta} over H×W
     * with the biased variance.
     *
     * <p>It runs as MXNet's MKL-DNN batch norm over a (1, B·C, H, W) view in training mode, whose batch statistics
     * are exactly the per-(sample, channel) statistics. On (16, 256, 16, 21) it took 8.6–11.6 ms against 49–86 ms for
     * MXNet's own single-threaded {@code InstanceNorm} operator ({@code genreshift bench --kernels}, see
     * docs/performance.md). Training mode is switched on for this one call only, so it works at inference too; the
     * running statistics it updates are throwaway arrays.
     *
     * @param x (B, C, H, W)
     * @param gamma (C)
     * @param beta (C)
     */
    public static NDArray instanceNorm(NDArray x, NDArray gamma, NDArray beta, float eps) {
        Shape s = x.getShape();
        long b = s.get(0);
        long bc = b * s.get(1);
        NDManager scope = x.getManager();
        NDArray gammas = b == 1 ? gamma : scoped(gamma.tile(b), scope);     // (B·C)
        NDArray betas = b == 1 ? beta : scoped(beta.tile(b), scope);        // (B·C)
        NDArray runningMean = scope.zeros(new Shape(bc));
        NDArray runningVar = scope.ones(new Shape(bc));
        PairList<String, Object> p = new PairList<>();
        p.add("eps", eps);
        p.add("fix_gamma", false);
        p.add("use_global_stats", false);
        boolean wasTraining = MxGradientCollector.setTraining(true);
        try {
            NDList in = new NDList(x.reshape(1, bc, s.get(2), s.get(3)), gammas, betas, runningMean, runningVar);
            return scope.invoke("BatchNorm", in, p).head().reshape(s);
        } finally {
            MxGradientCollector.setTraining(wasTraining);
        }
    }

    private static NDArray scoped(NDArray a, NDManager scope) {
        a.attach(scope);
        return a;
    }

    /**
     * MXNet's own single-threaded {@code InstanceNorm} operator. Not used by the networks (see
     * {@link #instanceNorm}); kept so that the kernel benchmark can show why.
     */
    public static NDArray instanceNormOperator(NDArray x, NDArray gamma, NDArray beta, float eps) {
        PairList<String, Object> p = new PairList<>();
        p.add("eps", eps);
        return x.getManager().invoke("InstanceNorm", new NDList(x, gamma, beta), p).head();
    }

    /** Blocks until {@code x} has been computed (MXNet runs operators asynchronously). */
    public static void await(NDArray x) {
        ((MxNDArray) x).waitToRead();
    }

    /** Padding modes of {@link #pad}. */
    public enum PadMode {
        /** Zeros. */
        CONSTANT("constant"),
        /** Mirror without repeating the edge sample (numpy/TF "REFLECT"). */
        REFLECT("reflect");

        private final String mxName;

        PadMode(String mxName) {
            this.mxName = mxName;
        }
    }

    /**
     * Pads the two spatial axes of a 4-D array, possibly asymmetrically (MXNet's {@code Pad} operator).
     *
     * @param x (B, C, H, W)
     * @return (B, C, top + H + bottom, left + W + right)
     */
    public static NDArray pad(NDArray x, PadMode mode, int top, int bottom, int left, int right) {
        PairList<String, Object> p = new PairList<>();
        p.add("mode", mode.mxName);
        p.add("pad_width", "(0,0,0,0," + top + "," + bottom + "," + left + "," + right + ")");
        return x.getManager().invoke("Pad", new NDList(x), p).head();
    }

    /**
     * Transposed convolution without padding or bias (MXNet's MKL-DNN deconvolution): output index
     * {@code o = s·i + k}. Fast, but its backward pass crashes the JVM when one weight feeds two deconvolutions in a
     * recorded graph, so use it only while {@link #isRecording()} is false.
     *
     * @param x (B, Cin, H, W)
     * @param weight (Cin, Cout, K, K)
     * @return (B, Cout, (H − 1)·s + K, (W − 1)·s + K)
     */
    public static NDArray deconvolution(NDArray x, NDArray weight, int stride) {
        long[] w = weight.getShape().getShape();
        PairList<String, Object> p = new PairList<>();
        p.add("kernel", "(" + w[2] + "," + w[3] + ")");
        p.add("stride", "(" + stride + "," + stride + ")");
        p.add("pad", "(0,0)");
        p.add("num_filter", w[1]);
        p.add("no_bias", true);
        return x.getManager().invoke("_npx_deconvolution", new NDList(x, weight), p).head();
    }

    /**
     * Rearranges channel blocks into spatial blocks (MXNet's {@code depth_to_space}, "DCR" order):
     * {@code out[n, c, h·s + i, w·s + j] = x[n, (i·s + j)·C + c, h, w]}.
     *
     * @param x (B, s²·C, H, W)
     * @return (B, C, s·H, s·W)
     */
    public static NDArray depthToSpace(NDArray x, int blockSize) {
        PairList<String, Object> p = new PairList<>();
        p.add("block_size", blockSize);
        return x.getManager().invoke("depth_to_space", new NDList(x), p).head();
    }

    /** Whether autograd is recording, i.e. a gradient collector is open. */
    public static boolean isRecording() {
        return MxGradientCollector.isRecording();
    }

    /**
     * Copies {@code value} into {@code target} without recording the copy for autograd, for state such as the
     * spectral-norm vector {@code u} that is updated during a forward pass but must not carry gradients across
     * forward passes.
     */
    public static void assignUntracked(NDArray target, NDArray value) {
        boolean wasRecording = MxGradientCollector.setRecording(false);
        try {
            value.copyTo(target);
        } finally {
            MxGradientCollector.setRecording(wasRecording);
        }
    }
}
