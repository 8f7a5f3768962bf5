package io.genreshift.ml.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** How per-parameter training state (Adam's moments, the weight average) is written into a checkpoint section. */
final class StateArrays {
    private StateArrays() {
    }

    static void write(DataOutputStream out, NDArray array) throws IOException {
        byte[] bytes = array.encode();
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /**
     * Reads an array written by {@link #write} into {@code manager}; it must have the parameter's shape.
     *
     * @param what names the array in errors, e.g. {@code optimizer state of 'generatorAB/...'}
     */
    static NDArray read(DataInputStream in, NDManager manager, Shape parameterShape, String what) throws IOException {
        int len = in.readInt();
        if (len < 0) throw new IOException("negative array length in " + what);
        byte[] bytes = new byte[len];
        in.readFully(bytes);
        NDArray a = NDArray.decode(manager, bytes);
        if (!a.getShape().equals(parameterShape)) {
            a.close();
            throw new IOException(what + " has shape " + a.getShape() + ", the parameter " + parameterShape);
        }
        return a;
    }
}
