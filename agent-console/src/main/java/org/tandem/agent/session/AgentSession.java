package org.tandem.agent.session;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.agent.conversation.AgentConversation;
import org.tandem.shared.identity.TechnicianCredentials;
import org.tandem.agent.history.SessionHistory;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.JournalException;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.session.SessionEndReason;
import org.tandem.shared.session.SessionEnding;
import org.tandem.shared.session.SessionListener;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.session.resume.SessionResumer;

/**
 * The technician's side of one session: reserve a code at the relay, wait for the customer, then
 * view the customer's screen frame by frame, asking for the next frame only once the previous one
 * has been drawn. Plain Java; the view listens through {@link AgentSessionListener}.
 */
public final class AgentSession implements SessionListener {
    private static final Logger LOG = LoggerFactory.getLogger(AgentSession.class);

    /**
     * What a technician session works with.
     *
     * @param credentials the technician's certificate and key, when the organisation issued one; the
     *     customer sees an unverified warning without it
     */
    public record Parts(SessionRendezvous.Factory relay, Optional<TechnicianCredentials> credentials,
            SecureRandom random, AgentLogs logs) {
        public Parts {
            Objects.requireNonNull(relay, "relay");
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(random, "random");
            Objects.requireNonNull(logs, "logs");
        }
    }

    private final String actor;
    private final SessionOpening opening;
    private volatile SessionLogbook logbook;
    private final AgentSessionListener listener;
    private final Executor worker;

    private final SessionTurn turn = new SessionTurn();
    private volatile AgentState state = AgentState.IDLE;
    private volatile AgentConversation conversation;
    private volatile SessionChannel channel;
    private final ControlHandshake control;
    private final AgentActions actions;
    private final ScreenFeed screen;
    private final CustomerShare share;
    private final InputOutbox input;
    private final ConnectionEvents connection;
    private final CustomerMessageDispatcher customerMessages;

    public AgentSession(Parts parts, String technicianName, AgentSessionListener listener, Executor worker,
            Duration customerWait) {
        this.actor = "technician:" + Objects.requireNonNull(technicianName, "technicianName");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.actions = new AgentActions(listener);
        this.screen = new ScreenFeed(() -> channel, this::sendQuietly, listener);
        this.control = new ControlHandshake(actor, this::record, this::sendQuietly, listener);
        this.share = new CustomerShare(actor, this::record, this::sendQuietly, listener, screen, control, () -> state,
                this::moveTo);
        this.input = new InputOutbox(this::sendQuietly, screen::takeOwedCredits);
        this.connection = new ConnectionEvents(turn, control, screen, input, this::record, () -> logbook, () -> state,
                this::moveTo);
        this.customerMessages = new CustomerMessageDispatcher(actor, listener, share, control, actions, () -> logbook,
                () -> channel, () -> conversation);
        this.worker = Objects.requireNonNull(worker, "worker");
        this.opening = new SessionOpening(parts, technicianName, actor, listener,
                Objects.requireNonNull(customerWait, "customerWait"), () -> state, this::moveTo);
    }

    public AgentState state() {
        return state;
    }

    /**
     * A lost connection is resumed within {@code window} (decision 0013): {@code reconnector} reaches
     * the relay again with the technician's key and asks to resume. Without this, a lost connection
     * ends the session. Set before {@link #start}.
     */
    public void resumeWithin(Duration window, SessionResumer.Reconnector reconnector) {
        opening.resumeWithin(Objects.requireNonNull(window, "window"),
                Objects.requireNonNull(reconnector, "reconnector"));
    }

    /** Stops reconnecting a lost connection and ends the session as the technician ending it (Cancel). */
    public void cancelReconnecting() {
        opening.cancelResume();
        end();
    }

    /** Reserves a code and waits for the customer, in the background. */
    public void start() {
        start("");
    }

    /**
     * Reserves a code and waits for the customer, in the background.
     *
     * @param customerReference the customer's name or a ticket reference the technician typed; "" for none
     */
    public void start(String customerReference) {
        opening.customerReference(Objects.requireNonNull(customerReference, "customerReference").strip());
        if (state != AgentState.IDLE) {
            throw new IllegalStateException("A session starts once");
        }
        Runnable opens = opening.begin(this::opened, this);
        moveTo(AgentState.CREATING, "Asking the relay for a session code…");
        worker.execute(opens);
    }

    /** Cancel while asking the relay for a code (decision 0028): its connection closes at once. */
    public boolean cancelConnecting() {
        if (state != AgentState.CREATING || !opening.cancel()) {
            return false;
        }
        moveTo(AgentState.IDLE, "Connection cancelled.");
        return true;
    }

    /** Paired, the journal open: both are kept before the reader starts, so that its first message finds them. */
    private void opened(SessionChannel paired, SessionLogbook book) {
        book.onFailure(how -> book.endByUs(paired, how));
        logbook = book;
        conversation = new AgentConversation(book, actor, this::sendQuietly, listener, java.time.Clock.systemUTC());
        book.closed().thenRun(() -> SessionHistory.writeRecapBeside(book.writer().file()));
        channel = paired;
    }

    /**
     * About once a second: lets the screen quality asked of the customer rise back on a still screen.
     * On the worker, since it may send.
     */
    public void secondPassed() {
        if (state() != AgentState.VIEWING) {
            return;
        }
        try {
            worker.execute(() -> turn.run(() -> {
                if (state == AgentState.VIEWING) {
                    screen.tick();
                }
            }));
        } catch (RejectedExecutionException closing) {
            // The console is closing and its worker has stopped; a quality step missed then changes nothing.
            LOG.debug("A tick came after the console's worker stopped; skipped");
        }
    }

    /** The view has drawn the frames it was told of; credit them back while the customer shares. */
    public void frameDrawn() {
        turn.run(() -> {
            if (state == AgentState.VIEWING) {
                screen.drawn();
            }
        });
    }

    public ControlState control() {
        return control.state();
    }

    /**
     * Asks the customer for control of their mouse and keyboard; they are prompted. A request that
     * cannot be made now is not sent, and the technician hears why.
     */
    public void requestControl() {
        turn.run(() -> {
            AgentState now = state;
            if (now == AgentState.VIEWING) {
                control.request();
            } else {
                listener.controlRequestNotSent(control.state(), ControlHandshake.whyNoRequest(now));
            }
        });
    }

    /**
     * Asks the customer's computer to share another of its monitors ({@code 1..n}) or all of them
     * ({@code 0}); sharing stays on. Nothing is sent unless the customer is sharing and has that monitor.
     */
    public void switchMonitor(int monitor) {
        turn.run(() -> share.switchTo(monitor));
    }

    /**
     * Gives control back to the customer; a key's release still waiting goes first. A request the
     * customer has not answered yet is withdrawn instead.
     */
    public void releaseControl() {
        input.flush();
        turn.run(control::release);
    }

    /** Withdraws the request for control the customer has not answered yet; their question closes. */
    public void withdrawControlRequest() {
        turn.run(control::withdraw);
    }

    /**
     * Sends the technician's input while in control, and their pointer while a Tandem window is in the
     * way ({@link ControlState#sends}); anything else is dropped here already (the customer's side decides
     * for itself as well). A key's release may wait a moment for the next event, and credits owed for
     * frames drawn ride along ({@link InputOutbox}).
     */
    public void sendInput(InputEvent event) {
        if (!control.state().sends(event)) {
            return;
        }
        input.send(event);
    }

    /**
     * Asks the customer's computer to run an action; scans and changes are put to the customer
     * first. Progress and the result arrive as {@link AgentSessionListener#actionChanged}.
     *
     * @return the request's id
     */
    public String requestAction(ActionDescriptor action, Map<String, String> parameters) throws IOException {
        return requestAction(action, parameters, Map.of());
    }

    /**
     * As {@link #requestAction(ActionDescriptor, Map)}, with the names a list of the customer's computer gave
     * values picked from it ({@code pid} → "firefox"): the console's words and log name the program; the
     * customer's computer is sent the parameters alone (decision 0049).
     */
    public String requestAction(ActionDescriptor action, Map<String, String> parameters, Map<String, String> listedAs)
            throws IOException {
        SessionLogbook book = logbook;
        if (book == null || channel == null || state == AgentState.ENDED) {
            throw new IOException("No customer is connected");
        }
        try {
            return actions.request(action, parameters, listedAs, book, actor, this::sendQuietly);
        } catch (JournalException e) {
            throw new IOException("The request could not be recorded, so it was not sent", e);
        }
    }

    /**
     * Asks the customer's computer to stop a running action, or withdraws the request while the
     * customer is still asked about it; the result says which it was.
     */
    public void cancelAction(String requestId) {
        actions.cancel(requestId, logbook, actor, this::sendQuietly);
    }

    /**
     * The connection's round trip and bytes moved; empty unless the customer is connected (not before,
     * not while reconnecting, not after the end: old figures would describe a connection that is gone).
     */
    public java.util.Optional<SessionChannel.Quality> quality() {
        SessionChannel current = channel;
        AgentState now = state;
        boolean connected = now == AgentState.CONNECTED || now == AgentState.VIEWING;
        return current == null || !connected ? java.util.Optional.empty() : java.util.Optional.of(current.quality());
    }

    /** The plan, chat, notes and wrap-up of the session; empty until the customer is connected. */
    public java.util.Optional<AgentConversation> conversation() {
        return java.util.Optional.ofNullable(conversation);
    }

    /** Ends the session for both sides (End session), or gives the code back if nobody joined yet. */
    public void end() {
        end(SessionEnding.TECHNICIAN_ENDED);
    }

    /** The console is closing (its window, or the process asked to stop): ends as {@link #end()} does, saying so. */
    public void endBecauseClosed() {
        end(SessionEnding.TECHNICIAN_CLOSED_WINDOW);
    }

    private void end(SessionEnding how) {
        if (state == AgentState.ENDED || state == AgentState.IDLE) {
            return;
        }
        SessionChannel current = channel;
        if (current == null) {
            moveTo(AgentState.ENDED, "You ended the session before the customer joined.");
            opening.cancel();
            return;
        }
        logbook.endByUs(current, how);
    }

    /** A message from the customer's side, handled under the session's lock ({@link CustomerMessageDispatcher}). */
    @Override
    public void received(SessionMessage message) throws ProtocolException {
        turn.run(() -> customerMessages.dispatch(message));
    }

    /** The connection dropped; the session waits to be resumed, and control ends ({@link ConnectionEvents}). */
    @Override
    public void connectionLost(SessionEnding cause) {
        connection.lost(cause);
    }

    /** The session goes on, not sharing; control must be asked for again ({@link ConnectionEvents}). */
    @Override
    public void connectionResumed() {
        connection.resumed();
        listener.reconnected();
    }

    /** The session ended; control ends with it, as one step ({@link ConnectionEvents}). */
    @Override
    public void ended(SessionEndReason reason) {
        connection.ended(reason);
    }

    private void record(JournalEvent event) {
        record(actor, event);
    }

    /** Records what this console did or heard; a log that is closed or failing is the logbook's to handle. */
    private void record(String who, JournalEvent event) {
        SessionLogbook book = logbook;
        if (book != null) {
            book.recordOrLog(who, event);
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
            LOG.debug("Send failed; the channel reports the end", e);
        }
    }

    private void moveTo(AgentState next, String detail) {
        state = next;
        listener.stateChanged(next, detail);
    }
}
