package org.tandem.shared.log;

import java.util.List;
import java.util.Map;

import static org.tandem.shared.log.JournalEvent.text;

/**
 * What the two people said and agreed on: chat, the working check, the rating, a follow-up, the
 * technician's notes and the plan.
 *
 * <p>Read these records as members of {@link JournalEvent} ({@code JournalEvent.Chat} and so on):
 * it extends this interface only to give them that name, and permits them as its events.
 */
interface ConversationJournalEvents {

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

    /**
     * How "Is everything working now?" ended: {@code yes} or {@code no} (the customer's answer), {@code no
     * answer} (nobody answered in time), or {@code not answered} (the question was closed before the
     * customer answered: sharing stopped, the connection was lost, the session ended), with {@code reason}
     * saying why (decision 0031).
     */
    record WorkingCheckAnswered(String answer, String reason) implements JournalEvent {
        /** The answer of a question closed before the customer answered it. */
        public static final String NOT_ANSWERED = "not answered";

        public WorkingCheckAnswered {
            answer = text(answer);
            reason = text(reason);
        }

        /** An answer with no reason: yes, no, no answer. */
        public WorkingCheckAnswered(String answer) {
            this(answer, "");
        }

        @Override public String type() {
            return LogEventTypes.CHECK_ANSWERED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("answer", answer, "reason", reason);
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
}
