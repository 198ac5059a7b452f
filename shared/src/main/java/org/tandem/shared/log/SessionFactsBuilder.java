package org.tandem.shared.log;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tandem.shared.log.JournalEvent.Answer;
import org.tandem.shared.log.SessionFacts.ActionRecord;
import org.tandem.shared.log.SessionFacts.ChatEntry;
import org.tandem.shared.log.SessionFacts.ConsentDecision;
import org.tandem.shared.log.SessionFacts.Decision;
import org.tandem.shared.log.SessionFacts.Ending;
import org.tandem.shared.log.SessionFacts.Identity;
import org.tandem.shared.log.SessionFacts.Interruption;
import org.tandem.shared.log.SessionFacts.PlanStep;

/** Collects the {@link SessionFacts} of a log, event by event. */
final class SessionFactsBuilder {
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
    private final ControlAndSharing screen = new ControlAndSharing();
    /**
     * The questions Tandem answered no for the customer since the last event of another kind: the end
     * of the session closes them when it comes next, as the customer's client answers its open
     * questions no before it records the end.
     */
    private final List<Integer> closing = new ArrayList<>();
    /** Questions still open when the connection dropped. */
    private final Set<Integer> openAtDrop = new HashSet<>();
    /** Whether nothing but the closing of questions and of control came since the connection dropped. */
    private boolean justDropped;
    /** Permissions that are part of a pause in sharing, told as the pause and not as permissions. */
    private final Set<Integer> partOfSharing = new HashSet<>();
    private int takenBackForSharing = -1;
    private int givenForSharing = -1;

    void actorOf(LogEntry entry) {
        if (actorTechnician.isEmpty() && entry.byTechnician()) {
            actorTechnician = entry.technicianName();
        }
    }

    void add(LogEntry entry, JournalEvent event) {
        List<Integer> closedJustBefore = List.copyOf(closing);
        if (!closesQuietly(entry, event)) {
            closing.clear();
            justDropped = event instanceof JournalEvent.ConnectionLost;
        }
        ControlAndSharing.Sharing sharing = screen.add(entry.time(), event);
        if (sharing == ControlAndSharing.Sharing.STOPPED && takenBackForSharing >= 0) {
            partOfSharing.add(takenBackForSharing);
        } else if (sharing == ControlAndSharing.Sharing.STARTED_AGAIN && givenForSharing >= 0) {
            partOfSharing.add(givenForSharing);
        }
        if (event instanceof JournalEvent.ShareStopped || event instanceof JournalEvent.ShareStarted) {
            takenBackForSharing = -1;
            givenForSharing = -1;
        }
        if (event instanceof JournalEvent.SessionConnected connected) {
            customer = firstNonEmpty(customer, connected.customerReference());
        } else if (event instanceof JournalEvent.ComputerNamed computer) {
            // Without a name or ticket typed, the customer is known by their computer's name, as their tab was.
            customer = firstNonEmpty(customer, computer.name());
        } else if (event instanceof JournalEvent.CustomerNamed named) {
            // The technician asked the customer's name and gave it: it stands over a name typed before or a computer's.
            customer = named.name().isEmpty() ? customer : named.name();
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
            decided(entry, decided);
        } else if (event instanceof JournalEvent.ActionRequested requested) {
            ActionRecord known = action(requested.id(), requested.action());
            actions.put(key(requested.id(), requested.action()), new ActionRecord(known.id(),
                    firstNonEmpty(requested.action(), known.action()), firstNonEmpty(requested.risk(), known.risk()),
                    known.parameters().isEmpty() ? requested.parameters() : known.parameters(),
                    known.listedAs().isEmpty() ? requested.listedAs() : known.listedAs(),
                    known.requested().or(() -> Optional.of(entry.time())), known.startedAt(), known.finished(),
                    known.result(), known.outcome(), known.status(), known.toCustomer()));
        } else if (event instanceof JournalEvent.ActionStarted started) {
            ActionRecord known = action(started.id(), started.action());
            actions.put(key(started.id(), started.action()), new ActionRecord(known.id(),
                    firstNonEmpty(known.action(), started.action()), known.risk(), known.parameters(), known.listedAs(),
                    known.requested(),
                    known.startedAt().or(() -> Optional.of(entry.time())), known.finished(), known.result(),
                    known.outcome(), known.status(), known.toCustomer()));
        } else if (event instanceof JournalEvent.ActionResult result) {
            ActionRecord known = action(result.id(), result.action());
            actions.put(key(result.id(), result.action()), new ActionRecord(known.id(),
                    firstNonEmpty(known.action(), result.action()), known.risk(), known.parameters(), known.listedAs(),
                    known.requested(),
                    known.startedAt(), true, result.result(), result.outcome(), result.status(), result.toCustomer()));
        } else if (event instanceof JournalEvent.Chat message) {
            chat++;
            chatLog.add(new ChatEntry(entry.time(), entry.actor(), message.text()));
        } else if (event instanceof JournalEvent.Note note) {
            notes.add(new ChatEntry(entry.time(), entry.actor(), note.text()));
        } else if (event instanceof JournalEvent.WorkingCheckAsked) {
            ending = new Ending(true, ending.workingAnswer(), ending.workingReason(), ending.stars(), ending.comment(),
                    ending.followUpWhen(), ending.followUpNote(), ending.how());
        } else if (event instanceof JournalEvent.WorkingCheckAnswered answered) {
            ending = new Ending(true, answered.answer(), answered.reason(), ending.stars(), ending.comment(),
                    ending.followUpWhen(), ending.followUpNote(), ending.how());
        } else if (event instanceof JournalEvent.Rating rating) {
            ending = new Ending(ending.checkAsked(), ending.workingAnswer(), ending.workingReason(), rating.stars(),
                    rating.comment(), ending.followUpWhen(), ending.followUpNote(), ending.how());
        } else if (event instanceof JournalEvent.FollowUp followUp) {
            ending = new Ending(ending.checkAsked(), ending.workingAnswer(), ending.workingReason(), ending.stars(),
                    ending.comment(), followUp.when(), followUp.note(), ending.how());
        } else if (event instanceof JournalEvent.Problem problem) {
            errors.add(problem.message());
        } else if (event instanceof JournalEvent.ConnectionLost lost) {
            interruptions.add(new Interruption(entry.time(), lost.how(), Optional.empty()));
            for (int i = 0; i < consents.size(); i++) {
                if (consents.get(i).decision() == Decision.UNANSWERED) {
                    openAtDrop.add(i);
                }
            }
        } else if (event instanceof JournalEvent.ConnectionResumed) {
            int last = interruptions.size() - 1;
            if (last >= 0 && interruptions.get(last).back().isEmpty()) {
                Interruption open = interruptions.get(last);
                interruptions.set(last, new Interruption(open.lost(), open.how(), Optional.of(entry.time())));
            }
        } else if (event instanceof JournalEvent.SessionEnded ended) {
            next = ended.next();
            ending = new Ending(ending.checkAsked(), ending.workingAnswer(), ending.workingReason(), ending.stars(),
                    ending.comment(), ending.followUpWhen(), ending.followUpNote(), ended.how());
            closedJustBefore.forEach(i -> close(i, Decision.SESSION_ENDED));
            closeOpenQuestions();
        }
    }

    /**
     * What the client records as a session ends or the connection drops, after the questions it
     * answers no for the customer: control stopped, an action's end; these keep the run of closings.
     */
    private static boolean closesQuietly(LogEntry entry, JournalEvent event) {
        if (event instanceof JournalEvent.ConsentDecided decided) {
            return decided.answer() == Answer.DENIED && !"customer".equals(entry.actor());
        }
        return event instanceof JournalEvent.ControlStopped || event instanceof JournalEvent.ControlPaused
                || event instanceof JournalEvent.ControlResumed || event instanceof JournalEvent.ActionResult;
    }

    /** Questions still open at the end: a drop closed those it met, the end of the session the others. */
    private void closeOpenQuestions() {
        for (int i = 0; i < consents.size(); i++) {
            if (consents.get(i).decision() == Decision.UNANSWERED) {
                close(i, openAtDrop.contains(i) ? Decision.CONNECTION_DROPPED : Decision.SESSION_ENDED);
            }
        }
    }

    /** A question the end of the session or a dropped connection closed before the customer answered. */
    private void close(int index, Decision how) {
        ConsentDecision open = consents.get(index);
        consents.set(index, new ConsentDecision(open.purpose(), open.subject(), open.asked(), how, open.decided(),
                open.decidedBy(), open.reason()));
    }

    /** Records an answer; notes a no Tandem gave as the session ends, and permissions that are part of sharing. */
    private void decided(LogEntry entry, JournalEvent.ConsentDecided decided) {
        int index = decide(entry, decided);
        boolean byCustomer = "customer".equals(entry.actor());
        boolean unasked = consents.get(index).asked().isEmpty();
        if (decided.answer() == Answer.DENIED && !byCustomer) {
            if (justDropped) {
                close(index, Decision.CONNECTION_DROPPED);
            } else {
                closing.add(index);
            }
        } else if (decided.answer() == Answer.REVOKED && byCustomer && decided.subject().isEmpty()) {
            // The screen's permission names no request; an action the customer stopped does (decision 0043).
            takenBackForSharing = index;
        } else if (decided.answer() == Answer.GRANTED && byCustomer && unasked && screen.sharingStopped()) {
            givenForSharing = index;
        }
    }

    /**
     * The answer goes to the oldest unanswered question it belongs to: the same request when it
     * names one, else the same purpose. A revocation, or an answer to no question on record, stands
     * as a decision of its own.
     *
     * @return where the answer went in {@link #consents}
     */
    private int decide(LogEntry entry, JournalEvent.ConsentDecided decided) {
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
                    return i;
                }
            }
        }
        consents.add(new ConsentDecision(decided.purpose(), decided.subject(), Optional.empty(), decision,
                Optional.of(entry.time()), entry.actor(), decided.reason()));
        return consents.size() - 1;
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
                : new ActionRecord(id, "", "", Map.of(), Map.of(), Optional.empty(), Optional.empty(), false, "", "", "", "");
    }

    /** Actions are known by their request id; a line without one (older logs) by what it names. */
    private static String key(String id, String name) {
        return id.isEmpty() ? "action: " + name : "id: " + id;
    }

    SessionFacts build(String session, Optional<Instant> start, Optional<Instant> end) {
        List<ConsentDecision> told = new ArrayList<>();
        for (int i = 0; i < consents.size(); i++) {
            ConsentDecision consent = consents.get(i);
            boolean closedByDrop = consent.decision() == Decision.UNANSWERED && openAtDrop.contains(i);
            if (!partOfSharing.contains(i)) {
                told.add(closedByDrop ? new ConsentDecision(consent.purpose(), consent.subject(), consent.asked(),
                        Decision.CONNECTION_DROPPED, consent.decided(), consent.decidedBy(), consent.reason()) : consent);
            }
        }
        return new SessionFacts(session, start, end, firstNonEmpty(technician, actorTechnician), organisation,
                identity, customer, plan, told, new ArrayList<>(actions.values()), chat, errors, next,
                List.copyOf(chatLog), ending, List.copyOf(notes), List.copyOf(interruptions), screen.periods(end),
                screen.stops());
    }

    private static String firstNonEmpty(String first, String second) {
        return first.isEmpty() ? second : first;
    }
}
