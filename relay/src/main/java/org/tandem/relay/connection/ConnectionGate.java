package org.tandem.relay.connection;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.relay.audit.AuditSink;
import org.tandem.relay.limit.AdmissionControl;
import org.tandem.relay.limit.BackoffLimiter;

/**
 * Lets a TCP connection in or closes it at once, before any SSH byte is read from it; gives back its
 * place among connections not logged in when it logs in or goes; and closes a connection that is
 * not logged in within the auth timeout, or that has not paired (nor holds a nameplate) within
 * the pairing timeout. Those deadlines run on the relay's timer, so no client can extend them.
 */
public final class ConnectionGate implements SessionListener {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGate.class);

    private final AdmissionControl admission;
    private final ScheduledExecutorService timer;
    private final Duration authTimeout;
    private final Duration pairingTimeout;
    private final AuditSink audit;
    private final AtomicBoolean closing = new AtomicBoolean();

    public ConnectionGate(AdmissionControl admission, ScheduledExecutorService timer, Duration authTimeout,
            Duration pairingTimeout, AuditSink audit) {
        this.admission = Objects.requireNonNull(admission, "admission");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.authTimeout = Objects.requireNonNull(authTimeout, "authTimeout");
        this.pairingTimeout = Objects.requireNonNull(pairingTimeout, "pairingTimeout");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** From now on every new connection is refused: the relay is shutting down. */
    public void closeGate() {
        closing.set(true);
    }

    /**
     * Admits a new connection or refuses it by throwing, which makes SSHD close the socket at
     * once. (Refusing earlier, in SSHD's accept listener, would leave the socket open: SSHD closes
     * only connections it made a session for.)
     */
    @Override
    public void sessionCreated(Session session) {
        ConnectionState state = ConnectionState.of(session);
        if (closing.get()) {
            throw new RefusedConnectionException("the relay is shutting down");
        }
        BackoffLimiter.Verdict verdict = admission.connection(state.source());
        if (!verdict.allowed()) {
            throw new RefusedConnectionException("refused for " + verdict.retryAfterSeconds() + " s");
        }
        state.tookPlace();
        audit.write("connect", Map.of("source", state.source(), "address", String.valueOf(session.getIoSession().getRemoteAddress())));
        state.deadline(timer.schedule(() -> closeUnlessLoggedIn(session), authTimeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public void sessionEvent(Session session, Event event) {
        if (event == Event.Authenticated) {
            givePlaceBack(session);
            ConnectionState.of(session).deadline(
                    timer.schedule(() -> closeUnlessSettled(session), pairingTimeout.toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    @Override
    public void sessionClosed(Session session) {
        ConnectionState.of(session).cancelDeadline();
        givePlaceBack(session);
    }

    private void givePlaceBack(Session session) {
        ConnectionState state = ConnectionState.of(session);
        if (state.givePlaceBack()) {
            admission.leftUnauthenticated(state.source());
        }
    }

    private void closeUnlessLoggedIn(Session session) {
        if (session.isOpen() && !session.isAuthenticated()) {
            ConnectionState state = ConnectionState.of(session);
            admission.refusals().refused("auth-timeout", state.source(), "not logged in within " + authTimeout.toSeconds() + " s");
            session.close(true);
        }
    }

    private void closeUnlessSettled(Session session) {
        ConnectionState state = ConnectionState.of(session);
        if (session.isOpen() && !state.isSettled()) {
            admission.refusals().refused("pairing-timeout", state.source(), "not paired within "
                    + pairingTimeout.toSeconds() + " s");
            LOG.debug("Closing {}: logged in but not paired in time", session);
            session.close(false);
        }
    }

    /** Thrown to make SSHD close a connection it just accepted; never carries a stack trace. */
    static final class RefusedConnectionException extends RuntimeException {
        RefusedConnectionException(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
