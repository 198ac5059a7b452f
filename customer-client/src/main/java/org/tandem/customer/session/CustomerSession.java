package org.tandem.customer.session;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.conversation.CustomerConversation;
import org.tandem.customer.consent.ConsentPrompt;
import org.tandem.customer.consent.ConsentRequest;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.JournalEvent.Answer;
import org.tandem.shared.log.JournalException;
import org.tandem.customer.action.ActionEngine;
import org.tandem.customer.action.CancellationToken;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ControlMessage.Hello;
import org.tandem.shared.message.ControlMessage.Role;
import org.tandem.shared.message.ControlMessage.SessionEnd;
import org.tandem.shared.message.FrameCredit;
import org.tandem.shared.message.InputBatch;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.Protocol;
import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.session.SessionEndReason;
import org.tandem.shared.session.SessionEnding;
import org.tandem.shared.session.SessionListener;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.session.resume.SessionResumer;
import org.tandem.shared.session.SessionPairing;

/**
 * The customer's side of one session: join by code, wait for the technician, ask the customer to
 * start the session, then serve frames and looks while it runs. Nothing runs before the customer
 * says yes: no capture, no look. Every question goes through the session's {@link ConsentBroker};
 * every event through its journal ({@link SessionLogbook}). Plain Java; the view listens through
 * {@link CustomerSessionListener}.
 */
public final class CustomerSession implements SessionListener {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerSession.class);
    private static final String CUSTOMER = "customer";
    private static final String TECHNICIAN = TechnicianIntroduction.TECHNICIAN;

    /** What a customer session works with. */
    public record Parts(RelayJoiner joiner, TechnicianVerifier verifier, ScreenSharer sharer, CustomerControl control,
            CustomerLogs logs, ActionEngines actions, ConsentPrompt prompt) {
        public Parts {
            Objects.requireNonNull(prompt, "prompt");
            Objects.requireNonNull(actions, "actions");
            Objects.requireNonNull(joiner, "joiner");
            Objects.requireNonNull(verifier, "verifier");
            Objects.requireNonNull(sharer, "sharer");
            Objects.requireNonNull(control, "control");
            Objects.requireNonNull(logs, "logs");
        }
    }

    private final TechnicianVerifier verifier;
    private final ScreenSharer sharer;
    private final CustomerControl control;
    private final ActionEngines actions;
    private final ConsentPrompt prompt;
    private volatile ConsentBroker broker;
    private volatile CustomerConversation conversation;
    private volatile IdentityVerdict verdict = new IdentityVerdict.Unverified("", "", "not yet known");
    private volatile ActionEngine actionEngine;
    private final CustomerSessionListener listener;
    private final Executor worker;
    private final Duration consentTimeout;

    private volatile SessionChannel channel;
    private volatile SessionLogbook logbook;
    private volatile String technicianActor = TECHNICIAN;
    private volatile byte[] transcriptHash;
    private volatile CustomerState state = CustomerState.IDLE;
    private volatile String technicianName = TechnicianIntroduction.UNNAMED;
    private final ReconnectPlan reconnect = new ReconnectPlan();
    private final SessionOpening opening;
    private final ScreenSharing sharing;
    private final SessionShutdown shutdown;

    public CustomerSession(Parts parts, CustomerSessionListener listener, Executor worker, Duration consentTimeout) {
        this.verifier = parts.verifier();
        this.sharer = parts.sharer();
        this.control = parts.control();
        this.actions = parts.actions();
        this.prompt = parts.prompt();
        this.listener = Objects.requireNonNull(listener, "listener");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.consentTimeout = Objects.requireNonNull(consentTimeout, "consentTimeout");
        this.opening = new SessionOpening(parts.joiner(), parts.logs(), reconnect, listener, this::moveTo);
        this.sharing = new ScreenSharing(sharer, control, listener, worker, new ScreenSharing.Session(() -> state,
                this::moveTo, this::record, this::sendQuietly, () -> channel, () -> broker, () -> technicianName));
        this.shutdown = new SessionShutdown(sharer, sharing, control, () -> broker, () -> actionEngine);
    }

    /**
     * From the next {@link #connect} on, a lost connection is resumed within {@code window}
     * (decision 0013): {@code reconnector} reaches the relay again as the guest and asks to resume.
     * Without this, a lost connection ends the session.
     */
    public void resumeWithin(Duration window, SessionResumer.Reconnector reconnector) {
        resumeWithin(window, reconnector, listener::reconnecting);
    }

    /** As {@link #resumeWithin(Duration, SessionResumer.Reconnector)}, reporting to {@code progress} (the banner). */
    public void resumeWithin(Duration window, SessionResumer.Reconnector reconnector, SessionResumer.Progress progress) {
        reconnect.set(window, reconnector, progress);
    }

    /** Stops reconnecting a lost connection and ends the session as the customer ending it (Cancel). */
    public void cancelReconnecting() {
        reconnect.cancel();
        end();
    }

    public CustomerState state() {
        return state;
    }

    /** Joins the technician waiting under this code; progress and failure arrive at the listener. */
    public void connect(SessionCode code) {
        if (state != CustomerState.IDLE && state != CustomerState.ENDED) {
            throw new IllegalStateException("Already in a session");
        }
        actionEngine = null;
        conversation = null;
        Runnable opens = opening.begin(code, this::opened, this);
        listener.sessionStarting();
        moveTo(CustomerState.CONNECTING, SessionOpening.REACHING);
        worker.execute(opens);
    }

    /** Cancel while connecting (decision 0028): the try stops at once, back to the code. Any thread. */
    public boolean cancelConnecting() {
        if (state != CustomerState.CONNECTING || !opening.cancel()) {
            return false;
        }
        moveTo(CustomerState.IDLE, "Connection cancelled.");
        return true;
    }

    /** Paired, the journal open: the session takes both, with its consent broker, before the reader starts. */
    private void opened(SessionPairing.Paired paired, SessionLogbook book) {
        SessionChannel opened = paired.channel();
        transcriptHash = paired.pairing().transcriptHash();
        logbook = book;
        book.onFailure(how -> {
            // Off the recording thread: stopping records too, and the log is failing.
            worker.execute(() -> shutdown.sessionEnding(
                    "The session record could not be saved, so the session ended."));
            book.endByUs(opened, how);
        });
        book.closed().thenRun(() -> listener.sessionRecorded(book.writer().file()));
        channel = opened;
        verdict = new IdentityVerdict.Unverified("", "", "not yet known");
        ConsentBroker questions = new ConsentBroker(book, prompt, () -> control.gate().promptOpened(), worker,
                listener::questionsWaiting);
        broker = questions;
        control.attach(book, this::sendQuietly, verdict, questions, consentTimeout);
    }

    /** The customer starts sharing again from the session bar; the click is the consent. */
    public void shareAgain() {
        sharing.startAgain();
    }

    /** Stops sharing at once; the technician is told and stops receiving frames. */
    public void stopSharing() {
        sharing.stop();
    }

    /**
     * The customer picked another monitor to share, or all ({@code 0}). While sharing, it is recorded
     * and then switched, sharing staying on (the customer already allowed the screen to be seen);
     * otherwise it is what sharing starts with.
     */
    public void switchMonitor(int monitor) {
        sharing.switchTo(monitor, CUSTOMER);
    }

    /** The customer takes their mouse and keyboard back (session bar Stop). */
    public void stopControl() {
        control.stop("The customer took back control.");
    }

    /**
     * The customer pressed Stop on an action that runs on their computer: it is recorded as theirs, then
     * stopped through the engine, which tells the technician how it ended (decision 0043). False when
     * nothing by that id runs that can be stopped (it ended meanwhile, or it cannot be stopped).
     */
    public boolean stopAction(String requestId) {
        ActionEngine engine = actionEngine;
        return engine != null && engine.cancel(requestId, CancellationToken.Reason.CUSTOMER);
    }

    /** The plan, chat and wrap-up of the session under way; empty before the technician introduced themselves. */
    public java.util.Optional<CustomerConversation> conversation() {
        return java.util.Optional.ofNullable(conversation);
    }

    /** Ends the session for both sides (End session). */
    public void end() {
        end(SessionEnding.CUSTOMER_ENDED);
    }

    /** Tandem is closing (its window, or the process asked to stop): ends as {@link #end()} does, saying so. */
    public void endBecauseClosed() {
        end(SessionEnding.CUSTOMER_CLOSED_WINDOW);
    }

    private void end(SessionEnding how) {
        SessionChannel current = channel;
        SessionLogbook book = logbook;
        if (current == null || book == null || state == CustomerState.ENDED) {
            return;
        }
        shutdown.sessionEnding("You ended the session before answering.");
        book.endByUs(current, how);
    }

    @Override
    public void received(SessionMessage message) throws ProtocolException {
        if (message instanceof ScreenUpdate) {
            throw new ProtocolException("The technician sent a screen update");
        }
        if (message instanceof Hello hello) {
            onHello(hello);
        } else if (message instanceof FrameCredit credit) {
            sharing.credited(credit);
        } else if (message instanceof InputBatch batch) {
            if (batch.credits() > 0) {
                sharing.credited(new FrameCredit(batch.credits())); // they count whether or not the input is taken
            }
            batch.events().forEach(this::offer);
        } else if (message instanceof ControlMessage ask && sharing.handle(ask)) {
            return; // the whole picture again, another quality or another monitor
        } else if (message instanceof InputEvent input) {
            offer(input);
        } else if (message instanceof ControlMessage.ControlRequest) {
            control.requested(technicianActor, () -> state == CustomerState.SHARING);
        } else if (message instanceof ControlMessage.ControlRequestWithdrawn) {
            control.withdrawn(technicianActor);
        } else if (message instanceof ControlMessage.ControlReleased) {
            control.released();
        } else if (message instanceof ControlMessage talk && conversation != null && conversation.handle(talk)) {
            return; // plan, chat, "is everything working?"
        } else if (message instanceof ControlMessage request && actionEngine != null && actionEngine.handle(request)) {
            return; // an action request or cancel: the engine asks, records and runs it
        } else if (message instanceof ControlMessage.LogCheckpoint checkpoint) {
            logbook.receivedCheckpoint(checkpoint.checkpoint());
        } else if (message instanceof SessionEnd end) {
            shutdown.sessionEnding("The technician ended the session before you answered.");
            // Its own words for the technician's code: nothing the other side writes is shown.
            logbook.endedByPeer(channel, technicianActor, SessionEnding.toldBy(false, end.how()));
        } else {
            throw new ProtocolException("Unexpected message from the technician: " + message.getClass().getSimpleName());
        }
    }

    private void offer(InputEvent input) {
        if (control.offer(input)) {
            if (input instanceof InputEvent.PointerMove move) {
                sharer.pointerPutAt(move.x(), move.y());
            } else if (input instanceof InputEvent.PointerButton button) {
                sharer.pointerPutAt(button.x(), button.y());
            } else if (input instanceof InputEvent.Wheel wheel) {
                sharer.pointerPutAt(wheel.x(), wheel.y());
            }
            sharer.expectChange();
        }
    }

    /**
     * The connection dropped and the session waits to be resumed: recorded, then control, the questions
     * and sharing stop ({@link SessionShutdown#connectionLost}).
     */
    @Override
    public void connectionLost(SessionEnding cause) {
        record(new JournalEvent.ConnectionLost(cause.code()));
        shutdown.connectionLost();
    }

    /** The session goes on: sharing starts again only if it was on; control must be asked for again. */
    @Override
    public void connectionResumed() {
        record(new JournalEvent.ConnectionResumed());
        sharing.connectionResumed();
    }

    @Override
    public void ended(SessionEndReason reason) {
        shutdown.sessionEnding("The connection ended before you answered.");
        SessionLogbook book = logbook;
        SessionEnding how = book == null ? reason.ending() : book.lost(reason.ending());
        moveTo(CustomerState.ENDED, how.toCustomer());
    }

    private void onHello(Hello hello) throws ProtocolException {
        if (hello.role() != Role.TECHNICIAN) {
            throw new ProtocolException("The other side is not a technician");
        }
        if (state != CustomerState.CONNECTED) {
            throw new ProtocolException("The technician introduced itself twice");
        }
        if (hello.protocolVersion() != Protocol.VERSION) {
            LOG.warn("The technician speaks protocol version {}, this client {}: ending", hello.protocolVersion(),
                    Protocol.VERSION);
            shutdown.sessionEnding("The session could not go on.");
            logbook.endByUs(channel, SessionEnding.VERSION_MISMATCH);
            return;
        }
        TechnicianIntroduction introduced = TechnicianIntroduction.check(hello, transcriptHash, verifier);
        IdentityVerdict checked = introduced.verdict();
        verdict = checked;
        LOG.info("Technician identity: {}", checked.displayLine());
        technicianName = introduced.shownName();
        technicianActor = introduced.actor();
        record(introduced.identityEvent());
        ConsentBroker questions = broker;
        control.attach(logbook, this::sendQuietly, checked, questions, consentTimeout);
        listener.technicianIdentified(checked);
        conversation = new CustomerConversation(new CustomerConversation.Parts(logbook, this::sendQuietly, questions,
                checked, technicianActor, consentTimeout), listener, Clock.systemUTC());
        // The engine exists from now on so that early requests are refused on the record; it takes
        // none before the customer starts the session.
        actionEngine = actions.create(logbook, new ActionQuestions(questions, checked, technicianActor),
                SessionActionListener.of(this::sendQuietly, technicianName, listener, Clock.systemUTC()))
                .untilSessionAccepted();
        moveTo(CustomerState.ASKING_TO_SHARE, TechnicianIntroduction.capitalized(technicianName)
                + " asks to start the session.");
        questions.ask(new ConsentRequest(ConsentRequest.Kind.SESSION, checked, consentTimeout),
                () -> state == CustomerState.ASKING_TO_SHARE)
                // Capturing the screen must not happen on the thread that answered.
                .whenCompleteAsync((answer, error) -> sessionAnswered(answer == null ? Answer.DENIED : answer), worker);
    }

    /** The customer's answer to starting the session, recorded already by the broker. */
    private void sessionAnswered(Answer answer) {
        if (state != CustomerState.ASKING_TO_SHARE) {
            return;
        }
        SessionChannel current = channel;
        SessionLogbook book = logbook;
        if (answer != Answer.GRANTED) {
            shutdown.sessionEnding("The session was not started.");
            book.endByUs(current, answer == Answer.TIMED_OUT ? SessionEnding.CUSTOMER_DID_NOT_ANSWER
                    : SessionEnding.CUSTOMER_DECLINED);
            return;
        }
        ActionEngine engine = actionEngine;
        engine.sessionAccepted();
        sendQuietly(engine.catalogMessage());
        sharing.start();
    }

    /** Records an event in the session log; false (and logged) when it could not be written. */
    private boolean record(JournalEvent event) {
        SessionLogbook book = logbook;
        if (book == null) {
            return false;
        }
        try {
            book.record(CUSTOMER, event);
            return true;
        } catch (JournalException e) {
            LOG.warn("Could not record {}: {}", event.type(), e.getMessage());
            return false;
        }
    }

    private void sendQuietly(SessionMessage message) {
        SessionChannel current = channel;
        if (current == null) {
            return;
        }
        try {
            current.send(message);
        } catch (IOException e) {
            LOG.debug("Send failed after the session ended", e);
        }
    }

    private void moveTo(CustomerState next, String detail) {
        state = next;
        listener.stateChanged(next, detail);
    }
}
