package org.tandem.agent.ui.history;

import java.util.Optional;
import org.tandem.agent.history.Integrity;

/** The choices of the integrity filter, with the words the window shows. */
public enum HistoryFilter {
    ALL("All sessions", null),
    INTACT("Intact", Integrity.INTACT),
    NOT_CLOSED("Not closed", Integrity.NOT_CLOSED),
    ALTERED("Altered", Integrity.BROKEN);

    private final String label;
    private final Integrity integrity;

    HistoryFilter(String label, Integrity integrity) {
        this.label = label;
        this.integrity = integrity;
    }

    public Optional<Integrity> integrity() {
        return Optional.ofNullable(integrity);
    }

    @Override
    public String toString() {
        return label;
    }
}
