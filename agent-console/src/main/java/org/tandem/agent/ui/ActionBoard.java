package org.tandem.agent.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.agent.session.ActionStatus;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionResult;

/**
 * The console's view of the session's actions: what the customer's computer offers, every action
 * asked for with where it stands, and the programs an uninstall can target. FX thread only.
 */
final class ActionBoard {
    private final ObservableList<ActionDescriptor> catalog = FXCollections.observableArrayList();
    /** Read-only, and always the same list: a listener added to it stays. */
    private final ObservableList<ActionDescriptor> catalogView = FXCollections.unmodifiableObservableList(catalog);
    private final ReadOnlyStringWrapper customerOs = new ReadOnlyStringWrapper("");
    private final ObservableList<ActionStatus> requests = FXCollections.observableArrayList();
    /** Read-only, and always the same list: a listener added to it stays. */
    private final ObservableList<ActionStatus> requestsView = FXCollections.unmodifiableObservableList(requests);
    private final ObservableList<String> knownPrograms = FXCollections.observableArrayList();
    /** Read-only, and always the same list: a listener added to it stays. */
    private final ObservableList<String> knownProgramsView = FXCollections.unmodifiableObservableList(knownPrograms);

    ObservableList<ActionDescriptor> catalog() {
        return catalogView;
    }

    ReadOnlyStringProperty customerOsProperty() {
        return customerOs.getReadOnlyProperty();
    }

    ObservableList<ActionStatus> requests() {
        return requestsView;
    }

    ObservableList<String> knownPrograms() {
        return knownProgramsView;
    }

    /** The request for this action and these parameters that is still under way, if one is. */
    Optional<ActionStatus> underWay(ActionDescriptor action, Map<String, String> parameters) {
        String target = ActionStatus.targetWords(parameters);
        return requests.stream().filter(request -> request.isUnderWay(action.title(), target)).findFirst();
    }

    void offered(String os, List<ActionDescriptor> actions) {
        customerOs.set(os);
        catalog.setAll(actions);
    }

    void changed(ActionStatus update) {
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).requestId().equals(update.requestId())) {
                requests.set(i, update);
                learnPrograms(update);
                return;
            }
        }
        requests.add(update);
    }

    /** A new session: nothing offered or asked for yet. The programs learnt stay. */
    void clear() {
        catalog.clear();
        requests.clear();
        customerOs.set("");
    }

    /** The id column of an installed-programs list names the programs an uninstall can target. */
    private void learnPrograms(ActionStatus update) {
        update.result().map(ActionResult::table).filter(table -> !table.rows().isEmpty()
                && update.title().toLowerCase(java.util.Locale.ROOT).contains("installed"))
                .ifPresent(table -> {
                    int id = Math.max(0, IntStream.range(0, table.columns().size())
                            .filter(i -> table.columns().get(i).equalsIgnoreCase("id")).findFirst().orElse(0));
                    knownPrograms.setAll(table.rows().stream().map(row -> row.get(id)).toList());
                });
    }
}
