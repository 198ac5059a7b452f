package org.tandem.agent.ui;

import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/**
 * A table cell whose words wrap at its column's width instead of being cut off: the row grows to hold
 * them. For the column that takes the room the others leave ({@link ColumnFitter}).
 */
public final class WrappingCell<S> extends TableCell<S, String> {
    private final Text text = new Text();

    public WrappingCell() {
        // The column's width, which the row knows when it measures its height; a new cell's own comes later.
        text.wrappingWidthProperty().bind(widthProperty().subtract(10));
        tableColumnProperty().addListener((obs, was, column) -> {
            text.wrappingWidthProperty().unbind();
            text.wrappingWidthProperty().bind(column == null ? widthProperty().subtract(10)
                    : column.widthProperty().subtract(10));
        });
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        text.setText(empty || item == null ? "" : item);
        setGraphic(empty ? null : text);
    }
}
