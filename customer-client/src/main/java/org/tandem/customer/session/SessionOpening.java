package org.tandem.customer.session;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.JournalException;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ControlMessage.Hello;
import org.tandem.shared.message.ControlMessage.Role;
import org.tandem.shared.message.Protocol;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.ConnectAttempt;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.session.SessionEnding;
import org.tandem.shared.session.SessionListener;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.session.SessionPairing;

/**
 * How the customer's session opens, on the worker: joining the technician waiting under the code,
 * pairing over the code's secret, the journal with the opening recorded, a lost connection made
 * resumable when that was asked for ({@link ReconnectPlan}), and the client's hello. What fails on
 * the way ends the session in words for the customer ({@link ConnectFailureWords}). Until the pairing
 * is done the customer may cancel ({@link ConnectAttempt}, decision 0028): from then on whatever the
 * try still brings, a link, a pairing or a failure, is closed and dropped without a word.
 */
final class SessionOpening {
    private static final Logger LOG = LoggerFactory.getLogger(SessionOpening.class);
    private static final String CUSTOMER = "customer";

    static final Duration PAIRING_TIMEOUT = Duration.ofSeconds(30);
    /** What the customer reads while the relay is being reached and the code joined. */
    static final String REACHING = "Reaching Tandem's connection server…";
    /** What the customer reads once joined, while the connection with the technician is secured. */
    static final String SECURING = "Setting up a secure connection with your technician…";
    /** What this client can do, announced in its hello. */
    static final List<String> CAPABILITIES = List.of("screen-share", "remote-control", "actions");

    private final RelayJoiner joiner;
    private final CustomerLogs logs;
    private final ReconnectPlan reconnect;
    private final CustomerSessionListener listener;
    private final BiConsumer<CustomerState, String> moveTo;
    /** The try since the last Connect: the customer's Cancel gives it up. */
    private volatile ConnectAttempt attempt = new ConnectAttempt();
    /** The nameplates this client has joined under: the relay keeps them in use for good, so they are spent. */
    private final Set<String> joined = ConcurrentHashMap.newKeySet();

    /** @param moveTo moves the session on and tells the view why */
    SessionOpening(RelayJoiner joiner, CustomerLogs logs, ReconnectPlan reconnect, CustomerSessionListener listener,
            BiConsumer<CustomerState, String> moveTo) {
        this.joiner = joiner;
        this.logs = logs;
        this.reconnect = reconnect;
        this.listener = listener;
        this.moveTo = moveTo;
    }

    /** A new try at {@code code}, to run on the worker: from now on Cancel stops this one. */
    Runnable begin(SessionCode code, BiConsumer<SessionPairing.Paired, SessionLogbook> opened, SessionListener reader) {
        ConnectAttempt next = new ConnectAttempt();
        attempt = next;
        return () -> open(code, next, opened, reader);
    }

    /** Gives up the try under way, closing what it opened; false when it had ended already. */
    boolean cancel() {
        LOG.info("The customer asked to cancel connecting");
        return attempt.cancel();
    }

    /**
     * Joins the technician waiting under {@code code} and opens the session; on the worker.
     *
     * @param attempt  the customer's Cancel: once cancelled, nothing more is opened, said or shown
     * @param opened takes the pairing and the journal, before anything is received or sent
     * @param reader reads what the technician sends from then on
     */
    void open(SessionCode code, ConnectAttempt attempt, BiConsumer<SessionPairing.Paired, SessionLogbook> opened,
            SessionListener reader) {
        try {
            RelayLink link = joiner.join(code, attempt);
            attempt.opened(link); // a joiner that could not be stopped: its late link is closed here
            joined.add(code.nameplate());
            moveTo.accept(CustomerState.CONNECTING, SECURING);
            SessionPairing.Paired paired = SessionPairing.pair(link, PairingRole.CUSTOMER, code, PAIRING_TIMEOUT);
            SessionChannel channel = paired.channel();
            if (!attempt.finish()) {
                dropCancelled(channel);
                return;
            }
            SessionLogbook book;
            try {
                book = new SessionLogbook(logs.open(SessionLogbook.sessionIdFrom(paired.pairing().transcriptHash())),
                        CUSTOMER);
                book.record(CUSTOMER, new JournalEvent.SessionConnected(code.nameplate(), ""));
                book.record(CUSTOMER, new JournalEvent.PairingCompleted(paired.pairing().checkString()));
            } catch (IOException | JournalException e) {
                LOG.error("The session log could not be opened", e);
                channel.close(SessionEnding.CUSTOMER_JOURNAL_FAILED);
                listener.codeSpent(code);
                moveTo.accept(CustomerState.ENDED, "The session could not start because Tandem could not save its record "
                        + "on this computer. Check that the disk is not full, then try again.");
                return;
            }
            opened.accept(paired, book);
            reconnect.applyTo(channel, paired.pairing().resumeSecret());
            listener.paired(paired.pairing().checkString());
            // The state moves before the reader starts, so the technician's hello finds it.
            moveTo.accept(CustomerState.CONNECTED, "Connected securely. Waiting for your technician…");
            // Our hello goes first: once the reader runs, the technician's hello may already be answered.
            channel.send(new Hello(Protocol.VERSION, Role.CUSTOMER, "", CAPABILITIES, ""));
            channel.start(reader, "tandem-customer-session");
        } catch (IOException | RuntimeException e) {
            if (!attempt.finish()) {
                LOG.info("Connecting was cancelled; what it came to is dropped: {}", e.toString());
                return;
            }
            LOG.info("Could not join", e);
            boolean joinedBefore = joined.contains(code.nameplate());
            if (joinedBefore || ConnectFailureWords.refusedForGood(e)) {
                listener.codeSpent(code);
            }
            moveTo.accept(CustomerState.ENDED, ConnectFailureWords.describe(e, joinedBefore));
        }
    }

    /**
     * The pairing finished just as the customer cancelled: the technician is told the customer ended it
     * (so their console does not wait for a reconnect), and nothing is recorded or shown here.
     */
    private static void dropCancelled(SessionChannel channel) {
        LOG.info("Connecting was cancelled as the pairing finished; the session is not opened");
        try {
            channel.send(new ControlMessage.SessionEnd("", SessionEnding.CUSTOMER_ENDED.code()));
        } catch (IOException e) {
            LOG.debug("The technician was not told", e);
        }
        channel.close(SessionEnding.CUSTOMER_ENDED);
    }
}
