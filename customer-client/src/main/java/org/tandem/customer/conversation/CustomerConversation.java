package org.tandem.customer.conversation;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.customer.consent.ClosedQuestionWords;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.consent.ConsentRequest;
import org.tandem.shared.conversation.ChatHistory;
import org.tandem.shared.conversation.ChatLine;
import org.tandem.shared.conversation.PlanStep;
import org.tandem.shared.conversation.StepState;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.JournalEvent.Answer;
import org.tandem.shared.log.JournalException;
import org.tandem.shared.log.SessionJournal;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.SessionMessage;

/**
 * The customer's side of the conversation of one session: the technician's plan as it changes, the
 * chat both ways, and ending well ("Is everything working now?", rating, follow-up). Every message
 * is journaled before it is shown or sent; every question goes through the session's
 * {@link ConsentBroker}. Plain Java; the view listens through {@link Listener}.
 */
public final class CustomerConversation {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerConversation.class);
    private static final String CUSTOMER = "customer";
    /** Why a yes to a step was not used: the technician's newest plan no longer waited on it. */
    static final String STEP_MOVED_ON = "The technician moved the step on before the customer's yes could be used.";

    /** What the customer's window hears; called from background threads. */
    public interface Listener {
        default void planChanged(List<PlanStep> steps) {}

        default void chatChanged(List<ChatLine> lines) {}

        default void technicianTyping(boolean typing) {}

        /** The customer answered "Is everything working now?": offer rating, follow-up and Finish. */
        default void wrapUpOffered(String answer) {}
    }

    /** Who the conversation is with, and how to reach them. */
    public record Parts(SessionJournal journal, Consumer<SessionMessage> send, ConsentBroker broker,
            IdentityVerdict technician, String technicianActor, Duration consentTimeout) {
        public Parts {
            Objects.requireNonNull(journal, "journal");
            Objects.requireNonNull(send, "send");
            Objects.requireNonNull(broker, "broker");
            Objects.requireNonNull(technician, "technician");
            Objects.requireNonNull(technicianActor, "technicianActor");
            Objects.requireNonNull(consentTimeout, "consentTimeout");
        }
    }

    private final Parts parts;
    private final Listener listener;
    private final ChatHistory chat;
    private final Set<String> okAsked = new HashSet<>();
    private long planRevision;
    private List<PlanStep> plan = List.of();

    public CustomerConversation(Parts parts, Listener listener, java.time.Clock clock) {
        this.parts = Objects.requireNonNull(parts, "parts");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.chat = new ChatHistory(clock);
    }

    /** Takes the conversation's messages from the technician; says whether the message was one. */
    public boolean handle(ControlMessage message) {
        if (message instanceof ControlMessage.PlanUpdated update) {
            planUpdated(update);
        } else if (message instanceof ControlMessage.ChatSent sent) {
            chatReceived(sent);
        } else if (message instanceof ControlMessage.ChatReceipt receipt) {
            listener.chatChanged(chat.receipt(receipt.id(), receipt.read()));
        } else if (message instanceof ControlMessage.ChatTyping typing) {
            listener.technicianTyping(typing.typing());
        } else if (message instanceof ControlMessage.WorkingCheck) {
            askWorking();
        } else {
            return false;
        }
        return true;
    }

    /** The customer sends a chat message; false when it could not be recorded (then it is not sent). */
    public synchronized boolean sendChat(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > ControlMessage.ChatSent.MAX_TEXT) {
            return false;
        }
        String id = ChatHistory.newId();
        if (!record(CUSTOMER, new JournalEvent.Chat(id, trimmed))) {
            return false;
        }
        List<ChatLine> lines = chat.sent(id, "You", trimmed);
        parts.send().accept(new ControlMessage.ChatSent(id, trimmed));
        listener.chatChanged(lines);
        return true;
    }

    /** The customer has the chat in front of them: the technician's messages are marked read. */
    public void read() {
        List<String> ids = chat.markTheirsRead();
        ids.forEach(id -> parts.send().accept(new ControlMessage.ChatReceipt(id, true)));
        if (!ids.isEmpty()) {
            listener.chatChanged(chat.lines());
        }
    }

    /** The customer started or stopped typing. */
    public void typing(boolean typing) {
        parts.send().accept(new ControlMessage.ChatTyping(typing));
    }

    /** The customer rates the session before finishing; recorded, then sent. */
    public boolean rate(int stars, String comment) {
        ControlMessage.RatingGiven rating = new ControlMessage.RatingGiven(stars, comment.strip());
        if (!record(CUSTOMER, new JournalEvent.Rating(rating.stars(), rating.comment()))) {
            return false;
        }
        parts.send().accept(rating);
        return true;
    }

    /** The customer asks to be contacted again; recorded, then sent. */
    public boolean followUp(String when, String note) {
        ControlMessage.FollowUpRequested request = new ControlMessage.FollowUpRequested(when.strip(), note.strip());
        if (!record(CUSTOMER, new JournalEvent.FollowUp(request.when(), request.note()))) {
            return false;
        }
        parts.send().accept(request);
        return true;
    }

    public List<ChatLine> chat() {
        return chat.lines();
    }

    public synchronized List<PlanStep> plan() {
        return plan;
    }

    private synchronized void planUpdated(ControlMessage.PlanUpdated update) {
        if (update.revision() <= planRevision) {
            return; // an older plan than the one shown
        }
        planRevision = update.revision();
        plan = update.steps();
        record(parts.technicianActor(), new JournalEvent.PlanChanged(plan.stream()
                .map(step -> new JournalEvent.PlanStep(step.title(), step.state().words())).toList()));
        listener.planChanged(plan);
        // A step is asked about once while it waits: the technician's plan may still show it waiting
        // after the answer was given. Once it moved on, a new wait asks again.
        okAsked.removeIf(id -> plan.stream().noneMatch(step -> step.id().equals(id)
                && step.state() == StepState.NEEDS_OK));
        for (PlanStep step : plan) {
            if (step.state() == StepState.NEEDS_OK && okAsked.add(step.id())) {
                askForOk(step);
            }
        }
    }

    private void askForOk(PlanStep step) {
        parts.broker().ask(ConsentRequest.forPlanStep(parts.technician(), parts.consentTimeout(), step.title(),
                step.detail(), step.id()), () -> stillNeedsOk(step.id()))
                .whenComplete((answer, error) -> parts.send().accept(stepAnswer(step.id(), answer, error)));
    }

    /**
     * How the question about a step ended, for the technician: only the customer's No is their no; a no the
     * broker gave for them ({@code error}) goes as not answered, with why (decision 0031).
     */
    static ControlMessage.PlanStepAnswered stepAnswer(String stepId, Answer answer, Throwable error) {
        if (answer == Answer.GRANTED) {
            return ControlMessage.PlanStepAnswered.ok(stepId);
        } else if (answer == Answer.DENIED) {
            return ControlMessage.PlanStepAnswered.saidNo(stepId);
        } else if (answer == Answer.TIMED_OUT) {
            return ControlMessage.PlanStepAnswered.nobodyAnswered(stepId);
        }
        return ControlMessage.PlanStepAnswered.notAnswered(stepId, ClosedQuestionWords.why(error, STEP_MOVED_ON));
    }

    private synchronized boolean stillNeedsOk(String stepId) {
        return plan.stream().anyMatch(step -> step.id().equals(stepId) && step.state() == StepState.NEEDS_OK);
    }

    private void chatReceived(ControlMessage.ChatSent sent) {
        if (!chat.received(sent.id(), technicianName(), sent.text())) {
            return; // the same message twice
        }
        record(parts.technicianActor(), new JournalEvent.Chat(sent.id(), sent.text()));
        parts.send().accept(new ControlMessage.ChatReceipt(sent.id(), false));
        listener.chatChanged(chat.lines());
    }

    private void askWorking() {
        parts.broker().ask(new ConsentRequest(ConsentRequest.Kind.WORKING_CHECK, parts.technician(),
                parts.consentTimeout())).whenComplete((answer, error) -> {
                    ControlMessage.WorkingAnswer said = workingAnswer(answer, error);
                    parts.send().accept(said);
                    listener.wrapUpOffered(said.answer());
                });
    }

    /**
     * How "Is everything working now?" ended, for the technician: only the customer's No is "no"; a no the
     * broker gave for them ({@code error}) goes as not answered, with why (decision 0031).
     */
    static ControlMessage.WorkingAnswer workingAnswer(Answer answer, Throwable error) {
        if (answer == Answer.GRANTED) {
            return new ControlMessage.WorkingAnswer("yes");
        } else if (answer == Answer.DENIED) {
            return new ControlMessage.WorkingAnswer("no");
        } else if (answer == Answer.TIMED_OUT) {
            return new ControlMessage.WorkingAnswer("no answer");
        }
        return ControlMessage.WorkingAnswer.notAnswered(ClosedQuestionWords.why(error, ClosedQuestionWords.CLOSED));
    }

    private String technicianName() {
        return parts.technician() instanceof IdentityVerdict.Verified verified ? verified.technicianName()
                : "Technician";
    }

    private boolean record(String actor, JournalEvent event) {
        try {
            parts.journal().record(actor, event);
            return true;
        } catch (JournalException e) {
            LOG.warn("Could not record {}: {}", event.type(), e.getMessage());
            return false;
        }
    }
}
