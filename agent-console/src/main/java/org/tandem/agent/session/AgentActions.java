package org.tandem.agent.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.SystemInfoRows;
import org.tandem.shared.log.ActionWords;
import org.tandem.shared.log.JournalClosedException;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.JournalException;
import org.tandem.shared.log.SessionJournal;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ProtocolException;

/**
 * The technician's side of actions: the customer's catalog, the requests sent, and what became of
 * each, recorded in the console's log. The customer's side asks, decides and runs; this side asks
 * and follows.
 */
final class AgentActions {
    private static final Logger LOG = LoggerFactory.getLogger(AgentActions.class);
    private static final String CUSTOMER = "customer";
    /** The actor of what the console records for nobody: an end no person gave. */
    private static final String SYSTEM = "system";
    /** Why a question about an action closed when the technician cancelled the request while the customer was asked. */
    static final String WITHDRAWN_BEFORE_AN_ANSWER = "The technician withdrew the request before the customer answered.";
    /** Why the technician's stop of a running action was asked for, as the customer's side words it. */
    static final String STOPPED_WHILE_IT_RAN = "The technician stopped it while it ran.";
    /** Why, when it came once the request was allowed and before it started, as the customer's side words it (0049). */
    static final String STOPPED_BEFORE_START = "The technician stopped it before it started.";
    /** The customer's side's ending, word for word, of a request the technician stopped before it started (0051). */
    private static final String STOPPED_BEFORE_START_ENDING = "Cancelled by the technician before it started, so nothing was done.";
    /**
     * The customer's side's endings, word for word, of a request stopped before anyone was asked or it started,
     * and why the stop was asked for, as that side records it (decision 0051).
     */
    private static final Map<String, String> STOPPED_UNASKED = Map.of(
            "The technician withdrew the request before the customer was asked, so nothing was done.",
            "The technician withdrew the request before the customer was asked.",
            STOPPED_BEFORE_START_ENDING, STOPPED_BEFORE_START);
    /**
     * The customer's side's endings, word for word, of a request the customer allowed and the technician
     * stopped before it started: the customer's yes, which no start tells here, and then the stop (decision 0051).
     */
    private static final Set<String> ALLOWED_THEN_STOPPED = Set.of(STOPPED_BEFORE_START_ENDING,
            "The customer allowed it just as the technician withdrew the request, so nothing was done.");
    private final Map<String, ActionStatus> requests = new ConcurrentHashMap<>();
    /** Each request as the console's log names it, with the parameters sent: "Uninstall a program (program=foo)". */
    private final Map<String, String> recorded = new ConcurrentHashMap<>();
    /** Requests the technician cancelled: a question about one that closes unanswered was withdrawn. */
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    /** Requests for the customer's system information, whose result names their computer. */
    private final Set<String> systemInfo = ConcurrentHashMap.newKeySet();
    /** The name the customer's computer gave last, as recorded; "" before it gave one. */
    private volatile String computerName = "";
    private final AgentSessionListener listener;
    private volatile List<ActionDescriptor> catalog = List.of();

    AgentActions(AgentSessionListener listener) {
        this.listener = listener;
    }

    /** Sends a request with no value picked from a list; the returned id names it in every update. */
    String request(ActionDescriptor action, Map<String, String> parameters, SessionJournal journal, String actor,
            Consumer<ControlMessage> send) throws JournalException {
        return request(action, parameters, Map.of(), journal, actor, send);
    }

    /**
     * Sends a request; the returned id names it in every update. {@code listedAs}: the names a list of the
     * customer's computer gave values the technician picked from it, recorded beside the parameters and used
     * in the words the technician reads; never sent (decision 0049).
     */
    String request(ActionDescriptor action, Map<String, String> parameters, Map<String, String> listedAs,
            SessionJournal journal, String actor, Consumer<ControlMessage> send) throws JournalException {
        if (!action.available()) {
            throw new IllegalArgumentException(action.title() + " is not available: " + action.unavailableReason());
        }
        String id = UUID.randomUUID().toString();
        // The log keeps the parameters exactly as sent; the recap and the timelines say them in words.
        String named = ActionWords.recorded(action.title(), parameters);
        journal.record(actor, new JournalEvent.ActionRequested(id, named, action.id(),
                action.risk().name().toLowerCase(java.util.Locale.ROOT), parameters, listedAs));
        recorded.put(id, named);
        if (action.id().equals(SystemInfoRows.ACTION_ID)) {
            systemInfo.add(id);
        }
        ActionStatus status = new ActionStatus(id, action.title(), ActionStatus.targetWords(parameters, listedAs),
                ActionStatus.Stage.REQUESTED, -1, "", Optional.empty());
        update(status);
        send.accept(new ControlMessage.ActionRequested(new ActionRequest(id, action.id(), parameters)));
        return id;
    }

    /**
     * Asks the customer's computer to stop a request: a running action stops if it can, and a question
     * the customer is still asked about it closes, withdrawn. What became of it comes back as its result.
     */
    void cancel(String requestId, SessionJournal journal, String actor, Consumer<ControlMessage> send) {
        Optional<ActionStatus> open = known(requestId).filter(status -> !status.stage().isFinished());
        if (open.isPresent()) {
            cancelled.add(requestId);
        }
        // A stop of what runs is the technician's, in the log before it is sent (decision 0045), as on the
        // customer's side; a stop is sent even if it could not be recorded. A question withdrawn before
        // its answer is recorded when its end comes back, and so is a stop before the customer was asked or
        // before it started, when the end says which it was (decision 0051).
        if (journal != null && open.filter(status -> status.stage() == ActionStatus.Stage.RUNNING).isPresent()) {
            record(journal, actor,
                    new JournalEvent.ActionStopRequested(requestId, what(open.get()), STOPPED_WHILE_IT_RAN));
        }
        send.accept(new ControlMessage.ActionCancel(requestId));
    }

    /** Handles an action message from the customer; false for any other message. */
    boolean handle(ControlMessage message, SessionJournal journal, String actor) throws ProtocolException {
        if (message instanceof ControlMessage.ActionCatalog offered) {
            catalog = List.copyOf(offered.actions());
            listener.actionCatalog(offered.os(), catalog);
        } else if (message instanceof ControlMessage.ActionConsentAsked asked) {
            Optional<ActionStatus> status = known(asked.requestId());
            if (status.isPresent()) {
                // What the customer is asked, as they see it, by Tandem (decision 0033); the customer's side
                // records the answer first.
                record(journal, SYSTEM, new JournalEvent.ConsentAsked(what(status.get()), asked.requestId(),
                        asked.promptText()));
                update(status.get().with(ActionStatus.Stage.WAITING_FOR_CONSENT, -1, asked.promptText()));
            }
        } else if (message instanceof ControlMessage.ActionStarted started) {
            Optional<ActionStatus> status = known(started.requestId());
            if (status.isPresent()) {
                if (status.get().stage() == ActionStatus.Stage.WAITING_FOR_CONSENT) {
                    record(journal, CUSTOMER, new JournalEvent.ConsentDecided(JournalEvent.Answer.GRANTED,
                            what(status.get()), started.requestId(), ""));
                }
                // Tandem runs it on the customer's computer and tells how it ended; the technician asked (0033).
                record(journal, SYSTEM, new JournalEvent.ActionStarted(started.requestId(), what(status.get())));
                update(status.get().with(ActionStatus.Stage.RUNNING, 0, ""));
            }
        } else if (message instanceof ControlMessage.ActionProgressed progressed) {
            known(progressed.progress().requestId()).ifPresent(s -> update(s.with(ActionStatus.Stage.RUNNING,
                    progressed.progress().percent(), progressed.progress().line())));
        } else if (message instanceof ControlMessage.ActionFinished finished) {
            ActionStatus status = known(finished.result().requestId())
                    .orElseThrow(() -> new ProtocolException("A result for an action nobody asked for"));
            ActionResult result = finished.result();
            if (status.stage() == ActionStatus.Stage.WAITING_FOR_CONSENT) {
                recordAnswer(journal, actor, status, result);
            } else if (status.stage() == ActionStatus.Stage.REQUESTED && cancelled.contains(status.requestId())
                    && STOPPED_UNASKED.containsKey(result.summary())) {
                // Neither asked about nor started: the customer's side took the stop before either (decision 0051).
                record(journal, actor, new JournalEvent.ActionStopRequested(status.requestId(), what(status),
                        STOPPED_UNASKED.get(result.summary())));
            }
            record(journal, SYSTEM, new JournalEvent.ActionResult(status.requestId(), what(status), result.summary(),
                    result.outcome().word(), result.outcome().name(), result.exitStatus()));
            recordComputerName(journal, status, result);
            update(status.finished(result));
        } else {
            return false;
        }
        return true;
    }

    /**
     * Records how the customer's question ended, as far as the result the customer's side sent tells
     * it, and no further. A no ({@code DENIED}) is the customer's; nobody answering ({@code TIMED_OUT})
     * is no answer, which Tandem records; a request the technician cancelled that ends cancelled was
     * withdrawn before an answer, by the technician, unless the customer's side says the customer allowed it
     * first: then their yes, and the technician's stop before the start (decision 0051). Any other end of a request that did not run (the
     * question could not be shown, the session ended) closed the question without the customer's
     * answer: a no that Tandem gave, with the customer's side's summary as the reason. A result that
     * says the action ran, though it never started, tells nothing of the question: none is recorded.
     */
    private void recordAnswer(SessionJournal journal, String actor, ActionStatus status, ActionResult result) {
        String id = status.requestId();
        switch (result.outcome()) {
            case DENIED -> record(journal, CUSTOMER,
                    new JournalEvent.ConsentDecided(JournalEvent.Answer.DENIED, what(status), id, ""));
            case TIMED_OUT -> record(journal, SYSTEM,
                    new JournalEvent.ConsentDecided(JournalEvent.Answer.TIMED_OUT, what(status), id, ""));
            case CANCELLED -> {
                if (cancelled.contains(id) && ALLOWED_THEN_STOPPED.contains(result.summary())) {
                    record(journal, CUSTOMER, new JournalEvent.ConsentDecided(JournalEvent.Answer.GRANTED, what(status),
                            id, ""));
                    record(journal, actor, new JournalEvent.ActionStopRequested(id, what(status), STOPPED_BEFORE_START));
                } else if (cancelled.contains(id)) {
                    record(journal, actor, new JournalEvent.ConsentDecided(JournalEvent.Answer.WITHDRAWN, what(status),
                            id, WITHDRAWN_BEFORE_AN_ANSWER));
                } else {
                    record(journal, SYSTEM, closedWithoutAnAnswer(status, result));
                }
            }
            case FAILED, UNAVAILABLE -> record(journal, SYSTEM, closedWithoutAnAnswer(status, result));
            case SUCCEEDED -> LOG.warn("A result for {} says it ran, but it never started; no answer is recorded", id);
        }
    }

    /**
     * The console names a customer for whom no name was typed by their computer's name, from their
     * system information: recorded before the tab takes it, so that History and the recap name them
     * as the tab did (decision 0037). Tandem records it, for nobody; a name read again is not.
     */
    private void recordComputerName(SessionJournal journal, ActionStatus status, ActionResult result) {
        if (!systemInfo.contains(status.requestId()) || result.outcome() != ActionResult.Outcome.SUCCEEDED) {
            return;
        }
        Optional<String> name = SystemInfoRows.computerName(result.table());
        if (name.isPresent() && !name.get().equals(computerName)) {
            computerName = name.get();
            record(journal, SYSTEM, new JournalEvent.ComputerNamed(name.get()));
        }
    }

    /** A no that Tandem gave for the customer, with the customer's side's words for why. */
    private JournalEvent closedWithoutAnAnswer(ActionStatus status, ActionResult result) {
        return new JournalEvent.ConsentDecided(JournalEvent.Answer.DENIED, what(status), status.requestId(),
                result.summary());
    }

    /**
     * Records news of an action. A result that arrives after the session's log closed (the session
     * ended while the action ran) is shown but not recorded: the log is complete as it is.
     */
    private static void record(SessionJournal journal, String actor, JournalEvent event) {
        try {
            journal.record(actor, event);
        } catch (JournalClosedException e) {
            LOG.info("Not recorded after the end of the session: {}", event.type());
        } catch (JournalException e) {
            LOG.warn("Could not record {}: {}", event.type(), e.getMessage());
        }
    }

    /** The action and its target, as the console's log names it. */
    private String what(ActionStatus status) {
        return recorded.getOrDefault(status.requestId(), status.title());
    }

    List<ActionDescriptor> catalog() {
        return catalog;
    }

    Optional<ActionStatus> status(String requestId) {
        return Optional.ofNullable(requests.get(requestId));
    }

    private Optional<ActionStatus> known(String requestId) {
        return Optional.ofNullable(requests.get(requestId));
    }

    private void update(ActionStatus status) {
        requests.put(status.requestId(), status);
        listener.actionChanged(status);
    }
}
