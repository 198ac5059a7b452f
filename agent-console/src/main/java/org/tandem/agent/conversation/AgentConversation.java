package org.tandem.agent.conversation;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.conversation.ChatHistory;
import org.tandem.shared.conversation.ChatLine;
import org.tandem.shared.conversation.PlanStep;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.JournalException;
import org.tandem.shared.log.SessionJournal;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.SessionMessage;

/**
 * The technician's side of the conversation of one session: the plan the technician sets, the chat
 * both ways, private notes, and ending well (asking "Is everything working now?", receiving the
 * rating and a follow-up request). Everything is journaled on the console's side before it is sent
 * or shown; notes never leave the console. Plain Java; the view listens through {@link Listener}.
 */
public final class AgentConversation {
    private static final Logger LOG = LoggerFactory.getLogger(AgentConversation.class);
    private static final String CUSTOMER = "customer";
    private static final String SYSTEM = "system";

    /** What the console hears; called from background threads. */
    public interface Listener {
        default void planChanged(List<PlanStep> steps) {}

        /**
         * The question about a step that needed the customer's OK ended: their OK, their no, nobody answering in
         * time, or their side closing it before they answered, with why ({@code answer.reason()}).
         */
        default void planStepAnswered(ControlMessage.PlanStepAnswered answer) {}

        default void chatChanged(List<ChatLine> lines) {}

        default void customerTyping(boolean typing) {}

        /**
         * How "Is everything working now?" ended: "yes", "no", "no answer", or "not answered" with why
         * ({@code answer.reason()}).
         */
        default void workingAnswered(ControlMessage.WorkingAnswer answer) {}

        default void rated(int stars, String comment) {}

        default void followUpRequested(String when, String note) {}
    }

    private final SessionJournal journal;
    private final String actor;
    private final Consumer<SessionMessage> send;
    private final Listener listener;
    private final ChatHistory chat;
    private long revision;
    private List<PlanStep> plan = List.of();

    /**
     * @param actor the technician as the log names them, {@code technician:<name>}
     */
    public AgentConversation(SessionJournal journal, String actor, Consumer<SessionMessage> send, Listener listener,
            Clock clock) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.send = Objects.requireNonNull(send, "send");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.chat = new ChatHistory(clock);
    }

    /**
     * The technician's plan as it now stands, whole (new steps, edits, order, states): recorded,
     * then sent. Returns false, sending nothing, when it could not be recorded.
     */
    public synchronized boolean setPlan(List<PlanStep> steps) {
        ControlMessage.PlanUpdated update = new ControlMessage.PlanUpdated(revision + 1, steps);
        if (!record(actor, new JournalEvent.PlanChanged(update.steps().stream()
                .map(step -> new JournalEvent.PlanStep(step.title(), step.state().words())).toList()))) {
            return false;
        }
        revision = update.revision();
        plan = update.steps();
        send.accept(update);
        listener.planChanged(plan);
        return true;
    }

    public synchronized List<PlanStep> plan() {
        return plan;
    }

    /** The technician sends a chat message; false when it could not be recorded (then it is not sent). */
    public boolean sendChat(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > ControlMessage.ChatSent.MAX_TEXT) {
            return false;
        }
        String id = ChatHistory.newId();
        if (!record(actor, new JournalEvent.Chat(id, trimmed))) {
            return false;
        }
        List<ChatLine> lines = chat.sent(id, "You", trimmed);
        send.accept(new ControlMessage.ChatSent(id, trimmed));
        listener.chatChanged(lines);
        return true;
    }

    /** The technician has the chat in front of them: the customer's messages are marked read. */
    public void read() {
        List<String> ids = chat.markTheirsRead();
        ids.forEach(id -> send.accept(new ControlMessage.ChatReceipt(id, true)));
        if (!ids.isEmpty()) {
            listener.chatChanged(chat.lines());
        }
    }

    public void typing(boolean typing) {
        send.accept(new ControlMessage.ChatTyping(typing));
    }

    /** A private note: recorded in the console's log only, never sent. */
    public boolean note(String text) {
        String trimmed = text == null ? "" : text.strip();
        return !trimmed.isEmpty() && record(actor, new JournalEvent.Note(trimmed));
    }

    /**
     * The technician names the customer, having asked them (decision 0046): recorded in the console's log
     * only, never sent. False, recording nothing, for a name {@link CustomerName} does not take or when
     * it could not be recorded.
     */
    public boolean nameCustomer(String name) {
        return CustomerName.check(name).isEmpty()
                && record(actor, new JournalEvent.CustomerNamed(CustomerName.kept(name)));
    }

    /** Asks the customer "Is everything working now?" before ending. */
    public boolean askWorking() {
        if (!record(actor, new JournalEvent.WorkingCheckAsked())) {
            return false;
        }
        send.accept(new ControlMessage.WorkingCheck());
        return true;
    }

    public List<ChatLine> chat() {
        return chat.lines();
    }

    /** Takes the conversation's messages from the customer; says whether the message was one. */
    public boolean handle(ControlMessage message) {
        if (message instanceof ControlMessage.ChatSent sent) {
            if (chat.received(sent.id(), "The customer", sent.text())) {
                record(CUSTOMER, new JournalEvent.Chat(sent.id(), sent.text()));
                send.accept(new ControlMessage.ChatReceipt(sent.id(), false));
                listener.chatChanged(chat.lines());
            }
        } else if (message instanceof ControlMessage.ChatReceipt receipt) {
            listener.chatChanged(chat.receipt(receipt.id(), receipt.read()));
        } else if (message instanceof ControlMessage.ChatTyping typing) {
            listener.customerTyping(typing.typing());
        } else if (message instanceof ControlMessage.PlanStepAnswered answered) {
            recordStepAnswer(answered);
            listener.planStepAnswered(answered);
        } else if (message instanceof ControlMessage.WorkingAnswer answer) {
            record(answeredBy(answer), new JournalEvent.WorkingCheckAnswered(answer.answer(), answer.reason()));
            listener.workingAnswered(answer);
        } else if (message instanceof ControlMessage.RatingGiven rating) {
            record(CUSTOMER, new JournalEvent.Rating(rating.stars(), rating.comment()));
            listener.rated(rating.stars(), rating.comment());
        } else if (message instanceof ControlMessage.FollowUpRequested followUp) {
            record(CUSTOMER, new JournalEvent.FollowUp(followUp.when(), followUp.note()));
            listener.followUpRequested(followUp.when(), followUp.note());
        } else {
            return false;
        }
        return true;
    }

    /**
     * The customer's OK or no; or nobody answering in time, which Tandem records, as the customer's side does
     * (decision 0033); or, when their side closed the question before they answered, a no Tandem gave, with
     * their side's words for why (decision 0031), never the customer's no.
     */
    private void recordStepAnswer(ControlMessage.PlanStepAnswered answered) {
        String purpose = "go ahead with the step “" + stepTitle(answered.stepId()) + "”";
        if (answered.closedBeforeAnAnswer()) {
            record(SYSTEM, new JournalEvent.ConsentDecided(JournalEvent.Answer.DENIED, purpose, answered.stepId(),
                    answered.reason()));
        } else if (answered.timedOut()) {
            record(SYSTEM, new JournalEvent.ConsentDecided(JournalEvent.Answer.TIMED_OUT, purpose, answered.stepId(),
                    ""));
        } else {
            JournalEvent.Answer answer = answered.ok() ? JournalEvent.Answer.GRANTED : JournalEvent.Answer.DENIED;
            record(CUSTOMER, new JournalEvent.ConsentDecided(answer, purpose, answered.stepId(), ""));
        }
    }

    /**
     * Who gave the working check's answer: the customer for their yes or no; Tandem when nobody answered in
     * time (decision 0033) or the customer's side closed the question before an answer (decision 0031).
     */
    private static String answeredBy(ControlMessage.WorkingAnswer answer) {
        return answer.answer().equals("yes") || answer.answer().equals("no") ? CUSTOMER : SYSTEM;
    }

    private synchronized String stepTitle(String stepId) {
        return plan.stream().filter(step -> step.id().equals(stepId)).map(PlanStep::title).findFirst().orElse(stepId);
    }

    private boolean record(String who, JournalEvent event) {
        try {
            journal.record(who, event);
            return true;
        } catch (JournalException e) {
            LOG.info("Not recorded ({}): {}", e.getMessage(), event.type());
            return false;
        }
    }
}
