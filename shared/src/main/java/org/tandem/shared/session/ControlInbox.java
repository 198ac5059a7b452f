package org.tandem.shared.session;

import java.util.Optional;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ProtocolException;

/**
 * The number of the last control message applied from the other side (decision 0013). A message
 * numbered one more is applied; one at or below it was applied already and arrives again only
 * because a resume sent it again, so it is dropped; a message further ahead means one was lost,
 * which the record layer rules out, so it ends the session. Only the reader thread uses it.
 */
final class ControlInbox {
    private volatile long lastApplied;

    /**
     * @return the message to apply, or empty when it was applied already
     * @throws ProtocolException when a number was skipped
     */
    Optional<ControlMessage> accept(ControlMessage.Numbered numbered) throws ProtocolException {
        long seq = numbered.seq();
        if (seq <= lastApplied) {
            return Optional.empty();
        }
        if (seq != lastApplied + 1) {
            throw new ProtocolException("Control message " + (lastApplied + 1) + " is missing: " + seq + " came next");
        }
        lastApplied = seq;
        return Optional.of(numbered.message());
    }

    /** The number of the last control message applied, 0 before the first. */
    long lastApplied() {
        return lastApplied;
    }
}
