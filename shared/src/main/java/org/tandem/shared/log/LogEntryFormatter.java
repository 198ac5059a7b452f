package org.tandem.shared.log;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Short, readable forms of log events, for {@code tandem log show} and the console's history. Each
 * event is read through {@link JournalEvents#read} and titled in plain words ("Customer allowed:
 * control the customer's mouse and keyboard"); a type this version does not know is shown as it is, with its
 * details, so nothing in a log is hidden from its reader. An action the console asked for is named with
 * its target in words, as the recap names it ({@link ActionWords}): "Customer said no: Uninstall a
 * program called “xterm”", wherever the log tells the parameters it was asked with.
 */
public final class LogEntryFormatter {
    private static final int LONGEST_VALUE = 80;
    private static final String TECHNICIAN = "Technician";
    private static final String CUSTOMER = "Customer";
    private static final String TANDEM = "Tandem";
    private final DateTimeFormatter time;

    /** Times in {@code zone}, to the second. */
    public LogEntryFormatter(ZoneId zone) {
        time = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(zone);
    }

    /** One line per entry of a log, in its order: time, who, and what happened in words ({@link #titles}). */
    public List<String> lines(List<LogEntry> log) {
        List<String> titles = titles(log);
        List<String> lines = new ArrayList<>(log.size());
        for (int i = 0; i < log.size(); i++) {
            LogEntry entry = log.get(i);
            lines.add(String.format("%s  %-24s %s", time.format(entry.time()), actor(entry), titles.get(i)).stripTrailing());
        }
        return lines;
    }

    /**
     * What each entry of a log says happened, in its order, as {@link #title(LogEntry)} says it, and each
     * action named with its target in words wherever it comes up (asked for, the customer's question
     * about it, started, ended): the parameters are those its request, in the same log, was sent with.
     */
    public static List<String> titles(List<LogEntry> log) {
        return titles(log, false);
    }

    /**
     * As {@link #titles}, with what people wrote (a chat message, a private note, a rating's comment, a
     * follow-up's note) whole instead of cut after {@value #LONGEST_VALUE} characters: for a reader that
     * wraps its lines and shows the words nowhere else, as the console's History does.
     */
    public static List<String> wholeTitles(List<LogEntry> log) {
        return titles(log, true);
    }

    private static List<String> titles(List<LogEntry> log, boolean whole) {
        Map<String, JournalEvent.ActionRequested> requests = new HashMap<>();
        Map<LogEntry, List<JournalEvent.PlanStep>> planBefore = new IdentityHashMap<>();
        List<JournalEvent.PlanStep> plan = List.of();
        for (LogEntry entry : log) {
            if (entry.type().equals(LogEventTypes.ACTION_REQUESTED)
                    && JournalEvents.read(entry).orElse(null) instanceof JournalEvent.ActionRequested asked) {
                requests.putIfAbsent(asked.id(), asked);
            } else if (entry.type().equals(LogEventTypes.PLAN_CHANGED)
                    && JournalEvents.read(entry).orElse(null) instanceof JournalEvent.PlanChanged changed) {
                planBefore.put(entry, plan); // read against the plan before it: which steps came, went or moved on
                plan = changed.steps();
            }
        }
        return log.stream().map(entry -> title(entry, new Context(requests, planBefore), whole)).toList();
    }

    /**
     * What the rest of the log tells about an entry: each action request (its parameters), by request id, and the
     * plan before each plan change. Empty for an entry read alone.
     */
    private record Context(Map<String, JournalEvent.ActionRequested> requests,
                           Map<LogEntry, List<JournalEvent.PlanStep>> planBefore) {
        static final Context NONE = new Context(Map.of(), Map.of());
    }

    /**
     * What happened, in plain words: "Customer allowed: control the customer's mouse and keyboard", "Action
     * finished: List installed programs — done". Checkpoints and receipts say what they cover; an
     * unknown type is its raw type and details. Alone, an entry names an action's target in words only
     * when it holds the parameters itself (the request); {@link #titles} does it for every entry.
     */
    public static String title(LogEntry entry) {
        return title(entry, Context.NONE, false);
    }

    /**
     * @param context what the rest of the log tells about this entry
     * @param whole   whether what people wrote is given whole, or cut when long
     */
    private static String title(LogEntry entry, Context context, boolean whole) {
        if (entry.type().equals(LogEventTypes.CHECKPOINT)) {
            return ("true".equals(entry.detail("final")) ? "Final checkpoint" : "Checkpoint")
                    + ": signed, covers events up to " + entry.detail("upTo");
        }
        if (entry.type().equals(LogEventTypes.RECEIPT)) {
            return "Receipt: the other side's final checkpoint, covering their events up to " + entry.detail("upTo");
        }
        Optional<JournalEvent> event = JournalEvents.read(entry);
        if (event.isEmpty()) {
            String details = details(entry);
            return details.isEmpty() ? entry.type() : entry.type() + " " + details;
        }
        UnaryOperator<String> written = whole ? LogEntryFormatter::oneLine : LogEntryFormatter::shorten;
        if (event.get() instanceof JournalEvent.PlanChanged changed) {
            List<JournalEvent.PlanStep> before = context.planBefore().get(entry);
            return oneLine(before == null ? PlanChangeWords.alone(changed.steps(), written)
                    : PlanChangeWords.between(before, changed.steps(), written));
        }
        return oneLine(title(entry, event.get(), context.requests(), written));
    }

    /** @param written how what people wrote is given: whole, or cut when long */
    private static String title(LogEntry entry, JournalEvent event, Map<String, JournalEvent.ActionRequested> requests,
            UnaryOperator<String> written) {
        if (event instanceof JournalEvent.SessionConnected e) {
            return "Session connected" + (e.customerReference().isEmpty() ? "" : ", customer: " + e.customerReference());
        } else if (event instanceof JournalEvent.PairingCompleted e) {
            return "Secure connection made" + (e.checkString().isEmpty() ? "" : ", check code " + e.checkString());
        } else if (event instanceof JournalEvent.IdentityVerified e) {
            return "Technician verified: " + named(e.technician(), e.organisation());
        } else if (event instanceof JournalEvent.IdentityUnverified e) {
            return "Technician not verified: " + named(e.technician(), "") + because(e.reason());
        } else if (event instanceof JournalEvent.IdentityPresented e) {
            return e.organisation().isEmpty() ? "No certificate presented for " + named(e.technician(), "")
                    : "Certificate presented: " + named(e.technician(), e.organisation());
        } else if (event instanceof JournalEvent.ComputerNamed e) {
            return "The customer's computer is called " + written.apply(e.name());
        } else if (event instanceof JournalEvent.CustomerNamed e) {
            return "Named the customer “" + written.apply(e.name()) + "”";
        } else if (event instanceof JournalEvent.ConsentAsked e) {
            return "Asked the customer to allow: " + purpose(words(e.purpose(), e.subject(), requests));
        } else if (event instanceof JournalEvent.ConsentDecided e) {
            return decided(entry, e, words(e.purpose(), e.subject(), requests));
        } else if (event instanceof JournalEvent.ShareStarted e) {
            return "Screen sharing started" + (e.width() > 0 ? " (" + e.width() + "×" + e.height() + ")" : "");
        } else if (event instanceof JournalEvent.ShareStopped e) {
            // A pause says so whatever words its log gave it (decision 0042); Tandem's stop says why.
            return e.paused() ? "Screen sharing paused by the customer" : "Screen sharing stopped" + because(e.reason());
        } else if (event instanceof JournalEvent.ShareSwitched e) {
            return "Shared screen switched to " + (e.monitor() == 0 ? "all " + e.of() + " monitors"
                    : "monitor " + e.monitor() + " of " + e.of()) + " (" + e.width() + "×" + e.height() + "), "
                    + ("technician".equals(e.by()) ? "asked by the technician" : "chosen by the " + e.by());
        } else if (event instanceof JournalEvent.ControlRequested) {
            return "Control asked for";
        } else if (event instanceof JournalEvent.ControlStarted) {
            return "Technician in control";
        } else if (event instanceof JournalEvent.ControlStopped e) {
            // Ended as sharing was paused: in today's words, whatever words its log gave it (decision 0042).
            boolean paused = SessionFacts.ControlEnd.pausedSharing(e.reason());
            return "Control ended" + because(paused ? JournalEvent.ControlStopped.SHARING_PAUSED : e.reason());
        } else if (event instanceof JournalEvent.ControlPaused e) {
            return "Control paused" + because(e.reason());
        } else if (event instanceof JournalEvent.ControlResumed) {
            return "Control resumed";
        } else if (event instanceof JournalEvent.ActionRequested e) {
            return "Action asked for: " + action(ActionWords.described(e.action(), e.parameters(), e.listedAs()));
        } else if (event instanceof JournalEvent.ActionStarted e) {
            return "Action started: " + action(words(e.action(), e.id(), requests));
        } else if (event instanceof JournalEvent.ActionStopRequested e) {
            return "Technician asked to stop: " + action(words(e.action(), e.id(), requests));
        } else if (event instanceof JournalEvent.ActionResult e) {
            String ending = ending(e.status(), e.outcome());
            // Why it failed, and who stopped it (the technician, the customer, the end of the session: decision 0043).
            boolean sayWhy = e.status().equals("FAILED") || e.status().equals("CANCELLED")
                    || (e.status().isEmpty() && e.outcome().equals("failure"));
            return "Action finished: " + action(words(e.action(), e.id(), requests)) + " — " + ending
                    + (sayWhy && !e.result().isEmpty() ? ": " + e.result() : "");
        } else if (event instanceof JournalEvent.Chat e) {
            return "Chat: " + written.apply(e.text());
        } else if (event instanceof JournalEvent.WorkingCheckAsked) {
            return "Asked: is everything working now?";
        } else if (event instanceof JournalEvent.WorkingCheckAnswered e) {
            return "Is everything working now? " + (e.answer().isEmpty() ? "no answer" : e.answer()) + because(e.reason());
        } else if (event instanceof JournalEvent.Rating e) {
            return "Rated the session " + e.stars() + " of 5" + (e.comment().isEmpty() ? "" : ": " + written.apply(e.comment()));
        } else if (event instanceof JournalEvent.FollowUp e) {
            return "Follow-up asked for: " + (e.when().isEmpty() ? "any time" : e.when())
                    + (e.note().isEmpty() ? "" : " (" + written.apply(e.note()) + ")");
        } else if (event instanceof JournalEvent.Note e) {
            return "Private note: " + written.apply(e.text());
        } else if (event instanceof JournalEvent.Problem e) {
            return "Problem: " + (e.message().isEmpty() ? "not described" : e.message());
        } else if (event instanceof JournalEvent.ConnectionLost e) {
            return "Connection lost" + org.tandem.shared.session.SessionEnding.fromCode(e.how())
                    .filter(how -> how != org.tandem.shared.session.SessionEnding.CONNECTION_LOST)
                    .map(how -> " (" + how.label() + ")").orElse("") + "; reconnecting";
        } else if (event instanceof JournalEvent.ConnectionResumed) {
            return "Connection back; control must be asked for again";
        } else if (event instanceof JournalEvent.SessionEnded e) {
            // How it ended in the same few words History gives, whichever side's log is read: the reason
            // recorded is that side's own sentence ("You ended the session.", "Your technician ended…").
            return "Session ended" + org.tandem.shared.session.SessionEnding.fromCode(e.how())
                    .map(how -> " (" + how.labelNaming(endedBy(entry, e)) + ")")
                    .orElse(because(e.reason()));
        }
        return entry.type();
    }

    /** The technician's name an end names, from whoever recorded it or the end's own {@code by}; "" for none. */
    private static String endedBy(LogEntry entry, JournalEvent.SessionEnded e) {
        if (entry.byTechnician()) {
            return entry.technicianName();
        }
        return e.by().startsWith(LogEntry.TECHNICIAN_PREFIX) ? e.by().substring(LogEntry.TECHNICIAN_PREFIX.length()) : "";
    }

    /** An action's name or a question's purpose, with the target in words when the request {@code id} is known. */
    private static String words(String named, String id, Map<String, JournalEvent.ActionRequested> requests) {
        JournalEvent.ActionRequested request = id.isEmpty() ? null : requests.get(id);
        return request == null ? named : ActionWords.described(named, request.parameters(), request.listedAs());
    }

    /** @param named what was allowed, in words */
    private static String decided(LogEntry entry, JournalEvent.ConsentDecided e, String named) {
        String purpose = purpose(named);
        return switch (e.answer()) {
            case GRANTED -> "Customer allowed: " + purpose;
            case DENIED -> "customer".equals(entry.actor()) ? "Customer said no: " + purpose
                    : "Not allowed: " + purpose + because(e.reason());
            case TIMED_OUT -> "No answer in time: " + purpose;
            case REVOKED -> "Customer withdrew: " + purpose;
            case WITHDRAWN -> "Request withdrawn before an answer: " + purpose;
        };
    }

    /**
     * How an action ended, in a word or two: done, failed, not allowed, timed out, cancelled, not
     * available; from the exact {@code status}, or for older lines from {@code outcome}.
     */
    public static String ending(String status, String outcome) {
        return switch (status) {
            case "SUCCEEDED" -> "done";
            case "FAILED" -> "failed";
            case "DENIED" -> "not allowed";
            case "TIMED_OUT" -> "timed out";
            case "CANCELLED" -> "cancelled";
            case "UNAVAILABLE" -> "not available";
            case "" -> switch (outcome) {
                case "success" -> "done";
                case "failure" -> "failed";
                case "" -> "finished";
                default -> outcome;
            };
            default -> status.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String named(String technician, String organisation) {
        String name = technician.isEmpty() ? "a technician" : technician;
        return organisation.isEmpty() ? name : name + " of " + organisation;
    }

    /** A question's purpose for the technicians and reviewers who read these lines: the customer's screen, not "your screen". */
    private static String purpose(String purpose) {
        return purpose.isEmpty() ? "something not described" : ConsentPurposes.forTechnician(purpose);
    }

    private static String action(String action) {
        return action.isEmpty() ? "an action not described" : action;
    }

    private static String because(String reason) {
        return reason.isEmpty() ? "" : " (" + reason.strip().replaceAll("\\.$", "") + ")";
    }

    /**
     * The details in short: {@code key=value, …} with long values cut; checkpoints and receipts,
     * whose keys and signatures say nothing to a reader, in words.
     */
    public static String details(LogEntry entry) {
        if (entry.type().equals(LogEventTypes.CHECKPOINT)) {
            return ("true".equals(entry.detail("final")) ? "final, " : "") + "signed, covers events up to " + entry.detail("upTo");
        }
        if (entry.type().equals(LogEventTypes.RECEIPT)) {
            return "the other side's final checkpoint, covering their events up to " + entry.detail("upTo");
        }
        return entry.details().keySet().stream()
                .map(key -> key + "=" + shorten(entry.detail(key)))
                .collect(Collectors.joining(", "));
    }

    /**
     * Who acted, for people: the technician by their name, as the recap names them ("Dana Scully"), or
     * "Technician" when the log gives none; "Customer"; "Tandem". A technician whose name is the word
     * another row says keeps their role beside it ("Customer (technician)"), so nobody is taken for
     * someone else (decision 0052).
     */
    public static String actor(LogEntry entry) {
        if (entry.byTechnician()) {
            String name = entry.technicianName().strip();
            if (name.isEmpty()) {
                return TECHNICIAN;
            }
            return name.equalsIgnoreCase(CUSTOMER) || name.equalsIgnoreCase(TANDEM) ? name + " (technician)" : name;
        }
        return switch (entry.actor()) {
            case "customer" -> CUSTOMER;
            case "system" -> TANDEM;
            default -> entry.actor();
        };
    }

    private static String oneLine(String value) {
        return value.replaceAll("\\s+", " ");
    }

    static String shorten(String value) {
        String oneLine = oneLine(value);
        return oneLine.length() <= LONGEST_VALUE ? oneLine : oneLine.substring(0, LONGEST_VALUE - 1) + "…";
    }
}
