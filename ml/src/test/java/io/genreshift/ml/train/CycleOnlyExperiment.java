package io.genreshift.ml.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import io.genreshift.core.corpus.DatasetFiles;
import io.genreshift.core.corpus.PhraseDataset;
import io.genreshift.core.corpus.Split;
import io.genreshift.ml.model.CycleGanGenerator;
import io.genreshift.ml.model.CycleGanLosses;
import io.genreshift.ml.model.NetworkConfig;
import io.genreshift.ml.model.Variant;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A measurement, not a test (surefire does not pick up *Experiment): trains the two generators of a CycleGAN with the
 * cycle loss alone on real phrases and prints it next to the loss of an all-empty output, to see how fast the
 * generators leave the empty-output phase. Run:
 * {@code mvn -B -o -q -pl ml -am test -Dtest=CycleOnlyExperiment -Dsurefire.failIfNoSpecifiedTests=false
 * -Dexp.data=/work/data/duple-v2 [-Dexp.config=16,4,16] [-Dexp.variant=sn] [-Dexp.steps=150] [-Dexp.lr=2e-4]}
 */
class CycleOnlyExperiment {
    @Test
    void run() throws Exception {
        NetworkConfig net = NetworkConfig.parse(System.getProperty("exp.config", "16,4,16"));
        Variant v = Variant.parse(System.getProperty("exp.variant", "sn"));
        int steps = Integer.getInteger("exp.steps", 150);
        float lr = Float.parseFloat(System.getProperty("exp.lr", "2e-4"));
        PhraseDataset data = DatasetFiles.read(Path.of(System.getProperty("exp.data", "/work/data/duple-v2")));
        PhraseSource a = new PhraseSource(List.of(data.phrases("classic", Split.TRAIN)));
        PhraseSource b = new PhraseSource(List.of(data.phrases("pop", Split.TRAIN)));
        try (NDManager m = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(19);
            Block gab = CycleGanGenerator.create(net, v);
            Block gba = CycleGanGenerator.create(net, v);
            Shape shape = new Shape(16, 1, 64, 84);
            gab.initialize(m, DataType.FLOAT32, shape);
            gba.initialize(m, DataType.FLOAT32, shape);
            Map<String, Block> nets = new LinkedHashMap<>();
            nets.put("gab", gab);
            nets.put("gba", gba);
            AdamOptimizer adam = new AdamOptimizer(nets, 0.5f, 0.999f, 1e-8f, m);
            Random r = new Random(1);
            float[] ba = new float[16 * 64 * 84];
            float[] bb = new float[16 * 64 * 84];
            double lossSum = 0, baseSum = 0;
            for (int s = 1; s <= steps; s++) {
                int[] ia = r.ints(16, 0, a.size()).toArray();
                int[] ib = r.ints(16, 0, b.size()).toArray();
                a.writeBatch(ia, 0, 16, ba);
                b.writeBatch(ib, 0, 16, bb);
                try (NDManager step = m.newSubManager()) {
                    ParameterStore ps = new ParameterStore(step, false);
                    NDArray xa = step.create(ba, shape);
                    NDArray xb = step.create(bb, shape);
                    try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                        NDArray fb = gab.forward(ps, new NDList(xa), true).singletonOrThrow();
                        NDArray fa = gba.forward(ps, new NDList(xb), true).singletonOrThrow();
                        NDArray ca = gba.forward(ps, new NDList(fb), true).singletonOrThrow();
                        NDArray cb = gab.forward(ps, new NDList(fa), true).singletonOrThrow();
                        NDArray cyc = CycleGanLosses.cycle(xa, ca).add(CycleGanLosses.cycle(xb, cb)).mul(10f);
                        gc.backward(cyc);
                        lossSum += cyc.getFloat();
                        baseSum += 10 * (xa.mean().getFloat() + xb.mean().getFloat());
                        if (s % 10 == 0) {
                            System.out.printf("EXP step %d cycle %.3f empty-baseline %.3f fb>0.5 %.4f max %.3f%n", s,
                                    lossSum / 10, baseSum / 10, fb.gt(0.5f).toType(DataType.FLOAT32, false).mean().getFloat(),
                                    fb.max().getFloat());
                            lossSum = 0;
                            baseSum = 0;
                        }
                    }
                    adam.step(lr, step);
                }
            }
        }
    }
}
