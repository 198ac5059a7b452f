package org.tandem.relay.connection;

import java.time.Instant;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.session.Session;
import org.tandem.relay.limit.SourceAddress;

/**
 * What the relay remembers about one SSH connection, kept on the session: where it comes from,
 * whether it still holds a place among the connections not logged in, how many login attempts
 * it made, who logged in, and whether it used its one channel.
 */
public final class ConnectionState {
    private static final AttributeKey<ConnectionState> KEY = new AttributeKey<>();

    private final String source;
    private final Instant opened;
    private final AtomicBoolean holdsPlace = new AtomicBoolean();
    private final AtomicBoolean userAuthStarted = new AtomicBoolean();
    private final AtomicBoolean channelOpened = new AtomicBoolean();
    private final AtomicBoolean settled = new AtomicBoolean();
    private final AtomicInteger loginAttempts = new AtomicInteger();
    private volatile String firstUser;
    private volatile String technician;
    private volatile String keyFingerprint;
    private volatile Future<?> deadline;

    private ConnectionState(String source, Instant opened) {
        this.source = source;
        this.opened = opened;
    }

    /** The state of {@code session}, made on first use. */
    public static ConnectionState of(Session session) {
        return session.computeAttributeIfAbsent(KEY,
                k -> new ConnectionState(SourceAddress.of(session.getIoSession().getRemoteAddress()), Instant.now()));
    }

    public String source() {
        return source;
    }

    public Instant opened() {
        return opened;
    }

    /** Marks that this connection took a place among those not logged in. */
    void tookPlace() {
        holdsPlace.set(true);
    }

    /** True once: when the place taken should be given back. */
    boolean givePlaceBack() {
        return holdsPlace.compareAndSet(true, false);
    }

    /** True the first time the {@code ssh-userauth} service is asked for, false after. */
    public boolean startUserAuth() {
        return userAuthStarted.compareAndSet(false, true);
    }

    /** Counts a login attempt and returns how many there were, this one included. */
    public int countLoginAttempt() {
        return loginAttempts.incrementAndGet();
    }

    /** Records the user name of the first login attempt and tells whether {@code user} is the same. */
    public boolean sameUserAsFirst(String user) {
        if (firstUser == null) {
            firstUser = user;
        }
        return firstUser.equals(user);
    }

    /** True the first time a channel is opened, false after: one channel per connection. */
    public boolean openChannel() {
        return channelOpened.compareAndSet(false, true);
    }

    /** The connection got what it came for: paired, or a technician holds a nameplate. */
    public void settle() {
        settled.set(true);
    }

    public boolean isSettled() {
        return settled.get();
    }

    /** The pending deadline (auth or pairing timeout); a new one cancels the one before. */
    void deadline(Future<?> next) {
        Future<?> before = deadline;
        deadline = next;
        if (before != null) {
            before.cancel(false);
        }
    }

    /** Cancels the pending deadline, when the connection closed. */
    void cancelDeadline() {
        deadline(null);
    }

    public void technician(String name, String fingerprint) {
        this.technician = name;
        this.keyFingerprint = fingerprint;
    }

    /** The technician's name from the technicians file, or null for a customer. */
    public String technician() {
        return technician;
    }

    /** The technician key's fingerprint, or null for a customer. */
    public String keyFingerprint() {
        return keyFingerprint;
    }
}
