package io.genreshift.app.shell;

import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ActionIdTest {

    @Test
    void shortcutsAreUniqueAndShownInTooltips() {
        Set<String> seen = new HashSet<>();
        for (ActionId id : ActionId.values()) {
            KeyCombination k = id.accelerator();
            if (k == null) continue;
            assertThat(seen.add(k.getName())).as("shortcut of %s is taken twice", id).isTrue();
            assertThat(id.tooltip()).contains(id.shortcutText());
        }
        assertThat(Arrays.stream(ActionId.values()).map(ActionId::accelerator).filter(Objects::nonNull).count())
                .isGreaterThanOrEqualTo(ActionId.values().length - 1);
    }

    @Test
    void abIsOnB() {
        assertThat(ActionId.AB_SWITCH.accelerator().getName()).isEqualTo("B");
        assertThat(ActionId.SHORTCUTS.shortcutText()).isEqualTo("?");
    }

    @Test
    void disabledActionsDoNotRun() {
        Actions actions = new Actions();
        int[] runs = {0};
        actions.on(ActionId.TRANSFER, () -> runs[0]++);
        assertThat(actions.fire(ActionId.TRANSFER)).isTrue();
        actions.disabledProperty(ActionId.TRANSFER).set(true);
        assertThat(actions.fire(ActionId.TRANSFER)).isFalse();
        assertThat(runs[0]).isEqualTo(1);
    }
}
