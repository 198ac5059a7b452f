package org.tandem.agent.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.tandem.agent.conversation.AgentConversation;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.JournalException;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.SessionMessage;

/**
 * The technician's real conversation for view-model tests: what it records and sends is kept here,
 * what it hears goes to the listener the test gives, and the journal can be made to fail.
 */
public final class ConversationRig {
    public final List<JournalEvent> recorded = new CopyOnWriteArrayList<>();
    public final List<SessionMessage> sent = new CopyOnWriteArrayList<>();
    public final AtomicBoolean journalFails = new AtomicBoolean();
    private final AtomicReference<AgentConversation.Listener> listener = new AtomicReference<>(
            new AgentConversation.Listener() {});
    private final AtomicBoolean connected = new AtomicBoolean(true);
    private final AgentConversation conversation;

    public ConversationRig() {
        conversation = new AgentConversation((actor, event) -> {
            if (journalFails.get()) {
                throw new JournalException("the disk is full");
            }
            recorded.add(event);
        }, "technician:Dana", sent::add, new AgentConversation.Listener() {
            @Override
            public void planChanged(List<org.tandem.shared.conversation.PlanStep> steps) {
                listener.get().planChanged(steps);
            }

            @Override
            public void planStepAnswered(ControlMessage.PlanStepAnswered answer) {
                listener.get().planStepAnswered(answer);
            }

            @Override
            public void chatChanged(List<org.tandem.shared.conversation.ChatLine> lines) {
                listener.get().chatChanged(lines);
            }

            @Override
            public void customerTyping(boolean typing) {
                listener.get().customerTyping(typing);
            }

            @Override
            public void workingAnswered(ControlMessage.WorkingAnswer answer) {
                listener.get().workingAnswered(answer);
            }

            @Override
            public void rated(int stars, String comment) {
                listener.get().rated(stars, comment);
            }

            @Override
            public void followUpRequested(String when, String note) {
                listener.get().followUpRequested(when, note);
            }
        }, Clock.fixed(Instant.parse("2026-03-02T10:15:00Z"), ZoneOffset.UTC));
    }

    public void listen(AgentConversation.Listener next) {
        listener.set(next);
    }

    /** What the side tabs reach: the conversation while "connected". */
    public ConversationAccess access() {
        return () -> connected.get() ? Optional.of(conversation) : Optional.empty();
    }

    public void connected(boolean now) {
        connected.set(now);
    }

    /** A message from the customer arrives. */
    public void fromCustomer(ControlMessage message) {
        conversation.handle(message);
    }

    public <T> List<T> sent(Class<T> type) {
        return sent.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
