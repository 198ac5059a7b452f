package org.tandem.customer.action;

import java.util.LinkedHashMap;
import java.util.Locale;
import org.tandem.shared.log.JournalEvent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.customer.action.CancellationToken.Reason;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.action.ActionTable;
import org.tandem.shared.action.ActionText;
import org.tandem.shared.action.ActionRequest;

/** One action request on its way through the engine's steps. */
final class PendingRequest {
    private static final Logger LOG = LoggerFactory.getLogger(PendingRequest.class);

    final ActionRequest request;
    final CancellationToken token = new CancellationToken();
    final AtomicBoolean finished = new AtomicBoolean();
    volatile String what = "An action";
    /** What the customer's permission is for, as their question was recorded: "measure what fills “/”". */
    volatile String purpose = "";
    /** The customer's yes to this request's question is recorded (set once the answer is in). */
    volatile boolean allowed;
    volatile boolean running;
    /** The technician's stop of this request is on record (decisions 0045, 0049); it is recorded once. */
    final AtomicBoolean stopRecorded = new AtomicBoolean();
    volatile boolean cancellable = true;

    PendingRequest(ActionRequest request) {
        this.request = request;
    }

    /** The result to report for this request, from what the action reported and how it was stopped. */
    ActionResult resultOf(Action action, ActionReport report) {
        String id = request.requestId();
        Outcome outcome = report.outcome();
        String summary = report.summary();
        int exitStatus = report.exitStatus();
        Optional<Reason> reason = token.reason();
        if (reason.isPresent() && outcome != Outcome.SUCCEEDED) {
            outcome = ActionOutcomeWords.outcomeOf(reason.get());
            summary = (ActionOutcomeWords.stopped(reason.get(), action) + " " + summary).strip();
            // Stopped, it did not exit: whatever status it left (0 included) must not read as a clean end.
            exitStatus = ActionResult.NO_EXIT_STATUS;
        }
        try {
            return ActionResult.fitted(id, outcome, exitStatus, summary, report.lines(), report.omittedLines(),
                    report.table());
        } catch (IllegalArgumentException e) {
            LOG.warn("The result of {} did not fit; sending it without its table", id, e);
            return ActionResult.fitted(id, outcome, exitStatus, summary + " (The list was too long to send.)",
                    report.lines(), report.omittedLines(), ActionTable.EMPTY);
        }
    }

    /**
     * The customer's words for how the run ended, where the result's summary is not for them: a run they
     * stopped themselves, with what it reported; "" otherwise.
     */
    String toCustomer(ActionReport report) {
        Optional<Reason> reason = token.reason();
        if (reason.isEmpty() || report.outcome() == Outcome.SUCCEEDED) {
            return "";
        }
        String told = ActionOutcomeWords.stoppedToCustomer(reason.get());
        return told.isEmpty() ? "" : ActionText.clean(told + " " + report.summary(), 500).strip();
    }

    /** What the log records when the request arrives; {@code descriptor} is null for an unknown action. */
    JournalEvent.ActionRequested requestedEvent(ActionDescriptor descriptor) {
        return new JournalEvent.ActionRequested(request.requestId(), what, request.actionId(),
                descriptor == null ? "" : descriptor.risk().name().toLowerCase(Locale.ROOT), request.parameters());
    }
}
