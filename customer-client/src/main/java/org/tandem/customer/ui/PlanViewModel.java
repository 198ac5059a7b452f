package org.tandem.customer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.shared.conversation.PlanStep;
import org.tandem.shared.conversation.StepState;

/**
 * The technician's plan as the customer sees it: the steps in order with their state, which one is
 * under way, and one sentence saying what happens next. Called on the FX thread.
 */
final class PlanViewModel {
    /**
     * One step as shown: its number, words and whether it is the one under way; {@code why}: for a step
     * skipped whose action this computer cannot run, why in the customer's words, "" otherwise.
     */
    record Row(int number, String title, String detail, StepState state, String stateWords, boolean current,
            String why) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    // One wrapper, kept: a wrapper made per call would drop its listeners once collected.
    private final ObservableList<Row> shownRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper(Texts.get("plan.none"));
    private Map<String, String> notPossibleHere = Map.of();

    /**
     * What this computer cannot run, by action id, with why in the customer's words: a skipped step that
     * runs one of them says why, so the customer is not left with "skipped" alone (decision 0045).
     */
    void notPossibleHere(Map<String, String> why) {
        notPossibleHere = Map.copyOf(why);
    }

    /** The plan as the technician set it last. */
    void show(List<PlanStep> steps) {
        Optional<PlanStep> current = current(steps);
        List<Row> shown = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            PlanStep step = steps.get(i);
            String why = step.state() == StepState.SKIPPED ? notPossibleHere.getOrDefault(step.actionId(), "") : "";
            shown.add(new Row(i + 1, step.title(), step.detail(), step.state(), stateWords(step.state()),
                    current.filter(step::equals).isPresent(), why));
        }
        rows.setAll(shown);
        next.set(whatHappensNext(steps, current));
    }

    /** Forgets the last session's plan. */
    void clear() {
        show(List.of());
    }

    ObservableList<Row> rows() {
        return shownRows;
    }

    /** "Now: … Next: …", "Your technician waits for your OK to …", "Every step is done." */
    ReadOnlyStringProperty nextProperty() {
        return next.getReadOnlyProperty();
    }

    /** The step the customer should watch: one that waits for their OK, else the one under way. */
    private static Optional<PlanStep> current(List<PlanStep> steps) {
        return steps.stream().filter(step -> step.state() == StepState.NEEDS_OK).findFirst()
                .or(() -> steps.stream().filter(step -> step.state() == StepState.IN_PROGRESS).findFirst());
    }

    private static String whatHappensNext(List<PlanStep> steps, Optional<PlanStep> current) {
        if (steps.isEmpty()) {
            return Texts.get("plan.none");
        }
        Optional<PlanStep> upcoming = steps.stream()
                .skip(current.map(steps::indexOf).orElse(-1) + 1L)
                .filter(step -> step.state() == StepState.PLANNED).findFirst();
        if (current.isPresent() && current.get().state() == StepState.NEEDS_OK) {
            return Texts.get("plan.next.needsOk", current.get().title());
        }
        if (current.isPresent()) {
            return upcoming.map(step -> Texts.get("plan.next.nowThen", current.get().title(), step.title()))
                    .orElseGet(() -> Texts.get("plan.next.nowLast", current.get().title()));
        }
        return upcoming.map(step -> Texts.get("plan.next.upcoming", step.title()))
                .orElseGet(() -> Texts.get("plan.next.allDone"));
    }

    private static String stateWords(StepState state) {
        return Texts.get("plan.state." + state.name());
    }
}
