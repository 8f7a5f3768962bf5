package io.genreshift.ml.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Throughputs of one benchmark run; {@link #toJson} uses the PyTorch peer's keys so the two can be compared key by key.
 *
 * @param settings what was measured
 * @param engine engine, version and device, e.g. "MXNet 1.9.0 cpu()"
 * @param threads the OpenMP thread count
 * @param waitPolicy the OpenMP wait policy (the peer inherits the same environment)
 * @param generatorParams trainable parameters of one generator
 * @param inferPhrasesPerS generator inference, thresholded output
 * @param trainPhrasePairsPerS full CycleGAN iterations (G step + D step) × batch
 * @param trainCpuSecondsPerIteration process CPU time (all threads) per training iteration
 * @param classifyPhrasesPerS 2-genre classifier softmax
 * @param saliencyPhrasesPerS classifier input gradients × input
 * @param generatorGflopsPerS achieved GFLOP/s of the generator forward during inference
 * @param memoryBefore after the first training iteration
 * @param memoryAfter after every training iteration
 * @param trainingIterations training iterations between the two snapshots
 */
public record BenchResult(BenchSettings settings, String engine, String threads, String waitPolicy,
                          long generatorParams,
                          double inferPhrasesPerS, double trainPhrasePairsPerS, double trainCpuSecondsPerIteration,
                          double classifyPhrasesPerS,
                          double saliencyPhrasesPerS, double generatorGflopsPerS, MemorySnapshot memoryBefore,
                          MemorySnapshot memoryAfter, int trainingIterations) {

    /** The peer's keys first, then this benchmark's extras; insertion-ordered for stable output. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("engine", engine);
        m.put("threads", threads);
        m.put("omp_wait_policy", waitPolicy);
        m.put("width", settings.network().genWidth());
        m.put("res", settings.network().resBlocks());
        m.put("dwidth", settings.network().discWidth());
        m.put("sn", settings.variant().spectralNorm());
        m.put("sa", settings.variant().selfAttention());
        m.put("batch", settings.batch());
        m.put("generator_params", generatorParams);
        m.put("infer_phrases_per_s", round(inferPhrasesPerS, 2));
        m.put("train_phrase_pairs_per_s", round(trainPhrasePairsPerS, 3));
        m.put("train_cpu_s_per_iteration", round(trainCpuSecondsPerIteration, 3));
        m.put("classify_phrases_per_s", round(classifyPhrasesPerS, 1));
        m.put("saliency_phrases_per_s", round(saliencyPhrasesPerS, 1));
        m.put("generator_gflops_per_s", round(generatorGflopsPerS, 2));
        Map<String, Object> memory = new LinkedHashMap<>();
        memory.put("training_iterations", trainingIterations);
        memory.put("rss_mb_before", round(memoryBefore.residentBytes() / 1048576.0, 1));
        memory.put("rss_mb_after", round(memoryAfter.residentBytes() / 1048576.0, 1));
        memory.put("managed_arrays_before", memoryBefore.managedArrays());
        memory.put("managed_arrays_after", memoryAfter.managedArrays());
        m.put("memory", memory);
        return m;
    }

    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
