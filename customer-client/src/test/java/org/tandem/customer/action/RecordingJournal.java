package org.tandem.customer.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.JournalException;
import org.tandem.shared.log.SessionJournal;

/**
 * A journal that keeps events in order in a list that actions may write to as well (as "RUN"), so a
 * test can check that a decision was recorded before the action ran.
 */
public final class RecordingJournal implements SessionJournal {
    public record Event(String actor, String type, Map<String, ?> details) {}

    public final List<String> order = new ArrayList<>();
    public final List<Event> events = new ArrayList<>();
    private volatile String failOn = "";

    @Override
    public synchronized void record(String actor, JournalEvent event) throws JournalException {
        String type = event.type();
        if (type.equals(failOn)) {
            throw new JournalException("disk full");
        }
        order.add(type);
        events.add(new Event(actor, type, Map.copyOf(event.details())));
    }

    public synchronized void mark(String what) {
        order.add(what);
    }

    public synchronized List<String> order() {
        return List.copyOf(order);
    }

    public synchronized Event last(String type) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).type().equals(type)) {
                return events.get(i);
            }
        }
        throw new AssertionError("No " + type + " in " + order);
    }

    public void failOn(String type) {
        failOn = type;
    }
}
