package org.tandem.shared.log;

import java.util.Map;

import static org.tandem.shared.log.JournalEvent.text;

/**
 * Actions on the customer's computer: asked for, started, asked to stop, ended.
 *
 * <p>Read these records as members of {@link JournalEvent} ({@code JournalEvent.ActionRequested} and so on):
 * it extends this interface only to give them that name, and permits them as its events.
 */
interface ActionJournalEvents {

    /**
     * An action was asked for. {@code id}: the request id both sides use; {@code action}: what it
     * is, in the customer's words, with its exact target; {@code actionId}: the catalog id; {@code risk}:
     * look, scan or change; {@code parameters}: as the technician sent them. {@code listedAs}, in the
     * console's log only: the name a list from the customer's computer gave a parameter's value where the
     * technician picked it from that list ({@code pid} 4377 picked as "firefox": {@code pid} → "firefox"),
     * so that people read which program was meant; what was asked for is {@code parameters} (decision 0049).
     */
    record ActionRequested(String id, String action, String actionId, String risk, Map<String, String> parameters,
            Map<String, String> listedAs) implements JournalEvent {
        public ActionRequested {
            id = text(id);
            action = text(action);
            actionId = text(actionId);
            risk = text(risk);
            parameters = Map.copyOf(parameters);
            listedAs = Map.copyOf(listedAs);
        }

        /** A request with no value picked from a list. */
        public ActionRequested(String id, String action, String actionId, String risk, Map<String, String> parameters) {
            this(id, action, actionId, risk, parameters, Map.of());
        }

        @Override public String type() {
            return LogEventTypes.ACTION_REQUESTED;
        }

        @Override public Map<String, Object> details() {
            Map<String, Object> details = Details.of("id", id, "action", action, "actionId", actionId, "risk", risk);
            if (!parameters.isEmpty()) {
                details.put("parameters", new java.util.TreeMap<>(parameters));
            }
            if (!listedAs.isEmpty()) {
                details.put("listedAs", new java.util.TreeMap<>(listedAs));
            }
            return details;
        }
    }

    /** The action began to run. */
    record ActionStarted(String id, String action) implements JournalEvent {
        public ActionStarted {
            id = text(id);
            action = text(action);
        }

        @Override public String type() {
            return LogEventTypes.ACTION_STARTED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("id", id, "action", action);
        }
    }

    /**
     * Whoever asked for a running action asked to stop it (the technician's cancel), recorded on the
     * customer's side before the action is told to stop (decision 0045). {@code action}: what runs, as the
     * request named it; {@code reason}: why, in words. The customer's own Stop is a {@code consent.revoked}
     * instead (decision 0043).
     */
    record ActionStopRequested(String id, String action, String reason) implements JournalEvent {
        public ActionStopRequested {
            id = text(id);
            action = text(action);
            reason = text(reason);
        }

        @Override public String type() {
            return LogEventTypes.ACTION_STOP_REQUESTED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("id", id, "action", action, "reason", reason);
        }
    }

    /**
     * How an action ended. {@code outcome}: {@code success} or {@code failure} (for people);
     * {@code status}: the exact end (SUCCEEDED, FAILED, DENIED, TIMED_OUT, CANCELLED, UNAVAILABLE);
     * {@code result}: the result in one or two sentences, as the technician was told it; {@code exit}: the
     * exit status, -1 when none; {@code toCustomer}: the result as the customer was told it, where those
     * words differ ("" when the customer read {@code result} itself), which the customer's recap says
     * instead (decision 0043).
     */
    record ActionResult(String id, String action, String result, String outcome, String status, int exit,
            String toCustomer) implements JournalEvent {
        public ActionResult {
            id = text(id);
            action = text(action);
            result = text(result);
            outcome = text(outcome);
            status = text(status);
            toCustomer = text(toCustomer);
        }

        /** A result the customer read in the technician's own words. */
        public ActionResult(String id, String action, String result, String outcome, String status, int exit) {
            this(id, action, result, outcome, status, exit, "");
        }

        @Override public String type() {
            return LogEventTypes.ACTION_RESULT;
        }

        @Override public Map<String, Object> details() {
            return Details.of("id", id, "action", action, "result", result, "outcome", outcome, "status", status,
                    "exit", exit, "toCustomer", toCustomer);
        }
    }
}
