package org.tandem.shared.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tandem.shared.log.JournalEvent.Answer;

/**
 * Reads log lines back into {@link JournalEvent}s: the one place that knows which {@code type} is
 * which record and which detail key is which field. Checkpoints, receipts and types this version
 * does not know read as empty.
 */
public final class JournalEvents {
    private static final Map<String, Function<LogEntry, JournalEvent>> READERS = Map.ofEntries(
            Map.entry(LogEventTypes.SESSION_CONNECTED,
                    e -> new JournalEvent.SessionConnected(e.detail("nameplate"), e.detail("customerName"))),
            Map.entry(LogEventTypes.PAIRING_COMPLETED, e -> new JournalEvent.PairingCompleted(e.detail("checkString"))),
            Map.entry(LogEventTypes.IDENTITY_VERIFIED, e -> new JournalEvent.IdentityVerified(e.detail("technician"),
                    e.detail("organisation"), e.detail("shown"))),
            Map.entry(LogEventTypes.IDENTITY_UNVERIFIED, e -> new JournalEvent.IdentityUnverified(e.detail("technician"),
                    e.detail("reason"), e.detail("shown"))),
            Map.entry(LogEventTypes.IDENTITY_PRESENTED, e -> new JournalEvent.IdentityPresented(e.detail("technician"),
                    e.detail("organisation"))),
            Map.entry(LogEventTypes.COMPUTER_NAMED, e -> new JournalEvent.ComputerNamed(e.detail("name"))),
            Map.entry(LogEventTypes.CUSTOMER_NAMED, e -> new JournalEvent.CustomerNamed(e.detail("name"))),
            Map.entry(LogEventTypes.CONSENT_ASKED, e -> new JournalEvent.ConsentAsked(e.detail("for"), e.detail("id"),
                    e.detail("prompt"))),
            Map.entry(LogEventTypes.CONSENT_GRANTED, e -> decided(Answer.GRANTED, e)),
            Map.entry(LogEventTypes.CONSENT_DENIED, e -> decided(Answer.DENIED, e)),
            Map.entry(LogEventTypes.CONSENT_TIMED_OUT, e -> decided(Answer.TIMED_OUT, e)),
            Map.entry(LogEventTypes.CONSENT_REVOKED, e -> decided(Answer.REVOKED, e)),
            Map.entry(LogEventTypes.CONSENT_WITHDRAWN, e -> decided(Answer.WITHDRAWN, e)),
            Map.entry(LogEventTypes.SHARE_STARTED, e -> new JournalEvent.ShareStarted(number(e, "width"), number(e, "height"))),
            Map.entry(LogEventTypes.SHARE_STOPPED, e -> new JournalEvent.ShareStopped(e.detail("by"), e.detail("reason"))),
            Map.entry(LogEventTypes.SHARE_SWITCHED, e -> new JournalEvent.ShareSwitched(e.detail("by"),
                    number(e, "monitor"), number(e, "of", 1), number(e, "width"), number(e, "height"))),
            Map.entry(LogEventTypes.CONTROL_REQUESTED, e -> new JournalEvent.ControlRequested()),
            Map.entry(LogEventTypes.CONTROL_STARTED, e -> new JournalEvent.ControlStarted()),
            Map.entry(LogEventTypes.CONTROL_STOPPED, e -> new JournalEvent.ControlStopped(e.detail("by"), e.detail("reason"))),
            Map.entry(LogEventTypes.CONTROL_PAUSED, e -> new JournalEvent.ControlPaused(e.detail("reason"))),
            Map.entry(LogEventTypes.CONTROL_RESUMED, e -> new JournalEvent.ControlResumed()),
            Map.entry(LogEventTypes.ACTION_REQUESTED, e -> new JournalEvent.ActionRequested(e.detail("id"),
                    e.detail("action"), e.detail("actionId"), e.detail("risk"), parameters(e), names(e, "listedAs"))),
            Map.entry(LogEventTypes.ACTION_STARTED, e -> new JournalEvent.ActionStarted(e.detail("id"), e.detail("action"))),
            Map.entry(LogEventTypes.ACTION_STOP_REQUESTED, e -> new JournalEvent.ActionStopRequested(e.detail("id"),
                    e.detail("action"), e.detail("reason"))),
            Map.entry(LogEventTypes.ACTION_RESULT, e -> new JournalEvent.ActionResult(e.detail("id"), e.detail("action"),
                    e.detail("result"), e.detail("outcome"), e.detail("status"), number(e, "exit", -1),
                    e.detail("toCustomer"))),
            Map.entry(LogEventTypes.CHAT, e -> new JournalEvent.Chat(e.detail("id"), e.detail("text"))),
            Map.entry(LogEventTypes.CHECK_ASKED, e -> new JournalEvent.WorkingCheckAsked()),
            Map.entry(LogEventTypes.CHECK_ANSWERED, e -> new JournalEvent.WorkingCheckAnswered(e.detail("answer"),
                    e.detail("reason"))),
            Map.entry(LogEventTypes.RATING, e -> new JournalEvent.Rating(number(e, "stars"), e.detail("comment"))),
            Map.entry(LogEventTypes.FOLLOW_UP, e -> new JournalEvent.FollowUp(e.detail("when"), e.detail("note"))),
            Map.entry(LogEventTypes.NOTE, e -> new JournalEvent.Note(e.detail("text"))),
            Map.entry(LogEventTypes.PLAN_CHANGED, e -> new JournalEvent.PlanChanged(steps(e))),
            Map.entry(LogEventTypes.ERROR, e -> new JournalEvent.Problem(e.detail("message"))),
            Map.entry(LogEventTypes.CONNECTION_LOST, e -> new JournalEvent.ConnectionLost(e.detail("how"))),
            Map.entry(LogEventTypes.CONNECTION_RESUMED, e -> new JournalEvent.ConnectionResumed()),
            Map.entry(LogEventTypes.SESSION_ENDED, e -> new JournalEvent.SessionEnded(e.detail("by"), e.detail("how"),
                    e.detail("reason"), e.detail("next"))));

    private JournalEvents() {}

    /** The event a log line holds; empty for checkpoints, receipts and types this version does not know. */
    public static Optional<JournalEvent> read(LogEntry entry) {
        Function<LogEntry, JournalEvent> reader = READERS.get(entry.type());
        return reader == null ? Optional.empty() : Optional.of(reader.apply(entry));
    }

    /** Whether a type is one this version reads as an event. */
    static boolean knows(String type) {
        return READERS.containsKey(type);
    }

    private static JournalEvent decided(Answer answer, LogEntry entry) {
        // "reason" since typed events; older lines said "why".
        String reason = entry.detail("reason").isEmpty() ? entry.detail("why") : entry.detail("reason");
        return new JournalEvent.ConsentDecided(answer, entry.detail("for"), entry.detail("id"), reason);
    }

    private static int number(LogEntry entry, String key) {
        return number(entry, key, 0);
    }

    private static int number(LogEntry entry, String key, int otherwise) {
        return entry.details().get(key) instanceof Number n ? n.intValue() : otherwise;
    }

    private static Map<String, String> parameters(LogEntry entry) {
        return names(entry, "parameters");
    }

    /** A detail that holds names and values, such as {@code parameters}; empty when the entry has none. */
    private static Map<String, String> names(LogEntry entry, String detail) {
        Map<String, String> parameters = new java.util.TreeMap<>();
        if (entry.details().get(detail) instanceof Map<?, ?> map) {
            map.forEach((key, value) -> parameters.put(String.valueOf(key), String.valueOf(value)));
        }
        return parameters;
    }

    private static List<JournalEvent.PlanStep> steps(LogEntry entry) {
        List<JournalEvent.PlanStep> steps = new ArrayList<>();
        if (entry.details().get("steps") instanceof List<?> list) {
            for (Object step : list) {
                if (step instanceof Map<?, ?> map && map.get("title") != null) {
                    steps.add(new JournalEvent.PlanStep(String.valueOf(map.get("title")),
                            map.get("status") == null ? "" : String.valueOf(map.get("status"))));
                } else if (step != null) {
                    steps.add(new JournalEvent.PlanStep(String.valueOf(step), ""));
                }
            }
        } else if (!entry.detail("step").isEmpty()) {
            steps.add(new JournalEvent.PlanStep(entry.detail("step"), entry.detail("status")));
        }
        return steps;
    }
}
