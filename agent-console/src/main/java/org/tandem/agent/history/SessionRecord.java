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
 * @param customerName     the customer's name or ticket reference typed at New session, else the name their
 *                         computer gave (decision 0037); "" when neither is known
 * @param technician       "" when the log does not name the technician
 * @param actions          how many different actions the technician asked for
 * @param consentDecisions permissions the customer answered (allowed, refused, timed out, withdrawn)
 * @param integrityDetail  the verifier's words, e.g. {@code broken at line 7: hash does not match the event}
 * @param searchText       everything searchable, in lower case: names and every event's type and details
 * @param ending           how it ended, in short: which way, the answer to "Is everything working now?", the
 *                         rating and a follow-up request ("ended by you · working: yes · 5 of 5 · follow-up:
 *                         next week"; "ended by Dana Scully" when another console ran it); "" when none
 */
public record SessionRecord(String id, Path log, Optional<Path> recap, Instant date, String customerName,
                            String technician, Duration duration, int actions, long consentDecisions,
                            Integrity integrity, String integrityDetail, String searchText, String ending) {
    public SessionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(recap, "recap");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(integrity, "integrity");
        searchText = searchText.toLowerCase(Locale.ROOT);
        Objects.requireNonNull(ending, "ending");
    }

    /**
     * The short "how it ended" of a session's facts: which way, then the wrap-up answers. Only the
     * console that ran the session reads "ended by you"; on any other the technician is named
     * (decision 0050).
     *
     * @param ranHere whether this console's own key signed the log
     */
    public static String endingOf(org.tandem.shared.log.SessionFacts facts, boolean ranHere) {
        org.tandem.shared.log.SessionFacts.Ending ending = facts.ending();
        java.util.List<String> parts = new java.util.ArrayList<>();
        org.tandem.shared.session.SessionEnding.fromCode(ending.how()).ifPresent(how -> parts.add(ranHere ? how.label()
                : how.labelNaming(facts.technician())));
        if (ending.checkAsked()) {
            parts.add("working: " + (ending.workingAnswer().isEmpty() ? "not answered" : ending.workingAnswer()));
        }
        if (ending.stars() > 0) {
            parts.add(ending.stars() + " of 5");
        }
        if (ending.followUpRequested()) {
            parts.add("follow-up: " + (ending.followUpWhen().isEmpty() ? "asked for" : ending.followUpWhen()));
        }
        return String.join(" · ", parts);
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
