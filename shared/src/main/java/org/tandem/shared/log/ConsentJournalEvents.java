package org.tandem.shared.log;

import java.util.Map;
import java.util.Objects;

import static org.tandem.shared.log.JournalEvent.text;

/**
 * What the customer was asked and how it was answered; the answers are {@link JournalEvent.Answer}.
 *
 * <p>Read these records as members of {@link JournalEvent} ({@code JournalEvent.ConsentAsked} and so on):
 * it extends this interface only to give them that name, and permits them as its events.
 */
interface ConsentJournalEvents {

    /**
     * The customer was asked. {@code purpose}: what the permission is for, in the customer's words
     * ("see your screen and basic information about your computer"); {@code subject}: the request it
     * belongs to (an action's id), "" for none; {@code prompt}: the question as shown.
     */
    record ConsentAsked(String purpose, String subject, String prompt) implements JournalEvent {
        public ConsentAsked {
            purpose = text(purpose);
            subject = text(subject);
            prompt = text(prompt);
        }

        @Override public String type() {
            return LogEventTypes.CONSENT_ASKED;
        }

        @Override public Map<String, Object> details() {
            return Details.of("for", purpose, "id", subject, "prompt", prompt);
        }
    }

    /** The customer's answer, or the lack of one; see {@link Answer}. {@code reason} says why for a no not given by the customer. */
    record ConsentDecided(Answer answer, String purpose, String subject, String reason) implements JournalEvent {
        public ConsentDecided {
            Objects.requireNonNull(answer, "answer");
            purpose = text(purpose);
            subject = text(subject);
            reason = text(reason);
        }

        @Override public String type() {
            return answer.type();
        }

        @Override public Map<String, Object> details() {
            return Details.of("for", purpose, "id", subject, "reason", reason);
        }
    }
}
