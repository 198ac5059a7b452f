package org.tandem.relay.rendezvous;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.sshd.common.io.IoOutputStream;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.relay.auth.Role;
import org.tandem.relay.channel.RelayChannelSession;
import org.tandem.relay.connection.ConnectionState;
import org.tandem.relay.pipe.AsyncPipe;
import org.tandem.shared.relay.RelayMessage;
import org.tandem.shared.relay.RelayProtocolException;

import static org.tandem.relay.rendezvous.RendezvousLabels.shortName;
import static org.tandem.relay.rendezvous.RendezvousLabels.shortToken;

/**
 * One {@code tandem} channel, driven entirely by SSHD's I/O callbacks: no thread of its own.
 * Before pairing it reads relay envelope lines as data arrives: a technician creates a nameplate
 * and waits, a customer joins one ({@link NameplateRendezvous}), or either side resumes a session
 * ({@link ResumeRendezvous}). After {@code paired} it is one end of an {@link AsyncPipe}.
 *
 * <p>A technician says nothing after {@code created} until it reads {@code paired}. So the first
 * byte it sends while its nameplate is still waiting is the start of a request to leave (or a
 * mistake), and the first byte after a customer claimed the nameplate is already piped data.
 * Pairing and withdrawing both happen under the service's lock, which settles which case it is.
 */
public final class RendezvousSubsystem extends PipeEndCommand {
    private static final Logger LOG = LoggerFactory.getLogger(RendezvousSubsystem.class);

    /** WAITING: under a nameplate; RESUMING: under a resume token. */
    private enum State { NEW, WAITING, RESUMING, PAIRED, CLOSED }

    private final RendezvousService service;
    private final ServerSession session;
    private final ConnectionState connection;
    private final Role role;
    private final String who;
    private final Instant opened;
    private final AtomicBoolean exited = new AtomicBoolean();
    private final AtomicBoolean destroyed = new AtomicBoolean();
    private final NameplateRendezvous nameplates;
    private final ResumeRendezvous resumption;
    private EnvelopeLineReader lines = new EnvelopeLineReader();
    private volatile State state = State.NEW;
    private volatile String resumeToken;
    private Instant pairedAt;
    private int misses;
    private boolean withdrawn;

    RendezvousSubsystem(RendezvousService service, RelayChannelSession channel) {
        super(channel);
        this.service = service;
        this.session = channel.getServerSession();
        this.connection = ConnectionState.of(session);
        this.role = Role.of(session);
        this.who = role.name().toLowerCase() + " " + session.getUsername() + "@" + connection.source();
        this.opened = service.clock().instant();
        this.nameplates = new NameplateRendezvous(service, this);
        this.resumption = new ResumeRendezvous(service, this);
    }

    // SSHD wiring

    @Override
    public void start(ChannelSession channelSession, Environment env) {
        service.opened(this);
        LOG.debug("Channel of {} opened", who);
    }

    @Override
    public void destroy(ChannelSession channelSession) {
        if (!destroyed.compareAndSet(false, true)) {
            return;
        }
        State before;
        synchronized (service.lock()) {
            before = state;
            state = State.CLOSED;
            withdraw(before);
        }
        nameplates.cancelLapse();
        service.closed(this);
        AsyncPipe paired = pipe();
        String nameplate = nameplates.nameplate();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("source", connection.source());
        fields.put("role", role.name().toLowerCase());
        if (nameplate != null) {
            fields.put("nameplate", shortName(nameplate));
        }
        if (resumeToken != null) {
            fields.put("token", shortToken(resumeToken));
        }
        fields.put("seconds", Duration.between(opened, service.clock().instant()).toSeconds());
        if (paired != null) {
            if (before == State.PAIRED && role == Role.TECHNICIAN) {
                service.pairedCountChanged(-1);
            }
            fields.put("bytesIn", paired.bytesFrom(this));
            fields.put("bytesOut", paired.bytesFrom(paired.peer(this)));
            fields.put("pairedSeconds", pairedAt == null ? 0 : Duration.between(pairedAt, service.clock().instant()).toSeconds());
            paired.gone(this);
            if (role == Role.TECHNICIAN) {
                nameplates.finished();
            }
        }
        service.audit().write("close", fields);
        LOG.debug("Channel of {} closed", who);
        // One channel per connection: with it, the connection has done all it may do.
        session.close(false);
    }

    // ChannelDataReceiver: called on SSHD's I/O threads

    @Override
    public int data(ChannelSession channelSession, byte[] buf, int start, int len) throws IOException {
        State now = state;
        if (now == State.PAIRED) {
            service.piped(len);
            pipe().forward(this, buf, start, len);
            return 0;
        }
        if (now == State.CLOSED) {
            return len;
        }
        if ((now == State.WAITING || now == State.RESUMING) && !withdrawUnlessPaired()) {
            service.piped(len);
            pipe().forward(this, buf, start, len);
            return 0;
        }
        return envelope(buf, start, len);
    }

    /** SSH EOF from the client, or the channel closing. */
    @Override
    public void close() {
        State now = state;
        if (now == State.PAIRED) {
            pipe().inputEnded(this);
        } else if (now != State.CLOSED) {
            closeChannel();
        }
    }

    // envelope

    private int envelope(byte[] buf, int start, int len) {
        int taken = 0;
        try {
            while (taken < len) {
                taken += lines.feed(buf, start + taken, len - taken);
                byte[] line = lines.take();
                if (line == null) {
                    return len;
                }
                handle(CODEC.decode(line));
                State now = state;
                if (now == State.PAIRED) {
                    lines = null;
                    if (taken < len) {
                        service.piped(len - taken);
                        pipe().forward(this, buf, start + taken, len - taken);
                    }
                    return taken;
                }
                if (now == State.CLOSED) {
                    return len;
                }
            }
        } catch (RelayProtocolException e) {
            LOG.debug("Unreadable request from {}", who, e);
            refuse(RelayMessage.Error.BAD_REQUEST, e.getMessage() + ". Send one JSON relay message a line.");
            return len;
        }
        return taken;
    }

    private void handle(RelayMessage message) {
        if (message instanceof RelayMessage.Close) {
            closeChannel();
            return;
        }
        if (state == State.WAITING || state == State.RESUMING) {
            refuse(RelayMessage.Error.BAD_REQUEST, "Send nothing but {\"type\":\"close\"} until {\"type\":\"paired\"}.");
            return;
        }
        if (message instanceof RelayMessage.Resume resume) {
            resumption.resume(resume.token());
            return;
        }
        nameplates.request(message);
    }

    // the nameplate and resume rendezvous's view of this channel

    Role role() {
        return role;
    }

    ConnectionState connection() {
        return connection;
    }

    @Override
    String who() {
        return who;
    }

    /** Under the service lock: whether this channel asked for nothing yet. */
    boolean isNew() {
        return state == State.NEW;
    }

    /** Under the service lock: whether this channel waits under a resume token and is still open. */
    boolean waitsToResume() {
        return state == State.RESUMING && channel().isOpen() && !channel().isClosing();
    }

    /** Under the service lock: this channel resumes the session of {@code token}. */
    void resumesUnder(String token) {
        resumeToken = token;
    }

    /** Under the service lock: this channel waits under {@code token} for the other side. */
    void waitsUnder(String token) {
        resumeToken = token;
        state = State.RESUMING;
    }

    void pairedAt(Instant when) {
        pairedAt = when;
    }

    NameplateRendezvous nameplates() {
        return nameplates;
    }

    /** Whether this channel, still open, missed as many nameplates as a channel may. */
    boolean missedTooOften() {
        return misses >= service.maxJoinAttempts() && state != State.CLOSED;
    }

    /** Under the service lock: this technician's channel waits under the nameplate it reserved. */
    void waitsUnderNameplate() {
        state = State.WAITING;
    }

    /** Under the service lock: whether this channel waits under a nameplate and is still open. */
    boolean customerMayJoin() {
        return state == State.WAITING && channel().isOpen() && !channel().isClosing();
    }

    /** Under the service lock: whether this channel waits under a nameplate it did not withdraw. */
    boolean mayLapse() {
        return state == State.WAITING && !withdrawn;
    }

    /** Under the service lock: this channel and {@code other} become the ends of {@code paired}. */
    void link(AsyncPipe paired, RendezvousSubsystem other) {
        other.endOf(paired);
        this.endOf(paired);
        writeLine(new RelayMessage.Paired());
        other.writeLine(new RelayMessage.Paired());
        other.state = State.PAIRED;
        this.state = State.PAIRED;
    }

    /** Under the service lock: takes this channel out of whichever registry it waits in. */
    private boolean withdraw(State from) {
        if (from == State.WAITING) {
            return nameplates.release();
        }
        if (from == State.RESUMING) {
            return service.resumes().release(resumeToken, this);
        }
        return false;
    }

    String technicianId() {
        return connection.keyFingerprint() == null ? session.getUsername() : connection.keyFingerprint();
    }

    void missed() {
        misses++;
        service.admission().joinFailed(connection.source());
    }

    /**
     * A technician's first byte while its nameplate waits: withdraws the nameplate, unless a
     * customer claimed it, in which case the byte is already piped data.
     *
     * @return true when withdrawn (read the bytes as an envelope line), false when paired
     */
    private boolean withdrawUnlessPaired() {
        synchronized (service.lock()) {
            if (state == State.PAIRED) {
                return false;
            }
            if (withdraw(state)) {
                // Only "close" may follow; handle() refuses anything else, as nothing waits any more.
                withdrawn = true;
                LOG.info("{} withdrawn by {}", state == State.WAITING ? "Nameplate " + shortName(nameplates.nameplate())
                        : "Resume " + shortToken(resumeToken), who);
            }
            return true;
        }
    }

    /**
     * Shutdown, first step: paired channels hear {@code closing} on the extended data stream, the
     * others as an envelope line. Nothing is closed yet, so that no channel is closed by its
     * peer's leaving before it heard why.
     *
     * @return completes once the line went out (or could not)
     */
    CompletableFuture<Void> announceClosing() {
        CompletableFuture<Void> said = new CompletableFuture<>();
        byte[] line = CODEC.encode(new RelayMessage.Closing());
        IoOutputStream err = errorStream();
        if (state == State.PAIRED && err != null) {
            try {
                err.writeBuffer(new ByteArrayBuffer(line)).addListener(f -> said.complete(null));
            } catch (IOException | RuntimeException e) {
                said.complete(null);
            }
        } else if (state != State.CLOSED && writer() != null) {
            synchronized (service.lock()) {
                withdraw(state);
                state = State.CLOSED;
            }
            nameplates.cancelLapse();
            writeLine(new RelayMessage.Closing());
            writer().whenDrained(() -> said.complete(null));
        } else {
            said.complete(null);
        }
        return said;
    }

    /** Shutdown, second step. */
    void closeForShutdown() {
        closeChannel();
    }

    void refuse(String code, String message) {
        refuse(new RelayMessage.Error(code, message));
    }

    /** Sends an error and closes the channel once it went out. */
    void refuse(RelayMessage.Error error) {
        synchronized (service.lock()) {
            if (state == State.CLOSED || state == State.PAIRED) {
                return;
            }
            state = State.CLOSED;
        }
        LOG.info("Refused {}: {} ({})", who, error.code(), error.message());
        writeLine(error);
        writer().whenDrained(this::closeChannel);
    }

    @Override
    void closeChannel() {
        if (exited.compareAndSet(false, true)) {
            synchronized (service.lock()) {
                withdraw(state);
                if (state != State.PAIRED) {
                    state = State.CLOSED;
                }
            }
            ExitCallback exitCallback = exitCallback();
            if (exitCallback != null) {
                exitCallback.onExit(0);
            } else {
                channel().close(false);
            }
        }
    }

    @Override
    public String toString() {
        return "tandem channel of " + who + " (" + state.name().toLowerCase() + ")";
    }
}
