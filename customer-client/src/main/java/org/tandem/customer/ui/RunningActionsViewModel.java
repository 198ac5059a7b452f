package org.tandem.customer.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.customer.session.RunningAction;
import org.tandem.shared.action.ActionRisk;

/**
 * What runs on the customer's computer now, each with its progress and, where it can be stopped, its
 * Stop; the customer's Stop, once pressed, shows as stopping until the action has ended. FX thread
 * only; {@link CustomerViewModel} brings the session's changes here (decision 0043).
 */
final class RunningActionsViewModel {
    /**
     * One action that runs.
     *
     * @param percent 0 to 100, or negative when the action does not say how far it is
     * @param line what it last said it does; "" for nothing yet
     * @param stopping the customer pressed Stop and it has not ended yet
     */
    record Row(String requestId, String what, ActionRisk risk, boolean stoppable, int percent, String line,
            boolean stopping) {

        /** The Stop button's words: what it stops, as the customer allowed it. */
        String stopLabel() {
            return Texts.get(risk == ActionRisk.SCAN ? "running.stop.scan" : "running.stop.change");
        }

        /** How far it is, in words: "40% done — removing…", or what it does, or that it works. */
        String progress() {
            String done = percent >= 0 ? Texts.get("running.percent", percent) : "";
            if (line.isBlank()) {
                return done.isEmpty() ? Texts.get("running.working") : done;
            }
            return done.isEmpty() ? line : done + " — " + line;
        }
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> shown = FXCollections.unmodifiableObservableList(rows);
    private final Set<String> stopping = new HashSet<>();
    private final Consumer<String> stop;
    private final BooleanBinding anyRunning = Bindings.isNotEmpty(rows);

    /** @param stop stops one action by the customer's hand, by its request id, off the FX thread */
    RunningActionsViewModel(Consumer<String> stop) {
        this.stop = Objects.requireNonNull(stop, "stop");
    }

    /** What runs now, from the session, oldest first. */
    void show(List<RunningAction> running) {
        stopping.retainAll(running.stream().map(RunningAction::requestId).toList());
        rows.setAll(running.stream().map(action -> new Row(action.requestId(), action.what(), action.risk(),
                action.stoppable(), action.percent(), action.line(), stopping.contains(action.requestId()))).toList());
    }

    /** The customer pressed Stop on one action; nothing for one that cannot be stopped or is stopping already. */
    void stop(String requestId) {
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.requestId().equals(requestId) && row.stoppable() && !row.stopping()) {
                stopping.add(requestId);
                rows.set(i, new Row(row.requestId(), row.what(), row.risk(), true, row.percent(), row.line(), true));
                stop.accept(requestId);
            }
        }
    }

    /** The customer's key: every action that runs and can be stopped is stopped. */
    void stopAll() {
        rows.stream().map(Row::requestId).toList().forEach(this::stop);
    }

    /** A new session: nothing of the last one runs in it. */
    void clear() {
        stopping.clear();
        rows.clear();
    }

    /** The actions that run, oldest first; changes come from the session only. */
    ObservableList<Row> rows() {
        return shown;
    }

    BooleanBinding anyRunningProperty() {
        return anyRunning;
    }
}
