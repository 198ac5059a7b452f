package org.tandem.agent.session;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.identity.IdentityProof;
import org.tandem.shared.identity.TechnicianCredentials;
import org.tandem.shared.message.ControlMessage.Hello;
import org.tandem.shared.message.ControlMessage.Role;
import org.tandem.shared.message.Protocol;
import org.tandem.shared.pairing.PairingException;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.ConnectAttempt;
import org.tandem.shared.relay.client.RelayCodeBurnedException;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.session.SessionEnding;
import org.tandem.shared.session.SessionListener;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.session.SessionPairing;
import org.tandem.shared.session.resume.SessionResumer;

/**
 * How the technician's session opens, on the worker: a code reserved at the relay, the wait for the
 * customer to join under it, the pairing over the code's secret, the journal with the opening
 * recorded ({@link OpeningRecord}), a lost connection made resumable when that was asked for
 * (decision 0013), and the console's hello. What fails on the way ends the session in words for the
 * technician. The session's state is the session's: this moves it through the two callbacks. Until
 * the pairing is done the technician may give the try up ({@link ConnectAttempt}, decision 0028): from
 * then on whatever it still brings, a code, a customer or a failure, is given back and dropped unsaid.
 */
final class SessionOpening {
    private static final Logger LOG = LoggerFactory.getLogger(SessionOpening.class);

    static final Duration PAIRING_TIMEOUT = Duration.ofSeconds(30);
    /** What this console can do, announced in its hello. */
    static final List<String> CAPABILITIES = List.of("screen-view", "remote-control", "actions");

    private final SessionRendezvous.Factory rendezvousFactory;
    private final String technicianName;
    private final Optional<TechnicianCredentials> credentials;
    private final SecureRandom random;
    private final OpeningRecord openingRecord;
    private final AgentSessionListener listener;
    private final Duration customerWait;
    private final Supplier<AgentState> state;
    private final BiConsumer<AgentState, String> moveTo;

    private volatile String customerReference = "";
    private volatile SessionRendezvous rendezvous;
    private volatile ConnectAttempt attempt = new ConnectAttempt();
    private volatile Duration resumeWindow;
    private volatile SessionResumer.Reconnector reconnector;
    private volatile SessionResumer resumer;

    /**
     * @param actor the technician as the journal names them
     * @param state where the session stands now
     * @param moveTo moves the session on and tells the view why
     */
    SessionOpening(AgentSession.Parts parts, String technicianName, String actor, AgentSessionListener listener,
            Duration customerWait, Supplier<AgentState> state, BiConsumer<AgentState, String> moveTo) {
        this.rendezvousFactory = parts.relay();
        this.technicianName = technicianName;
        this.credentials = parts.credentials();
        this.random = parts.random();
        this.openingRecord = new OpeningRecord(parts.logs(), actor, technicianName,
                credentials.map(TechnicianCredentials::organisationName).orElse(""));
        this.listener = listener;
        this.customerWait = customerWait;
        this.state = state;
        this.moveTo = moveTo;
    }

    /** A lost connection is resumed within {@code window}, reaching the relay again through {@code reconnector}. */
    void resumeWithin(Duration window, SessionResumer.Reconnector reconnector) {
        this.resumeWindow = window;
        this.reconnector = reconnector;
    }

    /** The customer's name or a ticket reference, recorded once the session is open; "" for none. */
    void customerReference(String reference) {
        this.customerReference = reference;
    }

    /** A new try, to run on the worker: from now on Cancel and End session stop this one. */
    Runnable begin(BiConsumer<SessionChannel, SessionLogbook> opened, SessionListener reader) {
        ConnectAttempt next = new ConnectAttempt();
        attempt = next;
        return () -> open(next, opened, reader);
    }

    /**
     * Opens the session; on the worker.
     *
     * @param trying the technician's Cancel: once cancelled, nothing more is opened, shown or said
     * @param opened takes the channel and the journal once paired, before anything is received or sent
     * @param reader reads what the customer sends from then on
     */
    void open(ConnectAttempt trying, BiConsumer<SessionChannel, SessionLogbook> opened, SessionListener reader) {
        try {
            SessionRendezvous reserved = rendezvousFactory.create(trying);
            trying.opened(reserved::cancel); // a code that comes after a Cancel is given back at once
            rendezvous = reserved;
            // The secret never leaves this console and the customer: the relay only knows the nameplate.
            SessionCode code = new SessionCode(reserved.nameplate(), SessionCode.newSecret(random));
            listener.codeReady(code.display());
            moveTo.accept(AgentState.WAITING_FOR_CUSTOMER, "Read the code to your customer. Waiting for them to connect…");
            RelayLink link = reserved.awaitCustomer(customerWait);
            if (state.get() == AgentState.ENDED) {
                link.close();
                return;
            }
            trying.opened(link);
            SessionPairing.Paired paired = SessionPairing.pair(link, PairingRole.TECHNICIAN, code, PAIRING_TIMEOUT);
            SessionChannel channel = paired.channel();
            if (!trying.finish()) {
                channel.close(SessionEnding.TECHNICIAN_ENDED);
                return;
            }
            opened.accept(channel, openingRecord.open(paired, code, customerReference));
            SessionResumer.Reconnector reconnect = reconnector;
            if (reconnect != null) {
                SessionResumer resuming = new SessionResumer(PairingRole.TECHNICIAN, paired.pairing().resumeSecret(),
                        Protocol.VERSION, reconnect, resumeWindow, listener::reconnecting);
                resumer = resuming;
                channel.resumeOnLoss(resuming);
            }
            listener.paired(paired.pairing().checkString());
            moveTo.accept(AgentState.CONNECTED, "The customer is connected securely. Waiting for them to start the session…");
            channel.start(reader, "tandem-agent-session");
            String proof = credentials.map(c -> IdentityProof.sign(c, paired.pairing().transcriptHash()).toBase64())
                    .orElse("");
            channel.send(new Hello(Protocol.VERSION, Role.TECHNICIAN, technicianName, CAPABILITIES, proof));
        } catch (IOException | RuntimeException e) {
            if (!trying.finish()) {
                LOG.info("Opening the session was cancelled; what it came to is dropped: {}", e.toString());
                return;
            }
            failed(e);
        }
    }

    /** The try failed on its own: the session ends, in the console's words. */
    private void failed(Exception e) {
        if (e instanceof PairingException pairing) {
            LOG.info("Pairing failed: {}", e.getMessage());
            cancel();
            moveTo.accept(AgentState.ENDED, switch (pairing.kind()) {
                case CODE_MISMATCH -> "The code did not match: the customer typed another code, or someone tried to guess "
                        + "it. This code can no longer be used; press New code and read the new code to your customer.";
                case OTHER_SIDE_LEFT -> "The connection to the customer closed before it was secure: they may have "
                        + "pressed Cancel, or a network went down. Press New code and read the new code to your customer.";
                case OTHER_VERSION -> "The customer's Tandem is another version than this console's, so no secure "
                        + "connection could be made. Ask them to update Tandem, then press New code.";
                case BROKEN -> "A secure connection with the customer could not be set up, so nothing was shared. "
                        + "Press New code and read the new code to your customer. The console's log has the details.";
            });
        } else if (e instanceof RelayCodeBurnedException) {
            LOG.info("The relay burned nameplate after failed joins: {}", e.getMessage());
            moveTo.accept(AgentState.ENDED, "Someone tried wrong codes for this session three times, so the relay closed it. "
                    + "Press New code and read the new code to your customer.");
        } else if (state.get() != AgentState.ENDED) {
            LOG.warn("Session could not start", e);
            moveTo.accept(AgentState.ENDED, RelayFailureWords.describe(e));
        }
    }

    /**
     * Gives the try up and the code back, if one was reserved: a wait for the relay or the customer
     * fails at once. False when the try had ended already (paired, or failed).
     */
    boolean cancel() {
        LOG.info("Giving up opening the session (Cancel, End session or a failed pairing)");
        boolean stopped = attempt.cancel();
        SessionRendezvous reserved = rendezvous;
        if (reserved != null) {
            reserved.cancel();
        }
        return stopped;
    }

    /** Stops reconnecting a lost connection, if a reconnect is under way. */
    void cancelResume() {
        SessionResumer current = resumer;
        if (current != null) {
            current.cancel();
        }
    }
}
