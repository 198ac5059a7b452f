package org.tandem.shared.conversation;

import java.util.Objects;
import org.tandem.shared.action.ActionText;

/**
 * One step of the plan of action the technician sets and the customer sees.
 *
 * @param id       stable across edits and reordering, so an OK given to a step stays with it
 * @param title    what the step is, in a line the customer understands
 * @param detail   more words, "" for none
 * @param actionId the catalog action the step runs, "" for none
 */
public record PlanStep(String id, String title, String detail, String actionId, StepState state) {
    public static final int MAX_TITLE = 120;
    public static final int MAX_DETAIL = 500;

    public PlanStep {
        ActionText.requestId(id);
        ActionText.line(title, MAX_TITLE, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("A step has a title");
        }
        ActionText.prose(detail, MAX_DETAIL, "detail");
        Objects.requireNonNull(actionId, "actionId");
        if (!actionId.isEmpty()) {
            ActionText.actionId(actionId);
        }
        Objects.requireNonNull(state, "state");
    }

    public PlanStep withState(StepState next) {
        return new PlanStep(id, title, detail, actionId, next);
    }
}
