package io.genreshift.app.edit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UndoHistoriesTest {
    private final UndoHistories histories = new UndoHistories(() -> new UndoStack(s -> { }));

    @Test
    void aVersionGetsTheSameHistoryEveryTimeUntilItIsDropped() {
        UndoStack original = histories.of(1);
        UndoStack transfer = histories.of(2);

        assertThat(histories.of(1)).isSameAs(original);
        assertThat(transfer).isNotSameAs(original);

        histories.retainOnly(List.of(1L));
        assertThat(histories.size()).isEqualTo(1);
        assertThat(histories.of(1)).isSameAs(original);
        assertThat(histories.of(2)).as("a deleted version's id starts afresh").isNotSameAs(transfer);
    }
}
