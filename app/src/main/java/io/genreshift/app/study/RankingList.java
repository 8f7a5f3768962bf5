package io.genreshift.app.study;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;

/**
 * One ranking of a snippet's clips, best at the top: drag a label to its place, or select it and press Alt+Up /
 * Alt+Down. The list shows the view model's ranking and forwards every move to it.
 */
final class RankingList {
    private RankingList() {
    }

    static VBox build(StudySessionViewModel vm, Criterion criterion) {
        ListView<String> list = new ListView<>(vm.ranking(criterion));
        list.setId("ranking-" + criterion.name().toLowerCase(java.util.Locale.ROOT));
        // Tall enough for every label: a ranking with a hidden last place would be easy to get wrong.
        list.setFixedCellSize(32);
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(list.getItems()).multiply(32).add(4));
        list.setCellFactory(v -> cell(vm, criterion, list));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isAltDown() || (e.getCode() != KeyCode.UP && e.getCode() != KeyCode.DOWN)) return;
            String selected = list.getSelectionModel().getSelectedItem();
            if (selected != null) {
                vm.shift(criterion, selected, e.getCode() == KeyCode.UP ? -1 : +1);
                list.getSelectionModel().select(selected);
            }
            e.consume();
        });
        Label title = new Label(criterion.title());
        title.getStyleClass().add("title-4");
        Label question = new Label(criterion.question() + " Best at the top.");
        question.setWrapText(true);
        VBox box = new VBox(6, title, question, list);
        box.setPrefWidth(320);
        return box;
    }

    private static ListCell<String> cell(StudySessionViewModel vm, Criterion criterion, ListView<String> list) {
        ListCell<String> cell = new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (getIndex() + 1) + ".  " + item);
            }
        };
        cell.setOnDragDetected(e -> {
            if (cell.isEmpty()) return;
            Dragboard board = cell.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(cell.getItem());
            board.setContent(content);
            e.consume();
        });
        cell.setOnDragOver(e -> {
            if (e.getGestureSource() != cell && e.getDragboard().hasString()) e.acceptTransferModes(TransferMode.MOVE);
            e.consume();
        });
        cell.setOnDragDropped(e -> {
            String label = e.getDragboard().getString();
            int index = cell.isEmpty() ? list.getItems().size() - 1 : cell.getIndex();
            vm.move(criterion, label, index);
            list.getSelectionModel().select(label);
            e.setDropCompleted(true);
            e.consume();
        });
        return cell;
    }
}
