package org.tandem.agent.ui.history;

import java.util.Optional;
import org.tandem.agent.history.Integrity;
import org.tandem.agent.ui.Texts;

/** The choices of the integrity filter, with the words the window shows. */
public enum HistoryFilter {
    ALL(null),
    IN_PROGRESS(Integrity.IN_PROGRESS),
    INTACT(Integrity.INTACT),
    NOT_CLOSED(Integrity.NOT_CLOSED),
    ALTERED(Integrity.BROKEN);

    private final Integrity integrity;

    HistoryFilter(Integrity integrity) {
        this.integrity = integrity;
    }

    public Optional<Integrity> integrity() {
        return Optional.ofNullable(integrity);
    }

    @Override
    public String toString() {
        return Texts.get("history.filter." + name());
    }
}
