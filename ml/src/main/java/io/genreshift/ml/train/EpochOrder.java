package io.genreshift.ml.train;

/**
 * The data order of one epoch: independent permutations of A, B and the mixed set. It is a pure function of the seed
 * and the epoch, so a run resumed mid-epoch draws the same batches without storing the permutations.
 */
record EpochOrder(int epoch, int[] a, int[] b, int[] mixed) {

    static EpochOrder of(long seed, int epoch, int sizeA, int sizeB, int sizeMixed) {
        long stream = 3L * epoch;
        return new EpochOrder(epoch,
                TrainingRandom.derived(seed, stream).permutation(sizeA),
                TrainingRandom.derived(seed, stream + 1).permutation(sizeB),
                TrainingRandom.derived(seed, stream + 2).permutation(sizeMixed));
    }
}
