package io.genreshift.ml.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

/** Test helper: initialises a block for an input shape and runs it in inference mode. */
final class Blocks4d {

    private Blocks4d() {
    }

    static Block init(Block block, NDManager manager, Shape input) {
        block.initialize(manager, DataType.FLOAT32, input);
        return block;
    }

    static NDArray forward(Block block, NDManager manager, NDArray x) {
        return block.forward(new ParameterStore(manager, false), new NDList(x), false).singletonOrThrow();
    }
}
