package org.tandem.customer.session;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tandem.shared.message.PointerMessage;
import org.tandem.shared.message.PointerMessage.Shape;

/**
 * The numbers given to the pointer's looks sent in this share, so a look seen again goes as its
 * number (six bytes) rather than its pixels (up to 16 KB): an I-beam, an arrow and a hand come and
 * go all the time. Remembers the {@value #KEPT} looks used last; the console keeps at least as many,
 * used in the same order, so a number sent is one it knows. Numbers are never given twice by one
 * client, across shares too, so the console can never take a number for another look.
 */
final class PointerShapeNames {
    /** Looks remembered; the console's book keeps more (decision 0020). */
    static final int KEPT = 32;

    private final Map<Shape, Long> named = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Shape, Long> eldest) {
            return size() > KEPT;
        }
    };
    private long lastId;

    /** What to send for this look: its number when it was sent before, else the look with a new number. */
    synchronized PointerMessage message(Shape shape) {
        Long id = named.get(shape);
        if (id != null) {
            return new PointerMessage.SameShape(id);
        }
        long fresh = ++lastId;
        named.put(shape, fresh);
        return new PointerMessage.NamedShape(fresh, shape);
    }

    /** A new share: the console may not have the looks sent before (numbers go on growing). */
    synchronized PointerShapeNames forgetLooks() {
        named.clear();
        return this;
    }
}
