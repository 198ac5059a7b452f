package org.tandem.agent.session;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.agent.conversation.AgentConversation;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ControlMessage.Hello;
import org.tandem.shared.message.ControlMessage.Role;
import org.tandem.shared.message.ControlMessage.SessionEnd;
import org.tandem.shared.message.FrameCredit;
import org.tandem.shared.message.InputBatch;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.PointerMessage;
import org.tandem.shared.message.Protocol;
import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.session.SessionEnding;
import org.tandem.shared.session.SessionLogbook;

/**
 * The console's one dispatcher for what the customer's side sends: each message goes to the part of
 * the session that handles it (the screen and sharing, control, the conversation, actions, the journal's
 * end), and what the customer may not send is refused. The customer introduces itself first, once, as a
 * customer, speaking this console's protocol version; it never sends input or frame credits. The session
 * calls it under its own lock; it takes none.
 */
final class CustomerMessageDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerMessageDispatcher.class);
    private static final String CUSTOMER = "customer";

    private final String actor;
    private final AgentSessionListener listener;
    private final CustomerShare share;
    private final ControlHandshake control;
    private final AgentActions actions;
    private final Supplier<SessionLogbook> logbook;
    private final Supplier<SessionChannel> channel;
    private final Supplier<AgentConversation> conversation;
    private final PointerShapeBook pointerLooks = new PointerShapeBook();
    private volatile boolean customerGreeted;

    /**
     * @param actor the technician as the log names them
     * @param logbook the session's journal, {@code channel} its connection, {@code conversation} its plan and
     *     chat: each set once the customer is paired, before the first message is read
     */
    CustomerMessageDispatcher(String actor, AgentSessionListener listener, CustomerShare share,
            ControlHandshake control, AgentActions actions, Supplier<SessionLogbook> logbook,
            Supplier<SessionChannel> channel, Supplier<AgentConversation> conversation) {
        this.actor = actor;
        this.listener = listener;
        this.share = share;
        this.control = control;
        this.actions = actions;
        this.logbook = logbook;
        this.channel = channel;
        this.conversation = conversation;
    }

    /**
     * Hands {@code message} to its part of the session.
     *
     * @throws ProtocolException when the customer's side sent what it may not, which ends the session
     */
    void dispatch(SessionMessage message) throws ProtocolException {
        if (message instanceof ScreenUpdate update) {
            share.update(update);
        } else if (message instanceof PointerMessage pointer) {
            if (pointer instanceof PointerMessage.Moved moved) {
                listener.pointerMoved(moved);
            } else {
                listener.pointerShapeChanged(pointerLooks.lookOf(pointer).orElse(null)); // null: the standard arrow
            }
        } else if (message instanceof Hello hello) {
            onHello(hello);
        } else if (message instanceof ControlMessage.LogCheckpoint checkpoint) {
            logbook.get().receivedCheckpoint(checkpoint.checkpoint());
        } else if (message instanceof SessionEnd end) {
            // Its own words for the customer's code: nothing the other side writes is shown.
            logbook.get().endedByPeer(channel.get(), CUSTOMER, SessionEnding.toldBy(true, end.how()));
        } else if (!customerGreeted) {
            throw new ProtocolException("The customer did not introduce itself first");
        } else if (message instanceof ControlMessage sharing && share.handle(sharing)) {
            return; // sharing started or stopped, or the customer's monitors
        } else if (message instanceof ControlMessage about && control.handle(about)) {
            return; // the customer's answer to control, or a change of mind
        } else if (message instanceof InputEvent) {
            throw new ProtocolException("The customer sent input events");
        } else if (message instanceof ControlMessage talk && conversation.get() != null
                && conversation.get().handle(talk)) {
            return; // chat, answers about the plan, the end of the session
        } else if (message instanceof ControlMessage request && actions.handle(request, logbook.get(), actor)) {
            return; // the customer's catalog, or news of an action
        } else if (message instanceof FrameCredit || message instanceof InputBatch) {
            throw new ProtocolException("The customer sent the technician frame credits");
        } else {
            throw new ProtocolException("Unexpected message: " + message.getClass().getSimpleName());
        }
    }

    private void onHello(Hello hello) throws ProtocolException {
        if (hello.role() != Role.CUSTOMER) {
            throw new ProtocolException("The other side is not a customer");
        }
        if (customerGreeted) {
            throw new ProtocolException("The customer introduced itself twice");
        }
        if (hello.protocolVersion() != Protocol.VERSION) {
            LOG.warn("The customer speaks protocol version {}, this console {}: ending", hello.protocolVersion(),
                    Protocol.VERSION);
            logbook.get().endByUs(channel.get(), SessionEnding.VERSION_MISMATCH);
            return;
        }
        customerGreeted = true;
    }
}
