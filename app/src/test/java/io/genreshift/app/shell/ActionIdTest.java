package io.genreshift.app.shell;

import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ActionIdTest {

    @Test
    void everyActionHasAUniqueShortcutShownInItsTooltip() {
        Set<String> seen = new HashSet<>();
        for (ActionId id : ActionId.values()) {
            KeyCombination k = id.accelerator();
            if (k == null) continue;
            assertThat(seen.add(k.getName())).as("shortcut of %s is taken twice", id).isTrue();
            assertThat(id.tooltip()).contains(id.shortcutText());
        }
        assertThat(Arrays.stream(ActionId.values()).map(ActionId::accelerator).filter(Objects::nonNull).count())
                .isEqualTo(ActionId.values().length);
    }

    @Test
    void everyIconExists() {
        for (ActionId id : ActionId.values()) {
            // Resolving an unknown literal throws, which would break the menu at start-up.
            assertThat(new FontIcon(id.icon()).getIconCode().getDescription())
                    .as("icon of %s", id).isEqualTo(id.icon());
        }
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
