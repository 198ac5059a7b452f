package org.tandem.shared.log;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One thing that happened in a session, as both apps write it to their session log and as every
 * reader (log show, recap, history, cross-check) reads it back. Each event type is one record here;
 * its {@link #type()} is the log line's {@code type} and {@link #details()} its {@code details}, with
 * the keys documented in {@code docs/session-log.md}. {@link JournalEvents#read} turns a log line back
 * into the record, so a writer and a reader cannot disagree on a key.
 *
 * <p>Checkpoints and receipts are written by {@link SessionLogWriter} itself and are not events here.
 */
public sealed interface JournalEvent {

    /** The log line's {@code type}, one of {@link LogEventTypes}. */
    String type();

    /** The log line's {@code details}: strings, whole numbers, booleans, lists and maps; never null values. */
    Map<String, Object> details();

    /** Which side a decision or an action concerns; "" where there is none. */
    static String text(String value) {
        return value == null ? "" : value;
    }

    /** The session started on this side. {@code customerReference}: the customer's name or ticket, "" when none. */
    record SessionConnected(String nameplate, String customerReference) implements JournalEvent {
        public SessionConnected {
            nameplate = text(nameplate);
            customerReference = text(customerReference);
        }

        @Override public String type() {
            return LogEventTypes.SESSION_CONNECTED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("nameplate", nameplate, "customerName", customerReference);
        }
    }

    /** Both ends proved they hold the same code; {@code checkString} is what both screens showed. */
    record PairingCompleted(String checkString) implements JournalEvent {
        public PairingCompleted {
            checkString = text(checkString);
        }

        @Override public String type() {
            return LogEventTypes.PAIRING_COMPLETED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("checkString", checkString);
        }
    }

    /** The customer's client verified the technician's certificate; {@code shown} is the line the customer saw. */
    record IdentityVerified(String technician, String organisation, String shown) implements JournalEvent {
        public IdentityVerified {
            technician = text(technician);
            organisation = text(organisation);
            shown = text(shown);
        }

        @Override public String type() {
            return LogEventTypes.IDENTITY_VERIFIED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("technician", technician, "organisation", organisation, "shown", shown);
        }
    }

    /** The customer's client could not verify the technician; {@code technician} is the name they gave, cleaned. */
    record IdentityUnverified(String technician, String reason, String shown) implements JournalEvent {
        public IdentityUnverified {
            technician = text(technician);
            reason = text(reason);
            shown = text(shown);
        }

        @Override public String type() {
            return LogEventTypes.IDENTITY_UNVERIFIED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("technician", technician, "reason", reason, "shown", shown);
        }
    }

    /**
     * The console sent its proof of identity: the technician's certificate of {@code organisation}, or
     * none ({@code organisation} "") when the organisation issued no certificate.
     */
    record IdentityPresented(String technician, String organisation) implements JournalEvent {
        public IdentityPresented {
            technician = text(technician);
            organisation = text(organisation);
        }

        @Override public String type() {
            return LogEventTypes.IDENTITY_PRESENTED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("technician", technician, "organisation", organisation);
        }
    }

    /**
     * The customer was asked. {@code purpose}: what the permission is for, in the customer's words
     * ("see your screen and basic information about your computer"); {@code subject}: the request it
     * belongs to (an action's id), "" for none; {@code prompt}: the question as shown.
     */
    record ConsentAsked(String purpose, String subject, String prompt) implements JournalEvent {
        public ConsentAsked {
            purpose = text(purpose);
            subject = text(subject);
            prompt = text(prompt);
        }

        @Override public String type() {
            return LogEventTypes.CONSENT_ASKED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("for", purpose, "id", subject, "prompt", prompt);
        }
    }

    /** The customer's answer, or the lack of one; see {@link Answer}. {@code reason} says why for a no not given by the customer. */
    record ConsentDecided(Answer answer, String purpose, String subject, String reason) implements JournalEvent {
        public ConsentDecided {
            Objects.requireNonNull(answer, "answer");
            purpose = text(purpose);
            subject = text(subject);
            reason = text(reason);
        }

        @Override public String type() {
            return answer.type;
        }

        @Override public Map<String, Object> details() {
            return Details.of("for", purpose, "id", subject, "reason", reason);
        }
    }

    /** How a question was answered. */
    enum Answer {
        GRANTED(LogEventTypes.CONSENT_GRANTED),
        DENIED(LogEventTypes.CONSENT_DENIED),
        TIMED_OUT(LogEventTypes.CONSENT_TIMED_OUT),
        /** A permission given earlier was taken back. */
        REVOKED(LogEventTypes.CONSENT_REVOKED);

        private final String type;

        Answer(String type) {
            this.type = type;
        }

        public String type() {
            return type;
        }
    }

    /** The customer's screen is shared from now on, at this size. */
    record ShareStarted(int width, int height) implements JournalEvent {
        @Override public String type() {
            return LogEventTypes.SHARE_STARTED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("width", width, "height", height);
        }
    }

    /** Sharing stopped; {@code by}: customer, technician or connection. */
    record ShareStopped(String by, String reason) implements JournalEvent {
        public ShareStopped {
            by = text(by);
            reason = text(reason);
        }

        @Override public String type() {
            return LogEventTypes.SHARE_STOPPED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("by", by, "reason", reason);
        }
    }

    /**
     * Sharing moved to another of the customer's monitors without stopping: {@code monitor} 1..{@code of},
     * or 0 for all of them; {@code by}: customer or technician (who chose it); the new size in pixels.
     */
    record ShareSwitched(String by, int monitor, int of, int width, int height) implements JournalEvent {
        public ShareSwitched {
            by = text(by);
            if (of < 1 || monitor < 0 || monitor > of) {
                throw new IllegalArgumentException("Monitor " + monitor + " is not one of " + of);
            }
        }

        @Override public String type() {
            return LogEventTypes.SHARE_SWITCHED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("by", by, "monitor", monitor, "of", of, "width", width, "height", height);
        }
    }

    /** The technician asked for control of the mouse and keyboard. */
    record ControlRequested() implements JournalEvent {
        @Override public String type() {
            return LogEventTypes.CONTROL_REQUESTED;
        }

        @Override public Map<String, Object> details() {
            return Map.of();
        }
    }

    /** Remote input reaches the customer's computer from now on. */
    record ControlStarted() implements JournalEvent {
        @Override public String type() {
            return LogEventTypes.CONTROL_STARTED;
        }

        @Override public Map<String, Object> details() {
            return Map.of();
        }
    }

    /** Remote control ended; {@code by}: customer, technician, session. */
    record ControlStopped(String by, String reason) implements JournalEvent {
        public ControlStopped {
            by = text(by);
            reason = text(reason);
        }

        @Override public String type() {
            return LogEventTypes.CONTROL_STOPPED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("by", by, "reason", reason);
        }
    }

    /** Remote input is held for a moment (the customer moved their mouse, a prompt is open, …). */
    record ControlPaused(String reason) implements JournalEvent {
        public ControlPaused {
            reason = text(reason);
        }

        @Override public String type() {
            return LogEventTypes.CONTROL_PAUSED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("reason", reason);
        }
    }

    /**
     * An action was asked for. {@code id}: the request id both sides use; {@code action}: what it
     * is, in the customer's words, with its exact target; {@code actionId}: the catalog id; {@code risk}:
     * look, scan or change; {@code parameters}: as the technician sent them.
     */
    record ActionRequested(String id, String action, String actionId, String risk, Map<String, String> parameters)
            implements JournalEvent {
        public ActionRequested {
            id = text(id);
            action = text(action);
            actionId = text(actionId);
            risk = text(risk);
            parameters = Map.copyOf(parameters);
        }

        @Override public String type() {
            return LogEventTypes.ACTION_REQUESTED;
        }

        @Override public Map<String, Object> details() {
            Map<String, Object> details = Details.of("id", id, "action", action, "actionId", actionId, "risk", risk);
            if (!parameters.isEmpty()) {
                details.put("parameters", new java.util.TreeMap<>(parameters));
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
     * How an action ended. {@code outcome}: {@code success} or {@code failure} (for people);
     * {@code status}: the exact end (SUCCEEDED, FAILED, DENIED, TIMED_OUT, CANCELLED, UNAVAILABLE);
     * {@code result}: the result in one or two sentences; {@code exit}: the exit status, -1 when none.
     */
    record ActionResult(String id, String action, String result, String outcome, String status, int exit)
            implements JournalEvent {
        public ActionResult {
            id = text(id);
            action = text(action);
            result = text(result);
            outcome = text(outcome);
            status = text(status);
        }

        @Override public String type() {
            return LogEventTypes.ACTION_RESULT;
        }

        @Override public Map<String, Object> details() {
            return Details.of("id", id, "action", action, "result", result, "outcome", outcome, "status", status,
                    "exit", exit);
        }
    }

    /** A chat message; the actor wrote it; {@code id} is the sender's id for it, "" when not known. */
    record Chat(String id, String text) implements JournalEvent {
        public Chat {
            id = JournalEvent.text(id);
            text = JournalEvent.text(text);
        }

        /** A chat message whose sender's id is not known. */
        public Chat(String text) {
            this("", text);
        }

        @Override public String type() {
            return LogEventTypes.CHAT;
        }

        @Override public Map<String, Object> details() {
            return Details.of("id", id, "text", text);
        }
    }

    /** The technician asked "Is everything working now?". */
    record WorkingCheckAsked() implements JournalEvent {
        @Override public String type() {
            return LogEventTypes.CHECK_ASKED;
        }

        @Override public Map<String, Object> details() {
            return Map.of();
        }
    }

    /** The customer's answer to "Is everything working now?": yes, no or no answer. */
    record WorkingCheckAnswered(String answer) implements JournalEvent {
        public WorkingCheckAnswered {
            answer = text(answer);
        }

        @Override public String type() {
            return LogEventTypes.CHECK_ANSWERED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("answer", answer);
        }
    }

    /** The customer's rating of the session, 1 to 5 stars, and their comment. */
    record Rating(int stars, String comment) implements JournalEvent {
        public Rating {
            comment = text(comment);
        }

        @Override public String type() {
            return LogEventTypes.RATING;
        }

        @Override public Map<String, Object> details() {
            return Details.of("stars", stars, "comment", comment);
        }
    }

    /** The customer asked to be contacted again; {@code when} in their words. */
    record FollowUp(String when, String note) implements JournalEvent {
        public FollowUp {
            when = text(when);
            note = text(note);
        }

        @Override public String type() {
            return LogEventTypes.FOLLOW_UP;
        }

        @Override public Map<String, Object> details() {
            return Details.of("when", when, "note", note);
        }
    }

    /** A private note of the technician's, kept in the console's log only. */
    record Note(String text) implements JournalEvent {
        public Note {
            text = JournalEvent.text(text);
        }

        @Override public String type() {
            return LogEventTypes.NOTE;
        }

        @Override public Map<String, Object> details() {
            return Details.of("text", text);
        }
    }

    /** The plan as it now stands. */
    record PlanChanged(List<PlanStep> steps) implements JournalEvent {
        public PlanChanged {
            steps = List.copyOf(steps);
        }

        @Override public String type() {
            return LogEventTypes.PLAN_CHANGED;
        }

        @Override public Map<String, Object> details() {
            return Map.of("steps", steps.stream().map(step -> (Object) Details.of("title", step.title(),
                    "status", step.status())).toList());
        }
    }

    /** One step of a plan and its state in words ("planned", "in progress", "done", "skipped", "needs your OK"). */
    record PlanStep(String title, String status) {
        public PlanStep {
            title = text(title);
            status = text(status);
        }
    }

    /** Something went wrong that the record should show; {@code message} in plain words. */
    record Problem(String message) implements JournalEvent {
        public Problem {
            message = text(message);
        }

        @Override public String type() {
            return LogEventTypes.ERROR;
        }

        @Override public Map<String, Object> details() {
            return Details.of("message", message);
        }
    }

    /**
     * The connection dropped; this side waits to resume the session (decision 0013). {@code how}: the
     * {@code SessionEnding} code the session ends with if it is not resumed.
     */
    record ConnectionLost(String how) implements JournalEvent {
        public ConnectionLost {
            how = text(how);
        }

        @Override public String type() {
            return LogEventTypes.CONNECTION_LOST;
        }

        @Override public Map<String, Object> details() {
            return Details.of("how", how);
        }
    }

    /** The session goes on over a new connection; control must be asked for again (decision 0013). */
    record ConnectionResumed() implements JournalEvent {
        @Override public String type() {
            return LogEventTypes.CONNECTION_RESUMED;
        }

        @Override public Map<String, Object> details() {
            return Map.of();
        }
    }

    /**
     * The session ended. {@code by}: who ended it (customer, technician:…, connection); {@code how}: the
     * {@code SessionEnding} code ("" in logs written before it was recorded); {@code reason}: in plain
     * words, as this side read them; {@code next}: what the customer should do next, "" when nothing.
     */
    record SessionEnded(String by, String how, String reason, String next) implements JournalEvent {
        public SessionEnded {
            by = text(by);
            how = text(how);
            reason = text(reason);
            next = text(next);
        }

        /** An end that does not say how, as logs written before {@code how} read. */
        public SessionEnded(String by, String reason, String next) {
            this(by, "", reason, next);
        }

        @Override public String type() {
            return LogEventTypes.SESSION_ENDED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("by", by, "how", how, "reason", reason, "next", next);
        }
    }

    /** Builds details maps in a fixed order, leaving out empty strings so old and new lines read alike. */
    final class Details {
        private Details() {}

        static Map<String, Object> of(Object... keysAndValues) {
            Map<String, Object> details = new LinkedHashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                Object value = keysAndValues[i + 1];
                if (value != null && !"".equals(value)) {
                    details.put((String) keysAndValues[i], value);
                }
            }
            return details;
        }
    }
}
