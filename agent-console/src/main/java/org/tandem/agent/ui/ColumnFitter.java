package org.tandem.agent.ui;

import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Sizes a table's columns to what they show: each column is as wide as its heading and its words
 * need (up to a limit), and one column, the widest by its content or the one named, takes the room
 * that is left. When the table is too narrow for that, it scrolls sideways instead of cutting the
 * short columns off. Columns whose cells are not words keep the width they were given.
 */
public final class ColumnFitter<S> {
    /** The widest a column other than the flexible one is made, so that one long word cannot take all. */
    static final double MOST = 260;
    /** The least the flexible column is given when the others need the room. */
    private static final double LEAST_FLEX = 120;
    /** A cell's padding and the room the vertical scroll bar may take. */
    private static final double CELL_PADDING = 18;
    private static final double SCROLL_BAR = 18;
    /** Enough rows to see how wide the words run, without measuring a long table on every change. */
    private static final int ROWS_MEASURED = 300;

    /** Where a column keeps the width it was given, before the first fit changed it. */
    private static final Object GIVEN_WIDTH = new Object();

    /** The most of the table's width the yielding column is given while the flexible one is short of room. */
    static final double YIELDING_SHARE = 0.3;

    private final TableView<S> table;
    private final TableColumn<S, ?> flex;
    private final TableColumn<S, ?> yielding;

    private ColumnFitter(TableView<S> table, TableColumn<S, ?> flex, TableColumn<S, ?> yielding) {
        this.table = table;
        this.flex = flex;
        this.yielding = yielding;
    }

    /** Fits the table's columns now and whenever its width, rows or columns change; the widest takes the rest. */
    public static <S> void fit(TableView<S> table) {
        install(new ColumnFitter<>(table, null, null));
    }

    /** Fits the table's columns now and whenever its width, rows or columns change; {@code flex} takes the rest. */
    public static <S> void fit(TableView<S> table, TableColumn<S, ?> flex) {
        install(new ColumnFitter<>(table, flex, null));
    }

    /**
     * As {@link #fit(TableView, TableColumn)}, and {@code yielding} is made narrower, down to a share of
     * the table's width (never below its heading), when {@code flex} would otherwise be left short of
     * room. Its cells keep their words on one line and shorten them, with the whole in a tooltip
     * ({@link OneLineCell}): broken word by word down a narrow column, a name would take a row of its own.
     */
    public static <S> void fit(TableView<S> table, TableColumn<S, ?> flex, TableColumn<S, ?> yielding) {
        install(new ColumnFitter<>(table, flex, yielding));
    }

    private static <S> void install(ColumnFitter<S> fitter) {
        TableView<S> table = fitter.table;
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        InvalidationListener refit = obs -> fitter.refit();
        table.widthProperty().addListener(refit);
        table.itemsProperty().addListener(refit);
        table.getItems().addListener(refit);
        table.itemsProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.removeListener(refit);
            }
            if (now != null) {
                now.addListener(refit);
            }
        });
        table.getColumns().addListener(refit);
        fitter.refit();
    }

    private void refit() {
        int count = table.getColumns().size();
        if (count == 0) {
            return;
        }
        Font heading = headingFont();
        Font words = Font.font(heading.getFamily(), heading.getSize());
        double[] needs = new double[count];
        int widest = 0;
        for (int c = 0; c < count; c++) {
            TableColumn<S, ?> column = table.getColumns().get(c);
            given(column);
            needs[c] = need(column, heading, words);
            if (needs[c] > needs[widest]) {
                widest = c;
            }
        }
        int flexAt = flex == null ? widest : Math.max(0, table.getColumns().indexOf(flex));
        double inside = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR;
        double others = 0;
        double[] widths = new double[count];
        for (int c = 0; c < count; c++) {
            if (c != flexAt) {
                widths[c] = Math.min(needs[c], MOST);
                others += widths[c];
            }
        }
        int yieldingAt = yielding == null ? -1 : table.getColumns().indexOf(yielding);
        if (yieldingAt >= 0 && yieldingAt != flexAt && inside - others < Math.min(needs[flexAt], LEAST_FLEX)) {
            // The flexible column is short of room: the yielding column gives some of its own.
            double least = Math.max(measure(yielding.getText(), heading) + CELL_PADDING, inside * YIELDING_SHARE);
            double narrower = Math.min(widths[yieldingAt], least);
            others -= widths[yieldingAt] - narrower;
            widths[yieldingAt] = narrower;
        }
        for (int c = 0; c < count; c++) {
            if (c != flexAt) {
                table.getColumns().get(c).setPrefWidth(widths[c]);
            }
        }
        double room = inside - others;
        table.getColumns().get(flexAt).setPrefWidth(Math.max(room, Math.min(needs[flexAt], LEAST_FLEX)));
    }

    private double need(TableColumn<S, ?> column, Font heading, Font words) {
        double need = measure(column.getText(), heading);
        int rows = Math.min(table.getItems().size(), ROWS_MEASURED);
        for (int row = 0; row < rows; row++) {
            Object cell = column.getCellData(row);
            if (!(cell instanceof String text)) {
                return Math.max(need, given(column) - CELL_PADDING) + CELL_PADDING;
            }
            need = Math.max(need, measure(text, words));
        }
        return need + CELL_PADDING;
    }

    /**
     * The width the column was given before it was first fitted: fitting sets its width, and a table
     * fitted while still empty cannot yet tell a column of badges from one of words.
     */
    private static double given(TableColumn<?, ?> column) {
        return (Double) column.getProperties().computeIfAbsent(GIVEN_WIDTH, key -> column.getPrefWidth());
    }

    private Font headingFont() {
        Node header = table.lookup(".column-header");
        Node label = header == null ? null : header.lookup(".label");
        return label instanceof Labeled labeled ? labeled.getFont() : Font.getDefault();
    }

    private static double measure(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text probe = new Text(text);
        probe.setFont(font);
        return Math.ceil(probe.getLayoutBounds().getWidth());
    }
}
