package org.tandem.relay.limit;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.tandem.relay.limit.BackoffLimiter.Verdict;

/**
 * The relay's rate limits in one place, asked before anything is done for a request. Each answer
 * that refuses also goes to the {@link RefusalLog}, so callers only act on the verdict.
 */
public final class AdmissionControl {
    /** The key of relay-wide limits. */
    private static final String RELAY = "*";
    private static final int MAX_ADDRESSES = 100_000;

    private final RelayLimits limits;
    private final RefusalLog refusals;
    private final BackoffLimiter joins;
    private final BackoffLimiter failedJoins;
    private final BackoffLimiter allJoins;
    private final BackoffLimiter allFailedJoins;
    private final BackoffLimiter connections;
    private final BackoffLimiter allConnections;
    private final BackoffLimiter failedLogins;
    private final BackoffLimiter nameplates;
    private final ConcurrencyLimiter unauthenticated;

    public AdmissionControl(Clock clock, RelayLimits limits, RefusalLog refusals) {
        Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.refusals = Objects.requireNonNull(refusals, "refusals");
        this.joins = new BackoffLimiter(clock, limits.joinsPerAddress(), MAX_ADDRESSES);
        this.failedJoins = new BackoffLimiter(clock, limits.failedJoinsPerAddress(), MAX_ADDRESSES);
        this.allJoins = new BackoffLimiter(clock, limits.joinsRelayWide(), 1);
        this.allFailedJoins = new BackoffLimiter(clock, limits.failedJoinsRelayWide(), 1);
        this.connections = new BackoffLimiter(clock, limits.connectionsPerAddress(), MAX_ADDRESSES);
        this.allConnections = new BackoffLimiter(clock, limits.connectionsRelayWide(), 1);
        this.failedLogins = new BackoffLimiter(clock, limits.failedLoginsPerAddress(), MAX_ADDRESSES);
        this.nameplates = new BackoffLimiter(clock, limits.nameplatesPerTechnician(), MAX_ADDRESSES);
        this.unauthenticated = new ConcurrencyLimiter(limits.unauthenticatedPerAddress(), limits.unauthenticatedRelayWide());
    }

    public RelayLimits limits() {
        return limits;
    }

    public RefusalLog refusals() {
        return refusals;
    }

    /** A new TCP connection from {@code source}; when allowed it holds a place among those not logged in. */
    public Verdict connection(String source) {
        Duration blocked = failedLogins.blockedFor(source);
        if (!blocked.isZero()) {
            return refuse("failed-logins", source, "new connection while backing off after failed logins", blocked);
        }
        Verdict mine = connections.acquire(source);
        if (!mine.allowed()) {
            return refuse("rate-limited-connection", source, "new connections from this address", mine.retryAfter());
        }
        Verdict all = allConnections.acquire(RELAY);
        if (!all.allowed()) {
            return refuse("rate-limited-connection-relay", source, "new connections to the relay", all.retryAfter());
        }
        if (!unauthenticated.tryAcquire(source)) {
            return refuse("too-many-unauthenticated", source, unauthenticated.open(source) + " connections from this"
                    + " address and " + unauthenticated.openTotal() + " in all not logged in yet", Duration.ofSeconds(1));
        }
        return new Verdict(true, Duration.ZERO);
    }

    /** A connection that held a place among those not logged in logged in, or closed. Call once. */
    public void leftUnauthenticated(String source) {
        unauthenticated.release(source);
    }

    /** A login failed for a reason that counts against the address (see {@link RelayLimits}). */
    public void loginFailed(String source, String detail) {
        failedLogins.record(source);
        refusals.refused("login-failed", source, detail);
    }

    /** Whether logins from {@code source} are refused now. */
    public boolean loginBlocked(String source) {
        return !failedLogins.blockedFor(source).isZero();
    }

    public int loginAttemptsPerConnection() {
        return limits.loginAttemptsPerConnection();
    }

    /** A customer asks to join a nameplate. */
    public Verdict join(String source) {
        Duration blocked = failedJoins.blockedFor(source);
        if (!blocked.isZero()) {
            return refuse("rate-limited-join", source, "join while backing off after joins that led nowhere", blocked);
        }
        Verdict mine = joins.acquire(source);
        if (!mine.allowed()) {
            return refuse("rate-limited-join", source, "joins from this address", mine.retryAfter());
        }
        Duration sweep = allFailedJoins.blockedFor(RELAY);
        if (!sweep.isZero()) {
            return refuse("rate-limited-join-relay", source, "joins while the relay backs off after many that led"
                    + " nowhere", sweep);
        }
        Verdict all = allJoins.acquire(RELAY);
        if (!all.allowed()) {
            return refuse("rate-limited-join-relay", source, "joins to the relay", all.retryAfter());
        }
        return mine;
    }

    /** A join led nowhere: an unknown nameplate or a wrong second half. */
    public void joinFailed(String source) {
        failedJoins.record(source);
        allFailedJoins.record(RELAY);
    }

    /** A technician asks for a nameplate. */
    public Verdict create(String technician, String source) {
        Verdict verdict = nameplates.acquire(technician);
        if (!verdict.allowed()) {
            return refuse("rate-limited-create", source, "nameplates for technician " + technician, verdict.retryAfter());
        }
        return verdict;
    }

    private Verdict refuse(String reason, String source, String detail, Duration retryAfter) {
        refusals.refused(reason, source, detail);
        return new Verdict(false, retryAfter);
    }
}
