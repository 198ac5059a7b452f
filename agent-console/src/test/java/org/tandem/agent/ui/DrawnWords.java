package org.tandem.agent.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/** The words a table shows as they are drawn, for tests that check nothing is cut off. */
public final class DrawnWords {
    private DrawnWords() {}

    /** Of {@code found} (nodes looked up as {@code .table-cell}), the shown cells of the column headed {@code heading} that hold words. */
    public static List<TableCell<?, ?>> cells(Collection<? extends Node> found, String heading) {
        return found.stream().filter(TableCell.class::isInstance)
                .<TableCell<?, ?>>map(cell -> (TableCell<?, ?>) cell)
                .filter(cell -> cell.getTableColumn() != null && heading.equals(cell.getTableColumn().getText())
                        && cell.getItem() instanceof String item && !item.isEmpty() && cell.isVisible())
                .toList();
    }

    /** Every run of words drawn in the node, whatever draws it (a cell's own text or a graphic). */
    public static List<Text> texts(Node node) {
        List<Text> found = new ArrayList<>();
        if (node instanceof Text text && node.isVisible() && !text.getText().isEmpty()) {
            found.add(text);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> found.addAll(texts(child)));
        }
        return found;
    }
}
