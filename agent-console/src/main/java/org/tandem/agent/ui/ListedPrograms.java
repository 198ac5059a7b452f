package org.tandem.agent.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.shared.action.ActionTable;

/**
 * The programs one of the customer's lists found, for a picker to offer: each by the key the
 * customer's computer knows it by (a package id, a process id) and the name the list gave it. FX
 * thread only.
 */
final class ListedPrograms {
    private final ObservableList<String> keys = FXCollections.observableArrayList();
    /** Read-only, and always the same list: a listener added to it stays. */
    private final ObservableList<String> keysView = FXCollections.unmodifiableObservableList(keys);
    private final Map<String, String> names = new HashMap<>();
    private final String keyHeading;

    /** @param keyHeading the heading of the list's column that holds the keys; the names are under "Name" */
    ListedPrograms(String keyHeading) {
        this.keyHeading = keyHeading;
    }

    /** The keys of the programs listed, in the list's order; empty until a list came. */
    ObservableList<String> keys() {
        return keysView;
    }

    /** The name the list gave the program of that key; "" when it gave none. */
    String name(String key) {
        return names.getOrDefault(key, "");
    }

    /** Whether the key or the name of a listed program holds {@code typed}, ignoring case. */
    boolean matches(String key, String typed) {
        String needle = typed.strip().toLowerCase(Locale.ROOT);
        return key.toLowerCase(Locale.ROOT).contains(needle) || name(key).toLowerCase(Locale.ROOT).contains(needle);
    }

    /** The key of the one listed program called {@code name}, ignoring case; empty when none is, or several are. */
    Optional<String> onlyOneCalled(String name) {
        List<String> called = keys.stream().filter(key -> name(key).equalsIgnoreCase(name.strip())).toList();
        return called.size() == 1 ? Optional.of(called.get(0)) : Optional.empty();
    }

    /** Takes the programs of a list the customer's computer sent, in place of those known so far. */
    void learn(ActionTable table) {
        if (table.rows().isEmpty()) {
            return;
        }
        int key = column(table.columns(), keyHeading);
        int name = column(table.columns(), "name");
        names.clear();
        table.rows().forEach(row -> names.put(row.get(key), row.get(name)));
        keys.setAll(table.rows().stream().map(row -> row.get(key)).toList());
    }

    void clear() {
        names.clear();
        keys.clear();
    }

    /** The column of that heading; the first when there is none. */
    private static int column(List<String> headings, String heading) {
        return Math.max(0, IntStream.range(0, headings.size()).filter(i -> headings.get(i).equalsIgnoreCase(heading))
                .findFirst().orElse(0));
    }
}
