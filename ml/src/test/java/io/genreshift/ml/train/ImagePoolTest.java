package io.genreshift.ml.train;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ImagePoolTest {

    /** A batch whose single value identifies when and for which genre it was generated. */
    private static FakePair pair(int iteration) {
        return new FakePair(new float[] {iteration}, new float[] {-iteration});
    }

    @Test
    void storesAndReturnsTheCurrentBatchesUntilFull() {
        ImagePool pool = new ImagePool(5);
        TrainingRandom random = TrainingRandom.seeded(1);
        for (int i = 1; i <= 5; i++) {
            FakePair current = pair(i);
            assertThat(pool.query(current, random)).isSameAs(current);
            assertThat(pool.size()).isEqualTo(i);
        }
    }

    @Test
    void onceFullReturnsEitherTheCurrentPairOrStoredBatchesAboutHalfTheTime() {
        ImagePool pool = new ImagePool(50);
        TrainingRandom random = TrainingRandom.seeded(7);
        for (int i = 1; i <= 50; i++) pool.query(pair(i), random);
        int returnedCurrent = 0;
        boolean slotsDiffered = false;
        Set<Float> everReturnedA = new HashSet<>();
        for (int i = 51; i <= 2050; i++) {
            FakePair out = pool.query(pair(i), random);
            float a = out.fakeA()[0];
            float b = -out.fakeB()[0];
            if (a == i) {
                assertThat(b).as("the current pair is returned whole").isEqualTo(i);
                returnedCurrent++;
            } else {
                assertThat(a).as("a stored A batch is an older one").isLessThan(i);
                assertThat(b).as("a stored B batch is an older one").isLessThan(i);
                assertThat(everReturnedA).as("each stored batch is returned at most once").doesNotContain(a);
                everReturnedA.add(a);
                slotsDiffered |= a != b;
            }
        }
        assertThat(returnedCurrent).isBetween(900, 1100);
        assertThat(slotsDiffered).as("A and B slots are drawn independently").isTrue();
        assertThat(pool.size()).isEqualTo(50);
    }

    @Test
    void zeroCapacityPassesEverythingThrough() {
        ImagePool pool = new ImagePool(0);
        FakePair current = pair(3);
        assertThat(pool.query(current, TrainingRandom.seeded(1))).isSameAs(current);
        assertThat(pool.size()).isZero();
    }

    @Test
    void aRestoredPoolContinuesExactlyLikeTheOriginal() throws IOException {
        ImagePool original = new ImagePool(4);
        TrainingRandom random = TrainingRandom.seeded(3);
        for (int i = 1; i <= 10; i++) original.query(pair(i), random);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        original.writeTo(new DataOutputStream(bytes));
        ImagePool restored = ImagePool.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        TrainingRandom randomCopy = TrainingRandom.restored(random.state());
        for (int i = 11; i <= 40; i++) {
            FakePair a = original.query(pair(i), random);
            FakePair b = restored.query(pair(i), randomCopy);
            assertThat(b.fakeA()).containsExactly(a.fakeA());
            assertThat(b.fakeB()).containsExactly(a.fakeB());
        }
    }
}
