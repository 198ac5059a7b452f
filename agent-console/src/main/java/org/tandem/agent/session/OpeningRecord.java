package org.tandem.agent.session;

import java.io.IOException;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.JournalException;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.session.SessionPairing;

/**
 * Opens the technician's journal of a session just paired and records how the session opened:
 * connected under which code (and for which customer reference), the pairing's check string and the
 * identity the technician presents.
 */
final class OpeningRecord {
    private final AgentLogs logs;
    private final String actor;
    private final String technicianName;
    private final String organisationName;

    /** @param organisationName the organisation of the technician's certificate; "" without one */
    OpeningRecord(AgentLogs logs, String actor, String technicianName, String organisationName) {
        this.logs = logs;
        this.actor = actor;
        this.technicianName = technicianName;
        this.organisationName = organisationName;
    }

    /**
     * @return the session's journal, its opening recorded
     * @throws IOException when the journal could not be opened, or not written: then {@code paired}'s
     *     channel is closed as the journal's failure says first
     */
    SessionLogbook open(SessionPairing.Paired paired, SessionCode code, String customerReference) throws IOException {
        SessionChannel opened = paired.channel();
        SessionLogbook book = new SessionLogbook(
                logs.open(SessionLogbook.sessionIdFrom(paired.pairing().transcriptHash())), actor);
        try {
            book.record(actor, new JournalEvent.SessionConnected(code.nameplate(), customerReference));
            book.record(actor, new JournalEvent.PairingCompleted(paired.pairing().checkString()));
            book.record(actor, new JournalEvent.IdentityPresented(technicianName, organisationName));
        } catch (JournalException e) {
            opened.close(book.writeFailed());
            throw new IOException("the session log could not be written", e);
        }
        return book;
    }
}
