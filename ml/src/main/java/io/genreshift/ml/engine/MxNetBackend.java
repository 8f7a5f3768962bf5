package io.genreshift.ml.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.mxnet.engine.MxGradientCollector;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.util.PairList;
import com.sun.jna.NativeLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every MXNet-specific call of the ml module, in one place (Apache MXNet is retired; a port to another DJL engine
 * should only have to replace this class).
 *
 * <p>It holds the fused native operators DJL does not expose on MXNet (instance norm, asymmetric and reflection
 * padding), the autograd pause for state updates, the engine and device choice, and the OpenMP thread hint.
 */
public final class MxNetBackend {

    private static final Logger LOG = LoggerFactory.getLogger(MxNetBackend.class);
    private static final String OMP_THREADS = "OMP_NUM_THREADS";
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
                    LOG.info("ML engine {} {} on {} ({}={})", engine.getEngineName(), engine.getVersion(), d,
                            OMP_THREADS, threadHint());
                    device = d;
                }
            }
        }
        return d;
    }

    /** The OpenMP thread count MXNet will use: the environment's value, or the one this class set. */
    public static String threadHint() {
        String v = System.getenv(OMP_THREADS);
        return v != null ? v : String.valueOf(Runtime.getRuntime().availableProcessors());
    }

    /**
     * When {@code OMP_NUM_THREADS} is unset, sets it to the number of cores in the native environment before MXNet's
     * OpenMP runtime reads it. Measured: with it unset MXNet used fewer threads on 2 cores and ran 1.3–1.8× slower
     * (ecosystem-notes §2.4b). Has no effect once the native library is loaded.
     */
    private static void applyThreadHint() {
        if (System.getenv(OMP_THREADS) != null) {
            return;
        }
        try {
            String n = String.valueOf(Runtime.getRuntime().availableProcessors());
            NativeLibrary.getInstance("c").getFunction("setenv").invokeInt(new Object[] {OMP_THREADS, n, 0});
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            LOG.warn("Could not set {} ({}); MXNet may use fewer threads than cores", OMP_THREADS, e.getMessage());
        }
    }

    /**
     * Instance normalization, MXNet's fused {@code InstanceNorm} operator: per sample and channel,
     * {@code (x - mean) / sqrt(var + eps) * gamma + beta} over H×W with the biased variance.
     *
     * @param x (B, C, H, W)
     * @param gamma (C)
     * @param beta (C)
     */
    public static NDArray instanceNorm(NDArray x, NDArray gamma, NDArray beta, float eps) {
        PairList<String, Object> p = new PairList<>();
        p.add("eps", eps);
        return x.getManager().invoke("InstanceNorm", new NDList(x, gamma, beta), p).head();
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
