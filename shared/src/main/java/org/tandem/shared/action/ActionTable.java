package org.tandem.shared.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Structured rows a read action returns, such as installed programs or processes, so the console
 * can show and sort them. Bounded: at most {@link #MAX_ROWS} rows of at most {@link #MAX_COLUMNS}
 * cells; {@code omittedRows} says how many more there were.
 */
public record ActionTable(List<String> columns, List<List<String>> rows, int omittedRows) {
    public static final int MAX_COLUMNS = 8;
    public static final int MAX_ROWS = 200;
    public static final int MAX_CELL = 200;
    /**
     * Characters a table may take of a result's {@link ActionText#MESSAGE_BUDGET}, leaving the rest
     * for the summary and output lines.
     */
    public static final int BUDGET = 12_000;
    /** A table with no columns and no rows. */
    public static final ActionTable EMPTY = new ActionTable(List.of(), List.of(), 0);

    public ActionTable {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(rows, "rows");
        if (columns.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException("More than " + MAX_COLUMNS + " columns");
        }
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("More than " + MAX_ROWS + " rows");
        }
        if (omittedRows < 0) {
            throw new IllegalArgumentException("omittedRows must not be negative");
        }
        columns = List.copyOf(columns);
        columns.forEach(column -> ActionText.line(column, 40, "column"));
        List<List<String>> copied = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row has " + row.size() + " cells for " + columns.size() + " columns");
            }
            List<String> cells = List.copyOf(row);
            cells.forEach(cell -> ActionText.line(cell, MAX_CELL, "cell"));
            copied.add(cells);
        }
        rows = List.copyOf(copied);
    }

    /**
     * A table of as many of the given rows as fit within {@code budget} characters and
     * {@link #MAX_ROWS}, in order, with cells cleaned and cut to {@link #MAX_CELL}; the rest are
     * counted in {@code omittedRows}.
     */
    public static ActionTable fitting(List<String> columns, List<List<String>> rows, int budget) {
        int used = columns.stream().mapToInt(String::length).sum();
        List<List<String>> kept = new ArrayList<>();
        for (List<String> row : rows) {
            if (kept.size() == MAX_ROWS) {
                break;
            }
            List<String> cells = row.stream().map(cell -> ActionText.clean(cell, MAX_CELL)).toList();
            int size = cells.stream().mapToInt(String::length).sum();
            if (used + size > budget) {
                break;
            }
            used += size;
            kept.add(cells);
        }
        return new ActionTable(columns, kept, rows.size() - kept.size());
    }

    /** Characters of text it holds, counted against {@link ActionText#MESSAGE_BUDGET}. */
    public int chars() {
        return columns.stream().mapToInt(String::length).sum()
                + rows.stream().flatMap(List::stream).mapToInt(String::length).sum();
    }
}
