package org.tandem.shared.message;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Objects;
import org.tandem.shared.action.ActionText;
import org.tandem.shared.conversation.PlanStep;

import static org.tandem.shared.message.ControlText.boundedText;

/**
 * The conversation: the technician's plan, chat, and ending well (the working check, the rating and
 * a follow-up).
 *
 * <p>Read these records as members of {@link ControlMessage} ({@code ControlMessage.PlanUpdated} and so on):
 * it extends this interface only to give them that name, and permits and registers them as its messages.
 */
interface ConversationMessages {

    /**
     * The technician's plan of action as it now stands, whole; {@code revision} grows with every
     * change, so a late update never replaces a newer one.
     */
    @JsonTypeName("plan-updated")
    record PlanUpdated(long revision, List<PlanStep> steps) implements ControlMessage {
        public static final int MAX_STEPS = 40;

        public PlanUpdated {
            if (revision < 1) {
                throw new IllegalArgumentException("A plan revision counts from 1");
            }
            Objects.requireNonNull(steps, "steps");
            if (steps.size() > MAX_STEPS) {
                throw new IllegalArgumentException("More than " + MAX_STEPS + " steps");
            }
            steps = List.copyOf(steps);
            if (steps.stream().map(PlanStep::id).distinct().count() != steps.size()) {
                throw new IllegalArgumentException("Step ids repeat");
            }
        }
    }

    /**
     * How the question about a step that needed the customer's OK ended. {@code ok}: they said OK. Neither
     * flag: they said no, and only then. {@code unanswered}: no answer of theirs decided it: nobody answered
     * in time ({@code reason} empty), or their side closed the question before they answered (sharing
     * stopped, the connection was lost, the session ended), could not put it or could not use their yes,
     * {@code reason} saying why in plain words ("Sharing stopped before the customer answered.") (protocol
     * 12, decision 0031). Not both flags; a reason only with {@code unanswered}.
     */
    @JsonTypeName("plan-step-answered")
    record PlanStepAnswered(String stepId, boolean ok, boolean unanswered, String reason) implements ControlMessage {
        public PlanStepAnswered {
            ActionText.requestId(stepId);
            reason = boundedText(reason, 500);
            if (ok && unanswered) {
                throw new IllegalArgumentException("A step is either OK'd or not answered, not both");
            }
            if (!unanswered && !reason.isEmpty()) {
                throw new IllegalArgumentException("Only a question nobody answered says why");
            }
        }

        /** The customer said OK. */
        public static PlanStepAnswered ok(String stepId) {
            return new PlanStepAnswered(stepId, true, false, "");
        }

        /** The customer said no. */
        public static PlanStepAnswered saidNo(String stepId) {
            return new PlanStepAnswered(stepId, false, false, "");
        }

        /** Nobody answered in time. */
        public static PlanStepAnswered nobodyAnswered(String stepId) {
            return new PlanStepAnswered(stepId, false, true, "");
        }

        /** The customer's side closed the question before they answered, or could not put it; {@code why} says so. */
        public static PlanStepAnswered notAnswered(String stepId, String why) {
            if (why == null || why.isBlank()) {
                throw new IllegalArgumentException("A question closed before an answer says why");
            }
            return new PlanStepAnswered(stepId, false, true, why);
        }

        /** Whether nobody answered in time. */
        public boolean timedOut() {
            return unanswered && reason.isEmpty();
        }

        /** Whether the customer's side closed the question before the customer answered it. */
        public boolean closedBeforeAnAnswer() {
            return unanswered && !reason.isEmpty();
        }
    }

    /** A chat message, either way; {@code id} is the sender's, for receipts. */
    @JsonTypeName("chat")
    record ChatSent(String id, String text) implements ControlMessage {
        public static final int MAX_TEXT = 2000;

        public ChatSent {
            ActionText.requestId(id);
            ActionText.prose(text, MAX_TEXT, "text");
            if (text.isBlank()) {
                throw new IllegalArgumentException("An empty chat message");
            }
        }
    }

    /** The other side has the message ({@code read} false) or has shown it to its person ({@code read} true). */
    @JsonTypeName("chat-receipt")
    record ChatReceipt(String id, boolean read) implements ControlMessage {
        public ChatReceipt {
            ActionText.requestId(id);
        }
    }

    /** The other side's person is typing, or stopped. */
    @JsonTypeName("chat-typing")
    record ChatTyping(boolean typing) implements ControlMessage {
    }

    /** The technician asks "Is everything working now?" before ending. */
    @JsonTypeName("working-check")
    record WorkingCheck() implements ControlMessage {
    }

    /**
     * How "Is everything working now?" ended: {@code yes} or {@code no}, the customer's answer;
     * {@code no answer}, nobody answered in time; {@code not answered}, the customer's side closed the
     * question before they answered (sharing stopped, the connection was lost, the session ended) or could
     * not put it, {@code reason} saying why in plain words ("Sharing stopped before the customer answered.");
     * a reason only then (protocol 12, decision 0031).
     */
    @JsonTypeName("working-answer")
    record WorkingAnswer(String answer, String reason) implements ControlMessage {
        /** The answer when the customer's side closed the question before the customer answered. */
        public static final String NOT_ANSWERED = "not answered";
        /** Every answer there is. */
        public static final List<String> ANSWERS = List.of("yes", "no", "no answer", NOT_ANSWERED);

        public WorkingAnswer {
            if (!ANSWERS.contains(answer)) {
                throw new IllegalArgumentException("A working answer is yes, no, no answer or not answered");
            }
            reason = boundedText(reason, 500);
            if (NOT_ANSWERED.equals(answer) == reason.isBlank()) {
                throw new IllegalArgumentException("A working check not answered says why, and only then");
            }
        }

        /** The customer's answer ({@code yes} or {@code no}), or nobody answering in time ({@code no answer}). */
        public WorkingAnswer(String answer) {
            this(answer, "");
        }

        /** The customer's side closed the question before the customer answered; {@code why} says so. */
        public static WorkingAnswer notAnswered(String why) {
            return new WorkingAnswer(NOT_ANSWERED, why);
        }
    }

    /** The customer rates the session, 1 to 5 stars, with an optional comment. */
    @JsonTypeName("rating")
    record RatingGiven(int stars, String comment) implements ControlMessage {
        public RatingGiven {
            if (stars < 1 || stars > 5) {
                throw new IllegalArgumentException("A rating is 1 to 5 stars");
            }
            ActionText.prose(comment, 1000, "comment");
        }
    }

    /** The customer asks to be contacted again, with a preferred time in their words and a note. */
    @JsonTypeName("follow-up")
    record FollowUpRequested(String when, String note) implements ControlMessage {
        public FollowUpRequested {
            ActionText.line(when, 200, "when");
            ActionText.prose(note, 1000, "note");
        }
    }
}
