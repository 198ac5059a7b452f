package org.tandem.customer.session;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.customer.action.ActionEngine;
import org.tandem.customer.action.ActionListener;
import org.tandem.customer.action.ActionMessageSender;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.ControlMessage.Hello;
import org.tandem.shared.message.ControlMessage.Role;
import org.tandem.shared.message.ControlMessage.SessionEnd;
import org.tandem.shared.message.Protocol;
import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.pairing.PairingException;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.session.SessionEndReason;
import org.tandem.shared.session.SessionListener;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.session.SessionPairing;

/**
 * The customer's side of one session: join by code, wait for the technician, ask before sharing,
 * then serve frames while sharing is allowed. Plain Java; the view listens through
 * {@link CustomerSessionListener}.
 */
public final class CustomerSession implements SessionListener {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerSession.class);
    /** What this client can do, announced in its hello. */
    static final List<String> CAPABILITIES = List.of("screen-share", "remote-control", "actions");

    static final Duration PAIRING_TIMEOUT = Duration.ofSeconds(30);

    private static final String CUSTOMER = "customer";
    private static final String TECHNICIAN = "technician";

    /** What a customer session works with. */
    public record Parts(RelayJoiner joiner, TechnicianVerifier verifier, ScreenSharer sharer, CustomerControl control,
            CustomerLogs logs, ActionEngines actions) {
        public Parts {
            Objects.requireNonNull(actions, "actions");
            Objects.requireNonNull(joiner, "joiner");
            Objects.requireNonNull(verifier, "verifier");
            Objects.requireNonNull(sharer, "sharer");
            Objects.requireNonNull(control, "control");
            Objects.requireNonNull(logs, "logs");
        }
    }

    private final RelayJoiner joiner;
    private final TechnicianVerifier verifier;
    private final ScreenSharer sharer;
    private final CustomerControl control;
    private final CustomerLogs logs;
    private final ActionEngines actions;
    private volatile ActionEngine actionEngine;
    private final CustomerSessionListener listener;
    private final Executor worker;
    private final Duration consentTimeout;

    private volatile SessionChannel channel;
    private volatile SessionLogbook logbook;
    private volatile String technicianActor = TECHNICIAN;
    private volatile byte[] transcriptHash;
    private volatile CustomerState state = CustomerState.IDLE;
    private volatile String technicianName = "the person helping you";

    public CustomerSession(Parts parts, CustomerSessionListener listener, Executor worker, Duration consentTimeout) {
        this.joiner = parts.joiner();
        this.verifier = parts.verifier();
        this.sharer = parts.sharer();
        this.control = parts.control();
        this.logs = parts.logs();
        this.actions = parts.actions();
        this.listener = Objects.requireNonNull(listener, "listener");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.consentTimeout = Objects.requireNonNull(consentTimeout, "consentTimeout");
    }

    public CustomerState state() {
        return state;
    }

    /** Joins the technician waiting under this code; progress and failure arrive at the listener. */
    public void connect(SessionCode code) {
        if (state != CustomerState.IDLE && state != CustomerState.ENDED) {
            throw new IllegalStateException("Already in a session");
        }
        moveTo(CustomerState.CONNECTING, "Connecting to your technician…");
        worker.execute(() -> {
            try {
                RelayLink link = joiner.join(code);
                SessionPairing.Paired paired = SessionPairing.pair(link, PairingRole.CUSTOMER, code, PAIRING_TIMEOUT);
                SessionChannel opened = paired.channel();
                transcriptHash = paired.pairing().transcriptHash();
                SessionLogbook book;
                try {
                    book = new SessionLogbook(logs.open(SessionLogbook.sessionIdFrom(transcriptHash)), CUSTOMER);
                    book.record(CUSTOMER, LogEventTypes.SESSION_CONNECTED, Map.of("nameplate", code.nameplate()));
                    book.record(CUSTOMER, LogEventTypes.PAIRING_COMPLETED, Map.of("checkString", paired.pairing().checkString()));
                } catch (IOException e) {
                    opened.close("The session log could not be written");
                    throw new IOException("the session log could not be written (" + e.getMessage() + ")", e);
                }
                logbook = book;
                book.closed().thenRun(() -> listener.sessionRecorded(book.writer().file()));
                channel = opened;
                control.attach(book, this::sendQuietly, new IdentityVerdict.Unverified("", "", "not yet known"));
                listener.paired(paired.pairing().checkString());
                // The state moves before the reader starts, so the technician's hello finds it.
                moveTo(CustomerState.CONNECTED, "Connected securely. Waiting for your technician…");
                opened.start(this, "tandem-customer-session");
                opened.send(new Hello(Protocol.VERSION, Role.CUSTOMER, "", CAPABILITIES, ""));
            } catch (PairingException e) {
                LOG.info("Pairing failed: {}", e.getMessage());
                moveTo(CustomerState.ENDED, e.codeMismatch()
                        ? "The code did not match. Check the code with your technician; they can give you a new one."
                        : "Could not connect securely: " + e.getMessage());
            } catch (IOException | RuntimeException e) {
                LOG.info("Could not join: {}", e.getMessage());
                moveTo(CustomerState.ENDED, "Could not connect: " + e.getMessage());
            }
        });
    }

    /** The customer starts sharing again from the session bar; the click is the consent. */
    public void shareAgain() {
        if (state == CustomerState.NOT_SHARING) {
            worker.execute(() -> {
                if (record(LogEventTypes.CONSENT_GRANTED, Map.of("for", "share", "how", "the customer pressed Share screen"))) {
                    startSharing();
                }
            });
        }
    }

    /** Stops sharing at once; the technician is told and stops receiving frames. */
    public void stopSharing() {
        if (state != CustomerState.SHARING) {
            return;
        }
        record(LogEventTypes.CONSENT_REVOKED, Map.of("for", "share"));
        sharer.stop();
        control.stop("The customer stopped sharing the screen.");
        record(LogEventTypes.SHARE_STOPPED, Map.of("by", CUSTOMER));
        moveTo(CustomerState.NOT_SHARING, "You stopped sharing your screen.");
        sendQuietly(new ControlMessage.ScreenShareStopped("The customer stopped sharing the screen."));
    }

    /** The customer takes their mouse and keyboard back (session bar Stop). */
    public void stopControl() {
        control.stop("The customer took back control.");
    }

    /** Ends the session for both sides. */
    public void end() {
        SessionChannel current = channel;
        SessionLogbook book = logbook;
        if (current == null || book == null || state == CustomerState.ENDED) {
            return;
        }
        sharer.stop();
        control.ended();
        stopActions();
        book.endByUs(current, "The customer ended the session.", "You ended the session.");
    }

    @Override
    public void received(SessionMessage message) throws ProtocolException {
        if (message instanceof ScreenUpdate) {
            throw new ProtocolException("The technician sent a screen update");
        }
        if (message instanceof Hello hello) {
            onHello(hello);
        } else if (message instanceof ControlMessage.FrameRequest) {
            if (state == CustomerState.SHARING) {
                sharer.frameRequested();
            }
        } else if (message instanceof InputEvent input) {
            if (control.offer(input)) {
                sharer.expectChange();
            }
        } else if (message instanceof ControlMessage.ControlRequest) {
            control.requested(state == CustomerState.SHARING);
        } else if (message instanceof ControlMessage.ControlReleased) {
            control.released();
        } else if (message instanceof ControlMessage request && actionEngine != null && actionEngine.handle(request)) {
            return; // an action request or cancel: the engine asks, records and runs it
        } else if (message instanceof ControlMessage.LogCheckpoint checkpoint) {
            logbook.receivedCheckpoint(checkpoint.checkpoint());
        } else if (message instanceof SessionEnd end) {
            sharer.stop();
            control.ended();
            stopActions();
            logbook.endedByPeer(channel, technicianActor,
                    end.reason().isBlank() ? "The technician ended the session." : end.reason());
        } else {
            throw new ProtocolException("Unexpected message from the technician: " + message.getClass().getSimpleName());
        }
    }

    @Override
    public void ended(SessionEndReason reason) {
        sharer.stop();
        control.ended();
        stopActions();
        SessionLogbook book = logbook;
        if (book != null) {
            book.lost(reason.message());
        }
        moveTo(CustomerState.ENDED, reason.message());
    }

    private void onHello(Hello hello) throws ProtocolException {
        if (hello.role() != Role.TECHNICIAN) {
            throw new ProtocolException("The other side is not a technician");
        }
        if (hello.protocolVersion() != Protocol.VERSION) {
            throw new ProtocolException("The technician uses another version of Tandem ("
                    + hello.protocolVersion() + ", this is " + Protocol.VERSION + "); please update");
        }
        if (state != CustomerState.CONNECTED) {
            throw new ProtocolException("The technician introduced itself twice");
        }
        IdentityVerdict verdict = verifier.verify(hello, transcriptHash);
        LOG.info("Technician identity: {}", verdict.displayLine());
        boolean verified = verdict instanceof IdentityVerdict.Verified;
        technicianName = verified ? ((IdentityVerdict.Verified) verdict).technicianName() : "the person helping you";
        technicianActor = TECHNICIAN + ":" + (hello.displayName().isBlank() ? "unnamed" : hello.displayName());
        if (verdict instanceof IdentityVerdict.Verified v) {
            record(LogEventTypes.IDENTITY_VERIFIED, Map.of("technician", v.technicianName(),
                    "organisation", v.organisationName(), "shown", v.displayLine()));
        } else if (verdict instanceof IdentityVerdict.Unverified u) {
            record(LogEventTypes.IDENTITY_UNVERIFIED, Map.of("technician", hello.displayName(),
                    "reason", u.reason(), "shown", u.displayLine()));
        }
        control.attach(logbook, this::sendQuietly, verdict);
        listener.technicianIdentified(verdict);
        ActionEngine engine = actions.create(logbook,
                request -> control.askForAction(request.what(), request.effect(), request.timeout()),
                ActionListener.both(new ActionMessageSender(this::sendQuietly),
                        new ActivityFeed(listener::activity, Clock.systemUTC())));
        actionEngine = engine;
        sendQuietly(engine.catalogMessage());
        moveTo(CustomerState.ASKING_TO_SHARE, capitalized(technicianName) + " asks to see your screen.");
        if (!record(LogEventTypes.CONSENT_ASKED, Map.of("for", "share", "what", "see the screen"))) {
            throw new ProtocolException("The session log could not be written");
        }
        CompletableFuture<Boolean> answer = control.holdInputWhile(
                new ConsentRequest(ConsentRequest.Kind.SHARE_SCREEN, verdict, consentTimeout));
        // The answer comes on the UI thread; capturing the screen must not happen there.
        answer.whenCompleteAsync((allowed, error) -> {
            if (state != CustomerState.ASKING_TO_SHARE) {
                return;
            }
            if (Boolean.TRUE.equals(allowed)) {
                if (record(LogEventTypes.CONSENT_GRANTED, Map.of("for", "share"))) {
                    startSharing();
                }
            } else {
                record(allowed == null ? LogEventTypes.CONSENT_TIMED_OUT : LogEventTypes.CONSENT_DENIED, Map.of("for", "share"));
                moveTo(CustomerState.NOT_SHARING, allowed == null
                        ? "You did not answer, so your screen is not shared." : "You chose not to share your screen.");
                sendQuietly(new ControlMessage.ScreenShareStopped("The customer chose not to share the screen."));
            }
        }, worker);
    }

    private void startSharing() {
        try {
            ScreenSharer.ScreenSize size = sharer.start(channel);
            record(LogEventTypes.SHARE_STARTED, Map.of("width", size.width(), "height", size.height()));
            moveTo(CustomerState.SHARING, "Your screen is being shared with " + technicianName + ".");
            channel.send(new ControlMessage.ScreenShareStarted(size.width(), size.height()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not start sharing", e);
            sharer.stop();
            moveTo(CustomerState.NOT_SHARING, "Your screen could not be shared: " + e.getMessage());
            sendQuietly(new ControlMessage.ScreenShareStopped("The customer's screen could not be captured."));
        }
    }

    /** Cancels whatever action is still running: nothing goes on once the session is over. */
    private void stopActions() {
        ActionEngine engine = actionEngine;
        if (engine != null) {
            engine.close();
        }
    }

    /** Records an event in the session log; false (and logged) when it could not be written. */
    private boolean record(String type, Map<String, ?> details) {
        SessionLogbook book = logbook;
        if (book == null) {
            return false;
        }
        try {
            book.record(CUSTOMER, type, details);
            return true;
        } catch (IOException e) {
            LOG.error("Could not record {}: {}", type, e.getMessage());
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

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void moveTo(CustomerState next, String detail) {
        state = next;
        listener.stateChanged(next, detail);
    }
}
