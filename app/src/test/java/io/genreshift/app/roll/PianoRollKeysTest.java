package io.genreshift.app.roll;

import io.genreshift.core.model.Note;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PianoRollKeysTest {
    private static final Note C4 = Note.of(60, 480, 480, 100);
    private PianoRollViewModel vm;
    private PianoRollKeys keys;

    @BeforeEach
    void setUp() {
        vm = new PianoRollViewModel(TestSongs.of(C4));
        vm.resize(800, 400);
        keys = new PianoRollKeys(vm);
    }

    @Test
    void editingKeysRunTheirCommands() {
        vm.select(List.of(C4));
        assertThat(keys.handle(KeyCode.UP, true, false, false)).isTrue();
        assertThat(vm.getSong().notes()).extracting(Note::pitch).containsExactly(72);
        assertThat(keys.handle(KeyCode.Z, false, true, false)).isTrue();
        assertThat(vm.getSong().notes()).extracting(Note::pitch).containsExactly(60);
        assertThat(keys.handle(KeyCode.Z, true, true, false)).isTrue();
        assertThat(vm.getSong().notes()).extracting(Note::pitch).containsExactly(72);
        assertThat(keys.handle(KeyCode.DIGIT1, false, false, false)).isTrue();
        assertThat(vm.toolProperty().get()).isEqualTo(Tool.DRAW);
    }

    @Test
    void keysTheRollDoesNotOwnAreLeftToTheHost() {
        assertThat(keys.handle(KeyCode.Q, false, true, false)).as("Ctrl+Q is the host's Quit").isFalse();
        assertThat(keys.handle(KeyCode.SPACE, false, false, false)).as("Space is play/pause").isFalse();
        assertThat(keys.handle(KeyCode.B, false, false, false)).as("B is the A/B switch").isFalse();
        assertThat(keys.handle(KeyCode.DELETE, false, false, true)).isFalse();
        assertThat(vm.undoStack().canUndo()).isFalse();
    }

    @Test
    void ctrlArrowsScrollABarOrAnOctave() {
        vm.zoomTime(4, 0);
        vm.zoomPitch(3, 0);
        Viewport before = vm.getViewport();
        assertThat(keys.handle(KeyCode.RIGHT, false, true, false)).isTrue();
        assertThat(vm.getViewport().originTick()).isEqualTo(before.originTick() + 4 * TestSongs.PPQ, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(keys.handle(KeyCode.DOWN, false, true, false)).isTrue();
        assertThat(vm.getViewport().topRow()).isEqualTo(before.topRow() + 12, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(vm.getSong().notes()).containsExactly(C4);
    }
}
