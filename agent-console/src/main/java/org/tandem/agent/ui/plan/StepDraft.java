package org.tandem.agent.ui.plan;

import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.agent.ui.Texts;
import org.tandem.shared.conversation.PlanStep;
import org.tandem.shared.conversation.StepState;

/**
 * A plan step as the technician typed it, made into a {@link PlanStep}: title and detail stripped and
 * within their bounds, or, when it is not a step, the reason in words for the plan's message line.
 */
final class StepDraft {
    private static final Logger LOG = LoggerFactory.getLogger(StepDraft.class);

    private StepDraft() {}

    /** The step, or empty after {@code refused} was told why it is not one. */
    static Optional<PlanStep> step(String id, String title, String detail, String actionId, StepState state,
            Consumer<String> refused) {
        String cleanTitle = title == null ? "" : title.strip();
        String cleanDetail = detail == null ? "" : detail.strip();
        if (cleanTitle.isEmpty()) {
            refused.accept(Texts.get("plan.titleMissing"));
            return Optional.empty();
        }
        if (cleanTitle.length() > PlanStep.MAX_TITLE || cleanDetail.length() > PlanStep.MAX_DETAIL) {
            refused.accept(Texts.format("plan.tooLong", PlanStep.MAX_TITLE, PlanStep.MAX_DETAIL));
            return Optional.empty();
        }
        try {
            return Optional.of(new PlanStep(id, cleanTitle, cleanDetail, actionId == null ? "" : actionId, state));
        } catch (IllegalArgumentException e) {
            LOG.info("Not a plan step: {}", e.getMessage());
            refused.accept(Texts.get("plan.invalid"));
            return Optional.empty();
        }
    }
}
