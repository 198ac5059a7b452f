package org.tandem.customer.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One of a session's feeds that the window and the notifier follow (what the technician did, how
 * actions ended, withdrawn requests): items added in order on the FX thread, cleared when a new
 * session starts, read-only to those who follow it.
 */
final class SessionFeed<T> {
    private final ObservableList<T> items = FXCollections.observableArrayList();
    // One wrapper, kept: a wrapper made per call would drop its listeners once collected.
    private final ObservableList<T> shown = FXCollections.unmodifiableObservableList(items);

    void add(T item) {
        items.add(item);
    }

    /** A new session: the last one's items are not this one's. */
    void clear() {
        items.clear();
    }

    /** The items, newest last, for reading and following; changes come through this feed only. */
    ObservableList<T> shown() {
        return shown;
    }
}
