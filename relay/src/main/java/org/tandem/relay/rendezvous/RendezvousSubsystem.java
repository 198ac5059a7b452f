package org.tandem.relay.rendezvous;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
import org.tandem.relay.limit.BackoffLimiter;
import org.tandem.relay.pipe.AsyncPipe;
import org.tandem.relay.pipe.ChannelWriter;
import org.tandem.shared.relay.RelayMessage;
import org.tandem.shared.relay.RelayMessageCodec;
import org.tandem.shared.relay.RelayProtocolException;

import static org.tandem.relay.rendezvous.RendezvousLabels.describe;
import static org.tandem.relay.rendezvous.RendezvousLabels.shortName;
import static org.tandem.relay.rendezvous.RendezvousLabels.shortToken;
import static org.tandem.relay.rendezvous.RendezvousLabels.typeOf;

/**
 * One {@code tandem} channel, driven entirely by SSHD's I/O callbacks: no thread of its own.
 * Before pairing it reads relay envelope lines as data arrives: a technician creates a nameplate
 * and waits, a customer joins one. After {@code paired} it is one end of an {@link AsyncPipe}.
 *
 * <p>A technician says nothing after {@code created} until it reads {@code paired}. So the first
 * byte it sends while its nameplate is still waiting is the start of a request to leave (or a
 * mistake), and the first byte after a customer claimed the nameplate is already piped data.
 * Pairing and withdrawing both happen under the service's lock, which settles which case it is.
 */
public final class RendezvousSubsystem extends DataReceiverCommand implements AsyncPipe.End {
    private static final Logger LOG = LoggerFactory.getLogger(RendezvousSubsystem.class);
    private static final RelayMessageCodec CODEC = new RelayMessageCodec();
    private static final Runnable NOTHING = () -> { };

    /** WAITING: under a nameplate; RESUMING: under a resume token. */
    private enum State { NEW, WAITING, RESUMING, PAIRED, CLOSED }

    private final RendezvousService service;
    private final RelayChannelSession channel;
    private final ServerSession session;
    private final ConnectionState connection;
    private final Role role;
    private final String who;
    private final Instant opened;
    private final AtomicBoolean exited = new AtomicBoolean();
    private final AtomicBoolean destroyed = new AtomicBoolean();
    private final ResumeRendezvous resumption;
    private EnvelopeLineReader lines = new EnvelopeLineReader();
    private ChannelWriter writer;
    private volatile State state = State.NEW;
    private volatile AsyncPipe pipe;
    private volatile String nameplate;
    private volatile String resumeToken;
    private volatile ScheduledFuture<?> lapse;
    private Instant pairedAt;
    private int misses;
    private boolean withdrawn;

    RendezvousSubsystem(RendezvousService service, RelayChannelSession channel) {
        this.service = service;
        this.channel = channel;
        this.session = channel.getServerSession();
        this.connection = ConnectionState.of(session);
        this.role = Role.of(session);
        this.who = role.name().toLowerCase() + " " + session.getUsername() + "@" + connection.source();
        this.opened = service.clock().instant();
        this.resumption = new ResumeRendezvous(service, this);
    }

    // SSHD wiring

    @Override
    public void setIoOutputStream(IoOutputStream out) {
        this.writer = new ChannelWriter(out, new ChannelWriter.Target() {
            @Override
            public void endOfData() throws IOException {
                channel.sendEndOfData();
            }

            @Override
            public void failed(IOException e) {
                LOG.debug("Writing to {} failed: {}", who, e.toString());
                AsyncPipe paired = pipe;
                if (paired != null) {
                    paired.close();
                } else {
                    close();
                }
            }
        });
    }

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
        cancelLapse();
        service.closed(this);
        AsyncPipe paired = pipe;
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
                service.registry().finished(nameplate, this);
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
            pipe.forward(this, buf, start, len);
            return 0;
        }
        if (now == State.CLOSED) {
            return len;
        }
        if ((now == State.WAITING || now == State.RESUMING) && !withdrawUnlessPaired()) {
            service.piped(len);
            pipe.forward(this, buf, start, len);
            return 0;
        }
        return envelope(buf, start, len);
    }

    /** SSH EOF from the client, or the channel closing. */
    @Override
    public void close() {
        State now = state;
        if (now == State.PAIRED) {
            pipe.inputEnded(this);
        } else if (now != State.CLOSED) {
            closeChannel();
        }
    }

    // AsyncPipe.End

    @Override
    public ChannelWriter writer() {
        return writer;
    }

    @Override
    public void closeEnd() {
        closeChannel();
    }

    @Override
    public void releaseWindow(int bytes) {
        try {
            channel.getLocalWindow().release(bytes);
        } catch (IOException e) {
            LOG.debug("Window adjust to {} failed: {}", who, e.toString());
            closeChannel();
        }
    }

    long queuedBytes() {
        ChannelWriter current = writer;
        return current == null ? 0 : current.queuedBytes();
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
                        pipe.forward(this, buf, start + taken, len - taken);
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
        if (role == Role.TECHNICIAN) {
            if (message instanceof RelayMessage.Create) {
                create();
            } else if (message instanceof RelayMessage.Join) {
                refuse(RelayMessage.Error.NOT_ALLOWED, "A technician creates sessions; only a customer joins one.");
            } else {
                refuse(RelayMessage.Error.BAD_REQUEST, "Expected {\"type\":\"create\"}, got " + typeOf(message) + ".");
            }
            return;
        }
        if (message instanceof RelayMessage.Join join) {
            join(join.nameplate());
        } else if (message instanceof RelayMessage.Create) {
            refuse(RelayMessage.Error.NOT_ALLOWED, "Only a technician can create a session; a customer joins one.");
        } else {
            refuse(RelayMessage.Error.BAD_REQUEST, "Expected {\"type\":\"join\",\"nameplate\":\"...\"}, got "
                    + typeOf(message) + ".");
        }
    }

    private void create() {
        BackoffLimiter.Verdict verdict = service.admission().create(technicianId(), connection.source());
        if (!verdict.allowed()) {
            refuse(new RelayMessage.Error(RelayMessage.Error.RATE_LIMITED, "This technician created too many sessions"
                    + " lately. Try again in " + verdict.retryAfterSeconds() + " s.", verdict.retryAfterSeconds()));
            return;
        }
        String reserved;
        synchronized (service.lock()) {
            if (state != State.NEW) {
                return;
            }
            try {
                reserved = service.registry().reserve(this);
            } catch (IllegalStateException e) {
                LOG.warn("No nameplate for {}: {}", who, e.getMessage());
                reserved = null;
            }
            if (reserved != null) {
                nameplate = reserved;
                state = State.WAITING;
                writeLine(new RelayMessage.Created(reserved));
            }
        }
        if (reserved == null) {
            refuse(new RelayMessage.Error(RelayMessage.Error.RATE_LIMITED, "The relay holds as many sessions as it can."
                    + " Try again in a minute.", 60L));
            return;
        }
        connection.settle();
        lapse = service.timer().schedule(this::lapse, service.nameplateLifetime().toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Nameplate {} created by {}", shortName(reserved), who);
        service.audit().write("create", Map.of("source", connection.source(), "technician", String.valueOf(connection.technician()),
                "key", String.valueOf(connection.keyFingerprint()), "nameplate", shortName(reserved)));
    }

    private void join(String wanted) {
        BackoffLimiter.Verdict verdict = service.admission().join(connection.source());
        if (!verdict.allowed()) {
            writeLine(new RelayMessage.Error(RelayMessage.Error.RATE_LIMITED, "Too many tries from your network."
                    + " Wait " + verdict.retryAfterSeconds() + " s, then check the code with your technician and try"
                    + " again.", verdict.retryAfterSeconds()));
            return;
        }
        JoinResult<RendezvousSubsystem> result;
        RendezvousSubsystem technician = null;
        synchronized (service.lock()) {
            if (state != State.NEW) {
                return;
            }
            result = service.registry().join(wanted);
            if (result instanceof JoinResult.Joined<RendezvousSubsystem> joined) {
                RendezvousSubsystem owner = joined.owner();
                if (owner.state == State.WAITING && owner.channel.isOpen() && !owner.channel.isClosing()) {
                    pairWith(owner);
                    technician = owner;
                }
            }
        }
        String where = shortName(wanted);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("source", connection.source());
        fields.put("nameplate", where);
        if (technician != null) {
            technician.cancelLapse();
            connection.settle();
            pairedAt = service.clock().instant();
            technician.pairedAt = pairedAt;
            service.pairedCountChanged(1);
            LOG.info("Nameplate {} paired: {} with {}", where, technician.who, who);
            fields.put("technician", String.valueOf(technician.connection.technician()));
            service.audit().write("pair", fields);
            return;
        }
        JoinFailure failure = JoinFailure.of(result);
        String outcome = failure.outcome();
        if (failure.countsAsMiss()) {
            missed();
        }
        if (result instanceof JoinResult.Burned<RendezvousSubsystem> burned) {
            burned.owner().tellBurned();
        } else if (result instanceof JoinResult.Expired<RendezvousSubsystem> expired) {
            expired.owner().tellLapsed();
        }
        answer(failure.code(), failure.message());
        if (result instanceof JoinResult.Burned<RendezvousSubsystem> burned) {
            service.audit().write("burn", Map.of("source", connection.source(), "nameplate", where,
                    "technician", String.valueOf(burned.owner().connection.technician())));
        }
        fields.put("result", outcome);
        service.audit().write("join", fields);
        LOG.info("{} could not join {}: {}", who, where, outcome);
        if (misses >= service.maxJoinAttempts() && state != State.CLOSED) {
            refuse(RelayMessage.Error.NOT_ALLOWED, "Too many session codes that lead nowhere; check the code with your"
                    + " technician and connect again.");
        }
    }

    // the resume rendezvous's view of this channel

    Role role() {
        return role;
    }

    ConnectionState connection() {
        return connection;
    }

    String who() {
        return who;
    }

    /** Under the service lock: whether this channel asked for nothing yet. */
    boolean isNew() {
        return state == State.NEW;
    }

    /** Under the service lock: whether this channel waits under a resume token and is still open. */
    boolean waitsToResume() {
        return state == State.RESUMING && channel.isOpen() && !channel.isClosing();
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

    /** Under the service lock: both channels become ends of one pipe; "paired" goes out first on each. */
    private void pairWith(RendezvousSubsystem technician) {
        this.nameplate = technician.nameplate;
        link(new AsyncPipe(technician, this), technician);
    }

    /** Under the service lock: this channel and {@code other} become the ends of {@code paired}. */
    void link(AsyncPipe paired, RendezvousSubsystem other) {
        other.pipe = paired;
        this.pipe = paired;
        writeLine(new RelayMessage.Paired());
        other.writeLine(new RelayMessage.Paired());
        other.state = State.PAIRED;
        this.state = State.PAIRED;
    }

    /** Under the service lock: takes this channel out of whichever registry it waits in. */
    private boolean withdraw(State from) {
        if (from == State.WAITING) {
            return service.registry().release(nameplate, this);
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
                LOG.info("{} withdrawn by {}", state == State.WAITING ? "Nameplate " + shortName(nameplate)
                        : "Resume " + shortToken(resumeToken), who);
            }
            return true;
        }
    }

    private void lapse() {
        boolean lapsed;
        synchronized (service.lock()) {
            lapsed = state == State.WAITING && !withdrawn && service.registry().release(nameplate, this);
        }
        if (lapsed) {
            tellLapsed();
        }
    }

    /** Called on the technician's side when its nameplate lapsed. */
    private void tellLapsed() {
        cancelLapse();
        LOG.info("Nameplate {} of {} lapsed: nobody joined within {}", shortName(nameplate), who, service.nameplateLifetime());
        service.audit().write("expire", Map.of("source", connection.source(), "nameplate", shortName(nameplate)));
        refuse(RelayMessage.Error.EXPIRED, "No customer joined within " + describe(service.nameplateLifetime())
                + "; the session code has expired. Create a new session.");
    }

    /** Called on the technician's side by the customer whose failed join burned the nameplate. */
    private void tellBurned() {
        cancelLapse();
        refuse(RelayMessage.Error.BURNED, "Nobody can join this session any more: " + NameplateRegistry.MAX_FAILED_JOINS
                + " tries with a wrong code were made. Create a new session and read its code to your customer.");
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
        } else if (state != State.CLOSED && writer != null) {
            synchronized (service.lock()) {
                withdraw(state);
                state = State.CLOSED;
            }
            cancelLapse();
            writeLine(new RelayMessage.Closing());
            writer.whenDrained(() -> said.complete(null));
        } else {
            said.complete(null);
        }
        return said;
    }

    /** Shutdown, second step. */
    void closeForShutdown() {
        closeChannel();
    }

    private void cancelLapse() {
        ScheduledFuture<?> pending = lapse;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    /** Sends an error and leaves the channel open, e.g. for another join. */
    private void answer(String code, String message) {
        writeLine(new RelayMessage.Error(code, message));
    }

    private void refuse(String code, String message) {
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
        writer.whenDrained(this::closeChannel);
    }

    private void writeLine(RelayMessage message) {
        writer.write(CODEC.encode(message), NOTHING);
    }

    private void closeChannel() {
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
                channel.close(false);
            }
        }
    }

    @Override
    public String toString() {
        return "tandem channel of " + who + " (" + state.name().toLowerCase() + ")";
    }
}
