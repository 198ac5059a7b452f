package org.tandem.shared.log;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.shared.log.JournalEvent.Answer;

/**
 * What happened in a session, gathered from its log through {@link JournalEvents#read}: who helped,
 * when, the plan, the consent decisions and the actions. Both the recap and the console's history
 * are made from it, so they cannot tell different stories, and since it reads the same typed events
 * the apps write, it cannot disagree with them on a key.
 *
 * @param technician   the technician's name, "" when the log does not say
 * @param organisation the technician's organisation as {@code identity} establishes it; "" when none
 * @param identity     how the technician's identity was established in this copy of the log
 * @param customerName the customer's name or ticket reference the technician typed, "" when none
 * @param next         what the customer should do next, from {@code session.ended}; "" when not said
 */
public record SessionFacts(String session, Optional<Instant> start, Optional<Instant> end, String technician,
                           String organisation, Identity identity, String customerName, List<PlanStep> plan,
                           List<ConsentDecision> consents, List<ActionRecord> actions, int chatMessages,
                           List<String> errors, String next, List<ChatEntry> chat, Ending ending,
                           List<ChatEntry> notes, List<Interruption> interruptions) {

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
     * "no answer"; "" when not asked), the rating (0 when none), a follow-up request ("" when none), and
     * which way it ended: the {@code SessionEnding} code of {@code session.ended} ("" when the log
     * does not say: still open, cut short, or written before the code was recorded).
     */
    public record Ending(boolean checkAsked, String workingAnswer, int stars, String comment, String followUpWhen,
                         String followUpNote, String how) {
        static final Ending NONE = new Ending(false, "", 0, "", "", "", "");

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

    /** How a question ended; {@code WITHDRAWN}: whoever asked took the question back before it was answered. */
    public enum Decision { GRANTED, DENIED, TIMED_OUT, REVOKED, WITHDRAWN, UNANSWERED }

    /**
     * An action the technician asked for, and how it ended.
     *
     * @param requested when it was asked for; empty when the log holds news of it but not the request
     * @param risk      {@code read}, {@code scan} or {@code change}; "" when not said
     * @param finished  whether its result is in the log; {@code result}, {@code outcome} and {@code status} are "" until then
     * @param status    the exact end: SUCCEEDED, FAILED, DENIED, TIMED_OUT, CANCELLED or UNAVAILABLE
     */
    public record ActionRecord(String id, String action, String risk, Optional<Instant> requested, boolean started,
                               boolean finished, String result, String outcome, String status) {}

    public SessionFacts {
        plan = List.copyOf(plan);
        consents = List.copyOf(consents);
        actions = List.copyOf(actions);
        errors = List.copyOf(errors);
    }

    /** From the first event to the last; zero for an empty log. */
    public Duration duration() {
        return start.isPresent() && end.isPresent() ? Duration.between(start.get(), end.get()) : Duration.ZERO;
    }

    /** Consents that were answered one way or another (not those still waiting when the log ended). */
    public long consentDecisionCount() {
        return consents.stream().filter(c -> c.decision() != Decision.UNANSWERED).count();
    }

    /** How many different actions were asked for. */
    public int requestedActionCount() {
        return (int) actions.stream().filter(a -> a.requested().isPresent()).count();
    }

    /** The consent question that belongs to an action's request, if one was asked. */
    public Optional<ConsentDecision> consentFor(ActionRecord action) {
        return consents.stream().filter(c -> !c.subject().isEmpty() && c.subject().equals(action.id())).findFirst();
    }

    public static SessionFacts of(List<LogEntry> entries) {
        Builder facts = new Builder();
        for (LogEntry entry : entries) {
            facts.actorOf(entry);
            JournalEvents.read(entry).ifPresent(event -> facts.add(entry, event));
        }
        String session = entries.isEmpty() ? "" : entries.get(0).session();
        Optional<Instant> start = entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0).time());
        Optional<Instant> end = entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1).time());
        return facts.build(session, start, end);
    }

    /** Collects the facts event by event. */
    private static final class Builder {
        private String technician = "";
        private String actorTechnician = "";
        private String organisation = "";
        private Identity identity = Identity.NOT_RECORDED;
        private String customer = "";
        private String next = "";
        private int chat;
        private final List<ChatEntry> chatLog = new ArrayList<>();
        private final List<ChatEntry> notes = new ArrayList<>();
        private Ending ending = Ending.NONE;
        private final List<PlanStep> plan = new ArrayList<>();
        private final List<ConsentDecision> consents = new ArrayList<>();
        private final Map<String, ActionRecord> actions = new LinkedHashMap<>();
        private final List<String> errors = new ArrayList<>();
        private final List<Interruption> interruptions = new ArrayList<>();

        void actorOf(LogEntry entry) {
            if (actorTechnician.isEmpty() && entry.byTechnician()) {
                actorTechnician = entry.technicianName();
            }
        }

        void add(LogEntry entry, JournalEvent event) {
            if (event instanceof JournalEvent.SessionConnected connected) {
                customer = firstNonEmpty(customer, connected.customerReference());
            } else if (event instanceof JournalEvent.IdentityVerified verified) {
                technician = firstNonEmpty(verified.technician(), technician);
                organisation = verified.organisation();
                identity = Identity.VERIFIED;
            } else if (event instanceof JournalEvent.IdentityUnverified unverified) {
                technician = firstNonEmpty(unverified.technician(), technician);
                organisation = "";
                identity = Identity.NOT_VERIFIED;
            } else if (event instanceof JournalEvent.IdentityPresented presented) {
                technician = firstNonEmpty(presented.technician(), technician);
                if (identity != Identity.VERIFIED && identity != Identity.NOT_VERIFIED) {
                    // What the customer's client found outweighs what the console says it sent.
                    organisation = presented.organisation();
                    identity = organisation.isEmpty() ? Identity.NO_CERTIFICATE : Identity.CERTIFICATE_PRESENTED;
                }
            } else if (event instanceof JournalEvent.PlanChanged changed) {
                plan.clear();
                changed.steps().forEach(step -> plan.add(new PlanStep(step.title(), step.status())));
            } else if (event instanceof JournalEvent.ConsentAsked asked) {
                consents.add(new ConsentDecision(asked.purpose(), asked.subject(), Optional.of(entry.time()),
                        Decision.UNANSWERED, Optional.empty(), "", ""));
            } else if (event instanceof JournalEvent.ConsentDecided decided) {
                decide(entry, decided);
            } else if (event instanceof JournalEvent.ActionRequested requested) {
                ActionRecord known = action(requested.id(), requested.action());
                actions.put(key(requested.id(), requested.action()), new ActionRecord(known.id(),
                        firstNonEmpty(requested.action(), known.action()), firstNonEmpty(requested.risk(), known.risk()),
                        known.requested().or(() -> Optional.of(entry.time())), known.started(), known.finished(),
                        known.result(), known.outcome(), known.status()));
            } else if (event instanceof JournalEvent.ActionStarted started) {
                ActionRecord known = action(started.id(), started.action());
                actions.put(key(started.id(), started.action()), new ActionRecord(known.id(),
                        firstNonEmpty(known.action(), started.action()), known.risk(), known.requested(), true,
                        known.finished(), known.result(), known.outcome(), known.status()));
            } else if (event instanceof JournalEvent.ActionResult result) {
                ActionRecord known = action(result.id(), result.action());
                actions.put(key(result.id(), result.action()), new ActionRecord(known.id(),
                        firstNonEmpty(known.action(), result.action()), known.risk(), known.requested(), known.started(),
                        true, result.result(), result.outcome(), result.status()));
            } else if (event instanceof JournalEvent.Chat message) {
                chat++;
                chatLog.add(new ChatEntry(entry.time(), entry.actor(), message.text()));
            } else if (event instanceof JournalEvent.Note note) {
                notes.add(new ChatEntry(entry.time(), entry.actor(), note.text()));
            } else if (event instanceof JournalEvent.WorkingCheckAsked) {
                ending = new Ending(true, ending.workingAnswer(), ending.stars(), ending.comment(), ending.followUpWhen(),
                        ending.followUpNote(), ending.how());
            } else if (event instanceof JournalEvent.WorkingCheckAnswered answered) {
                ending = new Ending(true, answered.answer(), ending.stars(), ending.comment(), ending.followUpWhen(),
                        ending.followUpNote(), ending.how());
            } else if (event instanceof JournalEvent.Rating rating) {
                ending = new Ending(ending.checkAsked(), ending.workingAnswer(), rating.stars(), rating.comment(),
                        ending.followUpWhen(), ending.followUpNote(), ending.how());
            } else if (event instanceof JournalEvent.FollowUp followUp) {
                ending = new Ending(ending.checkAsked(), ending.workingAnswer(), ending.stars(), ending.comment(),
                        followUp.when(), followUp.note(), ending.how());
            } else if (event instanceof JournalEvent.Problem problem) {
                errors.add(problem.message());
            } else if (event instanceof JournalEvent.ConnectionLost lost) {
                interruptions.add(new Interruption(entry.time(), lost.how(), Optional.empty()));
            } else if (event instanceof JournalEvent.ConnectionResumed) {
                int last = interruptions.size() - 1;
                if (last >= 0 && interruptions.get(last).back().isEmpty()) {
                    Interruption open = interruptions.get(last);
                    interruptions.set(last, new Interruption(open.lost(), open.how(), Optional.of(entry.time())));
                }
            } else if (event instanceof JournalEvent.SessionEnded ended) {
                next = ended.next();
                ending = new Ending(ending.checkAsked(), ending.workingAnswer(), ending.stars(), ending.comment(),
                        ending.followUpWhen(), ending.followUpNote(), ended.how());
            }
        }

        /**
         * The answer goes to the oldest unanswered question it belongs to: the same request when it
         * names one, else the same purpose. A withdrawal is a decision of its own.
         */
        private void decide(LogEntry entry, JournalEvent.ConsentDecided decided) {
            Decision decision = switch (decided.answer()) {
                case GRANTED -> Decision.GRANTED;
                case DENIED -> Decision.DENIED;
                case TIMED_OUT -> Decision.TIMED_OUT;
                case REVOKED -> Decision.REVOKED;
                case WITHDRAWN -> Decision.WITHDRAWN;
            };
            if (decided.answer() != Answer.REVOKED) {
                for (int i = 0; i < consents.size(); i++) {
                    ConsentDecision asked = consents.get(i);
                    if (asked.decision() == Decision.UNANSWERED && belongs(decided, asked)) {
                        consents.set(i, new ConsentDecision(firstNonEmpty(asked.purpose(), decided.purpose()),
                                asked.subject(), asked.asked(), decision, Optional.of(entry.time()), entry.actor(),
                                decided.reason()));
                        return;
                    }
                }
            }
            consents.add(new ConsentDecision(decided.purpose(), decided.subject(), Optional.empty(), decision,
                    Optional.of(entry.time()), entry.actor(), decided.reason()));
        }

        private static boolean belongs(JournalEvent.ConsentDecided decided, ConsentDecision asked) {
            if (!decided.subject().isEmpty() || !asked.subject().isEmpty()) {
                return decided.subject().equals(asked.subject());
            }
            return decided.purpose().equals(asked.purpose());
        }

        /** The action known under this id so far, or a new one. */
        private ActionRecord action(String id, String name) {
            ActionRecord known = actions.get(key(id, name));
            return known != null ? known
                    : new ActionRecord(id, "", "", Optional.empty(), false, false, "", "", "");
        }

        /** Actions are known by their request id; a line without one (older logs) by what it names. */
        private static String key(String id, String name) {
            return id.isEmpty() ? "action: " + name : "id: " + id;
        }

        SessionFacts build(String session, Optional<Instant> start, Optional<Instant> end) {
            return new SessionFacts(session, start, end, firstNonEmpty(technician, actorTechnician), organisation,
                    identity, customer, plan, consents, new ArrayList<>(actions.values()), chat, errors, next,
                    List.copyOf(chatLog), ending, List.copyOf(notes), List.copyOf(interruptions));
        }
    }

    private static String firstNonEmpty(String first, String second) {
        return first.isEmpty() ? second : first;
    }
}
