package org.tandem.relay.rendezvous;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Connections waiting to resume a session: by resume token, at most one technician and one
 * customer. The second side to present a token is paired with the first; nothing is remembered
 * after that, so a restarted relay knows as much as a running one (decision 0013). How long an
 * entry may wait is bounded by the relay's pairing timeout, which closes a connection that is
 * still unpaired by then.
 *
 * @param <T> what waits under a token (a channel)
 */
public final class ResumeRegistry<T> {
    /** Waiting connections at most, so that a flood of tokens cannot fill the relay's memory. */
    public static final int CAPACITY = 9_000;

    private final Map<String, Waiting<T>> waiting = new HashMap<>();

    /** What became of a connection presenting a token. */
    public sealed interface Offer<T> {
        /** Nobody waited under the token; this connection waits now. */
        record Waits<T>() implements Offer<T> {}

        /** The other side waited under the token; the caller pairs with it. It no longer waits. */
        record Matched<T>(T peer) implements Offer<T> {}

        /** A connection of the same role waits under the token already; this one is refused. */
        record Taken<T>() implements Offer<T> {}

        /** {@value ResumeRegistry#CAPACITY} connections wait already. */
        record Full<T>() implements Offer<T> {}
    }

    /**
     * @param technician whether {@code owner} logged in as a technician (else as the guest)
     */
    public synchronized Offer<T> offer(String token, boolean technician, T owner) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(owner, "owner");
        Waiting<T> there = waiting.get(token);
        if (there != null) {
            if (there.technician() == technician) {
                return new Offer.Taken<>();
            }
            waiting.remove(token);
            return new Offer.Matched<>(there.owner());
        }
        if (waiting.size() >= CAPACITY) {
            return new Offer.Full<>();
        }
        waiting.put(token, new Waiting<>(owner, technician));
        return new Offer.Waits<>();
    }

    /**
     * Withdraws a waiting connection, e.g. when it leaves.
     *
     * @return whether {@code owner} was still waiting under {@code token}; false once paired
     */
    public synchronized boolean release(String token, T owner) {
        Waiting<T> there = token == null ? null : waiting.get(token);
        if (there == null || there.owner() != owner) {
            return false;
        }
        waiting.remove(token);
        return true;
    }

    /** Connections waiting now. */
    public synchronized int size() {
        return waiting.size();
    }

    private record Waiting<T>(T owner, boolean technician) {}
}
