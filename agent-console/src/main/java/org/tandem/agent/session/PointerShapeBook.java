package org.tandem.agent.session;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tandem.shared.message.PointerMessage;
import org.tandem.shared.message.PointerMessage.Shape;

/**
 * The looks of the customer's pointer by the numbers the customer gave them (decision 0020). Keeps
 * the {@value #KEPT} used last, twice what the customer remembers, used in the same order, so every
 * number the customer sends again is here unless its look was lost with a connection. A number not
 * here is answered with the standard arrow, never with another look.
 */
final class PointerShapeBook {
    /** Looks kept: at least the customer client's 32. */
    static final int KEPT = 64;

    private final Map<Long, Shape> looks = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Shape> eldest) {
            return size() > KEPT;
        }
    };

    /**
     * The look a pointer message gives: the named look (kept from now on), the look a number stands
     * for, or empty (the standard arrow) for a number not known here.
     */
    synchronized Optional<Shape> lookOf(PointerMessage message) {
        if (message instanceof PointerMessage.NamedShape named) {
            looks.put(named.id(), named.shape());
            return Optional.of(named.shape());
        }
        if (message instanceof PointerMessage.SameShape same) {
            return Optional.ofNullable(looks.get(same.id()));
        }
        throw new IllegalArgumentException("Not a pointer look: " + message);
    }
}
