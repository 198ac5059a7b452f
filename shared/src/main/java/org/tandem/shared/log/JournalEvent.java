package org.tandem.shared.log;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing that happened in a session, as both apps write it to their session log and as every
 * reader (log show, recap, history, cross-check) reads it back. Each event type is one record, a
 * member of this interface by inheritance from the family that declares it ({@link SessionJournalEvents},
 * {@link ConsentJournalEvents}, {@link ScreenJournalEvents}, {@link ActionJournalEvents},
 * {@link ConversationJournalEvents}), so that every reader names it {@code JournalEvent.Chat} and so on;
 * its {@link #type()} is the log line's {@code type} and {@link #details()} its {@code details}, with
 * the keys documented in {@code docs/session-log.md}. {@link JournalEvents#read} turns a log line back
 * into the record, so a writer and a reader cannot disagree on a key.
 *
 * <p>Checkpoints and receipts are written by {@link SessionLogWriter} itself and are not events here.
 */
public sealed interface JournalEvent extends SessionJournalEvents, ConsentJournalEvents, ScreenJournalEvents,
        ActionJournalEvents, ConversationJournalEvents permits
        SessionJournalEvents.SessionConnected,
        SessionJournalEvents.PairingCompleted,
        SessionJournalEvents.IdentityVerified,
        SessionJournalEvents.IdentityUnverified,
        SessionJournalEvents.IdentityPresented,
        SessionJournalEvents.ComputerNamed,
        SessionJournalEvents.CustomerNamed,
        ConsentJournalEvents.ConsentAsked,
        ConsentJournalEvents.ConsentDecided,
        ScreenJournalEvents.ShareStarted,
        ScreenJournalEvents.ShareStopped,
        ScreenJournalEvents.ShareSwitched,
        ScreenJournalEvents.ControlRequested,
        ScreenJournalEvents.ControlStarted,
        ScreenJournalEvents.ControlStopped,
        ScreenJournalEvents.ControlPaused,
        ScreenJournalEvents.ControlResumed,
        ActionJournalEvents.ActionRequested,
        ActionJournalEvents.ActionStarted,
        ActionJournalEvents.ActionStopRequested,
        ActionJournalEvents.ActionResult,
        ConversationJournalEvents.Chat,
        ConversationJournalEvents.WorkingCheckAsked,
        ConversationJournalEvents.WorkingCheckAnswered,
        ConversationJournalEvents.Rating,
        ConversationJournalEvents.FollowUp,
        ConversationJournalEvents.Note,
        ConversationJournalEvents.PlanChanged,
        SessionJournalEvents.Problem,
        SessionJournalEvents.ConnectionLost,
        SessionJournalEvents.ConnectionResumed,
        SessionJournalEvents.SessionEnded {

    /** The log line's {@code type}, one of {@link LogEventTypes}. */
    String type();

    /** The log line's {@code details}: strings, whole numbers, booleans, lists and maps; never null values. */
    Map<String, Object> details();

    /** Which side a decision or an action concerns; "" where there is none. */
    static String text(String value) {
        return value == null ? "" : value;
    }

    /** How a question was answered. */
    enum Answer {
        GRANTED(LogEventTypes.CONSENT_GRANTED),
        DENIED(LogEventTypes.CONSENT_DENIED),
        TIMED_OUT(LogEventTypes.CONSENT_TIMED_OUT),
        /** A permission given earlier was taken back. */
        REVOKED(LogEventTypes.CONSENT_REVOKED),
        /** Whoever asked no longer asks: the question was closed before the customer answered it. */
        WITHDRAWN(LogEventTypes.CONSENT_WITHDRAWN);

        private final String type;

        Answer(String type) {
            this.type = type;
        }

        public String type() {
            return type;
        }
    }

    /** Builds details maps in a fixed order, leaving out empty strings so old and new lines read alike. */
    final class Details {
        private Details() {}

        static Map<String, Object> of(Object... keysAndValues) {
            Map<String, Object> details = new LinkedHashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                Object value = keysAndValues[i + 1];
                if (value != null && !"".equals(value)) {
                    details.put((String) keysAndValues[i], value);
                }
            }
            return details;
        }
    }
}
