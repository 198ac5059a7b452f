package org.tandem.agent.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.tandem.agent.session.ActionStatus;
import org.tandem.shared.action.ActionResult;

/**
 * One action's result as the Actions tab shows it: the outcome in a sentence, the table (filtered by
 * what the technician types, sorted by any column, numbers as numbers) and any plain lines; copied
 * as tab-separated text for a ticket or a spreadsheet.
 */
final class ResultTableModel {
    /** Numbers (with an optional unit, "3 MB", "12.5%") compare as numbers, the rest as words. */
    static final Comparator<String> CELLS = (a, b) -> {
        Optional<Double> x = number(a);
        Optional<Double> y = number(b);
        if (x.isPresent() && y.isPresent()) {
            return Double.compare(x.get(), y.get());
        }
        return a.compareToIgnoreCase(b);
    };

    private final ReadOnlyObjectWrapper<List<String>> columns = new ReadOnlyObjectWrapper<>(List.of());
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    private final FilteredList<List<String>> shown = new FilteredList<>(rows, row -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lines = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");

    ResultTableModel() {
        filter.addListener((obs, was, now) -> refilter());
    }

    /** Shows this request: its result once there is one, otherwise where it stands. */
    void show(ActionStatus status) {
        if (status == null) {
            columns.set(List.of());
            rows.clear();
            summary.set("");
            lines.set("");
            count.set("");
            return;
        }
        if (status.result().isEmpty()) {
            columns.set(List.of());
            rows.clear();
            summary.set(status.describe());
            lines.set("");
            count.set("");
            return;
        }
        ActionResult result = status.result().get();
        String exit = result.exitStatus() == ActionResult.NO_EXIT_STATUS ? ""
                : " " + Texts.format("actions.exitStatus", result.exitStatus());
        summary.set(status.named() + " — " + status.stage().words() + ": " + result.summary() + exit);
        if (!result.table().columns().equals(columns.get())) {
            columns.set(List.copyOf(result.table().columns()));
        }
        rows.setAll(result.table().rows());
        StringBuilder text = new StringBuilder(String.join("\n", result.lines()));
        if (result.omittedLines() > 0) {
            text.append('\n').append(Texts.format("actions.moreLines", result.omittedLines()));
        }
        lines.set(text.toString());
        refilter();
        count.set(result.table().columns().isEmpty() ? "" : result.table().omittedRows() > 0
                ? Texts.format("actions.rowsOmitted", shown.size(), rows.size(), result.table().omittedRows())
                : Texts.format("actions.rows", shown.size(), rows.size()));
    }

    ReadOnlyObjectProperty<List<String>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    /** The rows that match the filter, in the result's order (the view sorts them). */
    FilteredList<List<String>> shownRows() {
        return shown;
    }

    StringProperty filterProperty() {
        return filter;
    }

    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The result's plain lines (a scan's findings, a command's output); "" for none. */
    ReadOnlyStringProperty linesProperty() {
        return lines.getReadOnlyProperty();
    }

    /** "3 of 120 rows" */
    ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The header and the given rows as tab-separated lines. */
    String copyText(List<List<String>> chosen) {
        return columns.get().stream().collect(Collectors.joining("\t")) + "\n"
                + chosen.stream().map(row -> String.join("\t", row)).collect(Collectors.joining("\n"));
    }

    private void refilter() {
        String words = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(words.isEmpty() ? row -> true
                : row -> row.stream().anyMatch(cell -> cell.toLowerCase(Locale.ROOT).contains(words)));
        if (!columns.get().isEmpty()) {
            count.set(Texts.format("actions.rows", shown.size(), rows.size()));
        }
    }

    private static Optional<Double> number(String cell) {
        String trimmed = cell.strip();
        int end = 0;
        while (end < trimmed.length() && (Character.isDigit(trimmed.charAt(end)) || trimmed.charAt(end) == '.'
                || (end == 0 && trimmed.charAt(end) == '-'))) {
            end++;
        }
        if (end == 0 || (end < trimmed.length() && !Character.isWhitespace(trimmed.charAt(end))
                && trimmed.charAt(end) != '%')) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(trimmed.substring(0, end));
            String unit = trimmed.substring(end).strip().toUpperCase(Locale.ROOT);
            return Optional.of(value * switch (unit) {
                case "KB", "KIB", "K" -> 1e3;
                case "MB", "MIB", "M" -> 1e6;
                case "GB", "GIB", "G" -> 1e9;
                case "TB", "TIB" -> 1e12;
                default -> 1;
            });
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
