package org.tandem.agent.ui;

import javafx.scene.Node;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A table cell whose words keep one line: when its column is narrower than they are, they end at a
 * whole word with "…", and the cell's tooltip holds them all. For a column that gives up room to
 * another ({@link ColumnFitter#fit(javafx.scene.control.TableView, javafx.scene.control.TableColumn,
 * javafx.scene.control.TableColumn)}).
 */
public final class OneLineCell<S> extends TableCell<S, String> {
    private final Tooltip whole = new Tooltip();

    public OneLineCell() {
        setWrapText(false);
        setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
        setEllipsisString("…");
        setMnemonicParsing(false);
        whole.setWrapText(true);
        whole.setMaxWidth(400);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setGraphic(null);
        setText(empty || item == null ? null : item);
        whole.setText(empty || item == null ? "" : item);
        if (empty || item == null) {
            setTooltip(null);
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // Only a shortened name has a tooltip: one that said again what the cell shows would be noise.
        Node drawn = lookup(".text");
        boolean shortened = getText() != null && drawn instanceof Text text && !getText().equals(text.getText());
        Tooltip wanted = shortened ? whole : null;
        if (getTooltip() != wanted) {
            setTooltip(wanted);
        }
    }
}
