package org.tandem.shared.log;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happened in a session, gathered from its log through {@link JournalEvents#read}: who helped,
 * when, the plan, the consent decisions and the actions. Both the recap and the console's history
 * are made from it, so they cannot tell different stories, and since it reads the same typed events
 * the apps write, it cannot disagree with them on a key.
 *
 * @param technician   the technician's name, "" when the log does not say
 * @param organisation the technician's organisation as {@code identity} establishes it; "" when none
 * @param identity     how the technician's identity was established in this copy of the log
 * @param customerName the customer's name or ticket reference the technician typed; without one, the name
 *                     the customer's computer gave (decision 0037); "" when neither is known
 * @param next         what the customer should do next, from {@code session.ended}; "" when not said
 * @param control      each time the technician had control of the customer's mouse and keyboard, in order
 * @param sharingStops each time the customer paused sharing their screen, in order
 */
public record SessionFacts(String session, Optional<Instant> start, Optional<Instant> end, String technician,
                           String organisation, Identity identity, String customerName, List<PlanStep> plan,
                           List<ConsentDecision> consents, List<ActionRecord> actions, int chatMessages,
                           List<String> errors, String next, List<ChatEntry> chat, Ending ending,
                           List<ChatEntry> notes, List<Interruption> interruptions, List<ControlPeriod> control,
                           List<SharingStop> sharingStops) {

    /**
     * A time the technician controlled the customer's mouse and keyboard: from when remote input began
     * to reach the customer's computer to when it stopped, and why it stopped. Control that the log
     * never records as stopped ends with the connection that dropped or with the session (decision 0030).
     */
    public record ControlPeriod(Instant from, Instant to, ControlEnd end) {
        /** How long the technician had control. */
        public Duration length() {
            return Duration.between(from, to);
        }
    }

    /** Why control ended. */
    public enum ControlEnd {
        /** The customer took it back (Stop, or the hotkey). */
        CUSTOMER_TOOK_IT_BACK,
        /** The technician gave it back. */
        TECHNICIAN_GAVE_IT_BACK,
        /** The customer paused sharing their screen, which ends control too. */
        SHARING_STOPPED,
        /** The connection dropped; control needs a new yes after it comes back. */
        CONNECTION_DROPPED,
        /** The session ended while the technician still had control. */
        SESSION_ENDED,
        /** Tandem ended control for a reason the recap has no words of its own for (decision 0031). */
        TANDEM_ENDED_IT;

        /**
         * Who ended control, read from the end's {@code by}: the customer, the technician, or Tandem
         * ({@code system}, the reason saying whether sharing stopped or the session ended) (decision
         * 0031). Logs written before that record every end on the customer's side as the customer's, so
         * there the reason tells that the technician gave control back, or that the session or the
         * connection ended. The recap and the customer's list of what the technician did read it alike.
         */
        public static ControlEnd of(JournalEvent.ControlStopped stopped) {
            String by = stopped.by();
            String reason = stopped.reason();
            if (by.startsWith(LogEntry.TECHNICIAN_PREFIX) || by.equals(JournalEvent.ControlStopped.BY_TECHNICIAN)
                    || reason.equals(JournalEvent.ControlStopped.TECHNICIAN_GAVE_BACK)) {
                return TECHNICIAN_GAVE_IT_BACK;
            }
            if (by.equals("session") || reason.equals(JournalEvent.ControlStopped.SESSION_ENDED)) {
                return SESSION_ENDED;
            }
            if (by.equals("connection") || reason.equals(JournalEvent.ControlStopped.CONNECTION_LOST)) {
                return CONNECTION_DROPPED;
            }
            if (by.equals(JournalEvent.ControlStopped.BY_SYSTEM)) {
                return pausedSharing(reason) ? SHARING_STOPPED : TANDEM_ENDED_IT;
            }
            return CUSTOMER_TOOK_IT_BACK;
        }

        /** Whether {@code reason} is that the customer paused sharing, in today's words or those before decision 0042. */
        static boolean pausedSharing(String reason) {
            return reason.equals(JournalEvent.ControlStopped.SHARING_PAUSED)
                    || reason.equals(JournalEvent.ControlStopped.SHARING_STOPPED_BEFORE_0042);
        }
    }

    /**
     * A time the customer paused sharing their screen (Pause sharing), and when they shared it again
     * (Share screen); empty when they did not before the session ended. The permission the customer's
     * client records as taken back and given again with these is part of the pause, not one of the
     * {@link #consents()}.
     */
    public record SharingStop(Instant stopped, Optional<Instant> again) {}

    /**
     * A time the connection dropped (decision 0013): when, how (a {@code SessionEnding} code), and
     * when the session went on over a new connection, if it did.
     */
    public record Interruption(Instant lost, String how, Optional<Instant> back) {}

    /** One chat message, or one private note: when, who wrote it (the log's actor), what. */
    public record ChatEntry(Instant at, String actor, String text) {
        /** Whether the technician wrote it. */
        public boolean byTechnician() {
            return actor.startsWith(LogEntry.TECHNICIAN_PREFIX);
        }
    }

    /**
     * How the session ended well, or did not: the answer to "Is everything working now?" ("yes", "no",
     * "no answer", "not answered"; "" when not asked) and why it was not answered ("" otherwise), the
     * rating (0 when none), a follow-up request ("" when none), and which way it ended: the
     * {@code SessionEnding} code of {@code session.ended} ("" when the log does not say: still open, cut
     * short, or written before the code was recorded).
     */
    public record Ending(boolean checkAsked, String workingAnswer, String workingReason, int stars, String comment,
                         String followUpWhen, String followUpNote, String how) {
        static final Ending NONE = new Ending(false, "", "", 0, "", "", "", "");

        public boolean followUpRequested() {
            return !followUpWhen.isEmpty() || !followUpNote.isEmpty();
        }
    }

    /** How the technician's identity was established, as far as this copy of the log tells. */
    public enum Identity {
        /** The customer's client checked the technician's certificate against an organisation it trusts. */
        VERIFIED,
        /** The customer's client could not verify the technician. */
        NOT_VERIFIED,
        /** The console sent the technician's certificate of {@link #organisation()}. */
        CERTIFICATE_PRESENTED,
        /** The console had no certificate to send. */
        NO_CERTIFICATE,
        /** The log says nothing about it. */
        NOT_RECORDED
    }

    /** One step of the plan and what became of it, e.g. {@code done}, {@code skipped}. */
    public record PlanStep(String title, String status) {}

    /**
     * What the customer was asked, and what came of it.
     *
     * @param subject   the request the question belongs to (an action's id), "" for none
     * @param decidedBy the actor who recorded the answer: {@code customer} when the customer answered,
     *                  {@code system} when Tandem answered for them (the session ended, …); "" while unanswered
     * @param reason    why, for an answer not given by the customer; "" otherwise
     */
    public record ConsentDecision(String purpose, String subject, Optional<Instant> asked, Decision decision,
                                  Optional<Instant> decided, String decidedBy, String reason) {
        /** Whether the customer gave this answer themselves. */
        public boolean byCustomer() {
            return "customer".equals(decidedBy);
        }
    }

    /**
     * How a question ended. {@code WITHDRAWN}: whoever asked took the question back before it was
     * answered. {@code SESSION_ENDED}, {@code CONNECTION_DROPPED}: the end of the session, or a dropped
     * connection, closed it before the customer answered, so nothing was allowed; one side's log says
     * so by a no that Tandem gave for the customer, the other's by no answer at all. {@code UNANSWERED}:
     * still open where the log stops.
     */
    public enum Decision { GRANTED, DENIED, TIMED_OUT, REVOKED, WITHDRAWN, SESSION_ENDED, CONNECTION_DROPPED, UNANSWERED }

    /**
     * An action the technician asked for, and how it ended.
     *
     * @param requested when it was asked for; empty when the log holds news of it but not the request
     * @param risk       {@code read}, {@code scan} or {@code change}; "" when not said
     * @param parameters as the technician sent them ({@code folder}, {@code program}, …); empty when not recorded
     * @param listedAs   in the console's log, what a list of the customer's computer called a value the technician
     *                   picked from it ({@code pid} → "firefox", decision 0049); empty otherwise
     * @param finished   whether its result is in the log; {@code result}, {@code outcome} and {@code status} are "" until then
     * @param status     the exact end: SUCCEEDED, FAILED, DENIED, TIMED_OUT, CANCELLED or UNAVAILABLE
     * @param toCustomer the result as the customer was told it, where the words differ from {@code result}; "" otherwise
     */
    public record ActionRecord(String id, String action, String risk, Map<String, String> parameters,
                               Map<String, String> listedAs, Optional<Instant> requested, Optional<Instant> startedAt,
                               boolean finished, String result, String outcome, String status, String toCustomer) {
        public ActionRecord {
            parameters = Map.copyOf(parameters);
            listedAs = Map.copyOf(listedAs);
        }

        /**
         * The action with its target in words, as the console's views name it ({@link ActionWords#described}):
         * "End a running program called “firefox” (process 9587)"; "An action" when the log does not name it.
         */
        public String described() {
            return action.isEmpty() ? "An action" : ActionWords.described(action, parameters, listedAs);
        }

        /** Whether it started on the customer's computer (after the customer's yes, for a scan or a change). */
        public boolean started() {
            return startedAt.isPresent();
        }

        /** When it happened, as far as the log tells: when it started, else when it was asked for. */
        public Optional<Instant> when() {
            return startedAt.or(() -> requested);
        }

        /**
         * Whether it ran on the customer's computer: it started, or it is known to have worked (logs
         * written before starts were recorded). A request refused, withdrawn, not answered or not
         * available did not run.
         */
        public boolean ran() {
            return started() || "SUCCEEDED".equals(status)
                    || status.isEmpty() && ("success".equals(outcome) || "failure".equals(outcome));
        }
    }

    public SessionFacts {
        plan = List.copyOf(plan);
        consents = List.copyOf(consents);
        actions = List.copyOf(actions);
        errors = List.copyOf(errors);
        control = List.copyOf(control);
        sharingStops = List.copyOf(sharingStops);
    }

    /** From the first event to the last; zero for an empty log. */
    public Duration duration() {
        return start.isPresent() && end.isPresent() ? Duration.between(start.get(), end.get()) : Duration.ZERO;
    }

    /**
     * Consents that were answered one way or another: not those still waiting when the log ended, nor
     * those the end of the session or a dropped connection closed unanswered.
     */
    public long consentDecisionCount() {
        return consents.stream().filter(c -> c.decision() != Decision.UNANSWERED && c.decision() != Decision.SESSION_ENDED
                && c.decision() != Decision.CONNECTION_DROPPED).count();
    }

    /** How many different actions were asked for. */
    public int requestedActionCount() {
        return (int) actions.stream().filter(a -> a.requested().isPresent()).count();
    }

    /**
     * The requests that did not run and whose question, if one was put to the customer, does not tell
     * why already: those that ended before any question (a check failed, not available, refused before
     * the session started), and those the customer allowed that did not start after all. A request the
     * customer refused, did not answer, or that was withdrawn or cut off is told with its question.
     */
    public List<ActionRecord> notDone() {
        return actions.stream().filter(action -> !action.ran())
                .filter(action -> consentFor(action).map(c -> c.decision() == Decision.GRANTED).orElse(true))
                .toList();
    }

    /** The consent question that belongs to an action's request, if one was asked. */
    public Optional<ConsentDecision> consentFor(ActionRecord action) {
        return consents.stream().filter(c -> !c.subject().isEmpty() && c.subject().equals(action.id())).findFirst();
    }

    /** The action a consent question was asked for, if it was asked for one. */
    public Optional<ActionRecord> actionFor(ConsentDecision consent) {
        return consent.subject().isEmpty() ? Optional.empty()
                : actions.stream().filter(a -> a.id().equals(consent.subject())).findFirst();
    }

    public static SessionFacts of(List<LogEntry> entries) {
        SessionFactsBuilder facts = new SessionFactsBuilder();
        for (LogEntry entry : entries) {
            facts.actorOf(entry);
            JournalEvents.read(entry).ifPresent(event -> facts.add(entry, event));
        }
        String session = entries.isEmpty() ? "" : entries.get(0).session();
        Optional<Instant> start = entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0).time());
        Optional<Instant> end = entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1).time());
        return facts.build(session, start, end);
    }
}
