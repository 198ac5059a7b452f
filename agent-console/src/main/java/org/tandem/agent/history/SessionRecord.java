package org.tandem.agent.history;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One past session as the history lists it.
 *
 * @param id               the session id (the folder's name)
 * @param log              the console's own log of the session
 * @param recap            the recap written for the customer, when there is one
 * @param date             when the session began; the log file's time when the log has no events
 * @param customerName     the customer's name or ticket reference typed at New session; "" when none was
 * @param technician       "" when the log does not name the technician
 * @param actions          how many different actions the technician asked for
 * @param consentDecisions permissions the customer answered (allowed, refused, timed out, withdrawn)
 * @param integrityDetail  the verifier's words, e.g. {@code broken at line 7: hash does not match the event}
 * @param searchText       everything searchable, in lower case: names and every event's type and details
 */
public record SessionRecord(String id, Path log, Optional<Path> recap, Instant date, String customerName,
                            String technician, Duration duration, int actions, long consentDecisions,
                            Integrity integrity, String integrityDetail, String searchText) {
    public SessionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(recap, "recap");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(integrity, "integrity");
        searchText = searchText.toLowerCase(Locale.ROOT);
    }

    /** Whether every word of {@code query} occurs somewhere in the session; a blank query matches all. */
    public boolean matches(String query) {
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!word.isEmpty() && !searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
