package org.tandem.shared.session;

import java.util.Optional;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.SessionMessage;

/**
 * What the channel itself makes of a message received, before the session sees it: a heartbeat is
 * answered, an acknowledgement settles the outbox, a numbered control message is applied once and in
 * order (decision 0013), and one that must carry a number and came without ends the session. Only
 * the reader that delivers uses it, under the channel's delivery lock.
 */
final class ChannelIntake {
    private final ChannelHeartbeat heartbeat;
    private final ControlOutbox outbox;
    private final ControlInbox inbox = new ControlInbox();

    ChannelIntake(ChannelHeartbeat heartbeat, ControlOutbox outbox) {
        this.heartbeat = heartbeat;
        this.outbox = outbox;
    }

    /** Hands the session's messages to {@code listener}; keeps the channel's own. */
    void deliver(SessionMessage message, SessionListener listener) throws ProtocolException {
        if (message instanceof ControlMessage.Heartbeat beat) {
            heartbeat.answer(beat);
        } else if (message instanceof ControlMessage.Acknowledged ack) {
            synchronized (outbox) {
                outbox.acknowledge(ack.upTo());
            }
        } else if (message instanceof ControlMessage.Numbered numbered) {
            Optional<ControlMessage> fresh = inbox.accept(numbered);
            if (fresh.isPresent()) {
                listener.received(fresh.get());
            }
        } else if (message instanceof ControlMessage control && ControlMessage.Numbered.carriesNumber(control)) {
            throw new ProtocolException("A " + control.getClass().getSimpleName() + " came without its number");
        } else {
            listener.received(message);
        }
    }

    /** The number of the last control message applied from the other side. */
    long lastApplied() {
        return inbox.lastApplied();
    }
}
