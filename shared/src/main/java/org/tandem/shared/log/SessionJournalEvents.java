package org.tandem.shared.log;

import java.util.Map;

import static org.tandem.shared.log.JournalEvent.text;

/**
 * The session itself: how it started, who proved what, what went wrong, how the connection fared and
 * how it ended.
 *
 * <p>Read these records as members of {@link JournalEvent} ({@code JournalEvent.SessionConnected} and so on):
 * it extends this interface only to give them that name, and permits them as its events.
 */
interface SessionJournalEvents {

    /** The session started on this side. {@code customerReference}: the customer's name or ticket, "" when none. */
    record SessionConnected(String nameplate, String customerReference) implements JournalEvent {
        public SessionConnected {
            nameplate = text(nameplate);
            customerReference = text(customerReference);
        }

        @Override public String type() {
            return LogEventTypes.SESSION_CONNECTED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("nameplate", nameplate, "customerName", customerReference);
        }
    }

    /** Both ends proved they hold the same code; {@code checkString} is what both screens showed. */
    record PairingCompleted(String checkString) implements JournalEvent {
        public PairingCompleted {
            checkString = text(checkString);
        }

        @Override public String type() {
            return LogEventTypes.PAIRING_COMPLETED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("checkString", checkString);
        }
    }

    /** The customer's client verified the technician's certificate; {@code shown} is the line the customer saw. */
    record IdentityVerified(String technician, String organisation, String shown) implements JournalEvent {
        public IdentityVerified {
            technician = text(technician);
            organisation = text(organisation);
            shown = text(shown);
        }

        @Override public String type() {
            return LogEventTypes.IDENTITY_VERIFIED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("technician", technician, "organisation", organisation, "shown", shown);
        }
    }

    /** The customer's client could not verify the technician; {@code technician} is the name they gave, cleaned. */
    record IdentityUnverified(String technician, String reason, String shown) implements JournalEvent {
        public IdentityUnverified {
            technician = text(technician);
            reason = text(reason);
            shown = text(shown);
        }

        @Override public String type() {
            return LogEventTypes.IDENTITY_UNVERIFIED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("technician", technician, "reason", reason, "shown", shown);
        }
    }

    /**
     * The console sent its proof of identity: the technician's certificate of {@code organisation}, or
     * none ({@code organisation} "") when the organisation issued no certificate.
     */
    record IdentityPresented(String technician, String organisation) implements JournalEvent {
        public IdentityPresented {
            technician = text(technician);
            organisation = text(organisation);
        }

        @Override public String type() {
            return LogEventTypes.IDENTITY_PRESENTED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("technician", technician, "organisation", organisation);
        }
    }

    /**
     * The customer's computer gave its name ({@code name}) in its system information. The console names
     * a customer for whom the technician typed no name or ticket by it, in its tab, and History and the
     * recap do the same from this line (decision 0037).
     */
    record ComputerNamed(String name) implements JournalEvent {
        public ComputerNamed {
            name = text(name);
        }

        @Override public String type() {
            return LogEventTypes.COMPUTER_NAMED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("name", name);
        }
    }

    /**
     * The technician named the customer ({@code name}) during the session, having asked them: from then on
     * the console's tab, History and the recap call the customer so, whatever was typed at New session or
     * their computer is called (decision 0046). Recorded by the technician, on the console only.
     */
    record CustomerNamed(String name) implements JournalEvent {
        public CustomerNamed {
            name = text(name);
        }

        @Override public String type() {
            return LogEventTypes.CUSTOMER_NAMED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("name", name);
        }
    }

    /** Something went wrong that the record should show; {@code message} in plain words. */
    record Problem(String message) implements JournalEvent {
        public Problem {
            message = text(message);
        }

        @Override public String type() {
            return LogEventTypes.ERROR;
        }

        @Override public Map<String, Object> details() {
            return Details.of("message", message);
        }
    }

    /**
     * The connection dropped; this side waits to resume the session (decision 0013). {@code how}: the
     * {@code SessionEnding} code the session ends with if it is not resumed.
     */
    record ConnectionLost(String how) implements JournalEvent {
        public ConnectionLost {
            how = text(how);
        }

        @Override public String type() {
            return LogEventTypes.CONNECTION_LOST;
        }

        @Override public Map<String, Object> details() {
            return Details.of("how", how);
        }
    }

    /** The session goes on over a new connection; control must be asked for again (decision 0013). */
    record ConnectionResumed() implements JournalEvent {
        @Override public String type() {
            return LogEventTypes.CONNECTION_RESUMED;
        }

        @Override public Map<String, Object> details() {
            return Map.of();
        }
    }

    /**
     * The session ended. {@code by}: who ended it (customer, technician:…, connection); {@code how}: the
     * {@code SessionEnding} code ("" in logs written before it was recorded); {@code reason}: in plain
     * words, as this side read them; {@code next}: what the customer should do next, "" when nothing.
     */
    record SessionEnded(String by, String how, String reason, String next) implements JournalEvent {
        public SessionEnded {
            by = text(by);
            how = text(how);
            reason = text(reason);
            next = text(next);
        }

        /** An end that does not say how, as logs written before {@code how} read. */
        public SessionEnded(String by, String reason, String next) {
            this(by, "", reason, next);
        }

        @Override public String type() {
            return LogEventTypes.SESSION_ENDED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("by", by, "how", how, "reason", reason, "next", next);
        }
    }
}
