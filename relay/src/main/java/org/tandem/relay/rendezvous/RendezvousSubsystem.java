package org.tandem.relay.rendezvous;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.relay.auth.Role;
import org.tandem.relay.channel.RelayChannelSession;
import org.tandem.relay.pipe.BytePipe;
import org.tandem.shared.relay.RelayMessage;
import org.tandem.shared.relay.RelayMessageCodec;
import org.tandem.shared.relay.RelayProtocolException;

/**
 * One {@code tandem} channel. Before pairing it speaks the relay envelope: a technician creates a
 * nameplate and waits, a customer joins one. After {@code paired} it is one end of a
 * {@link BytePipe} and its thread copies what it receives to the other channel.
 *
 * <p>A technician says nothing after {@code created} until it reads {@code paired}. So the first
 * byte it sends while its nameplate is still waiting is the start of a request to leave (or a
 * mistake), and the first byte after a customer claimed the nameplate is already piped data.
 * Withdrawing the nameplate and claiming it are atomic in the registry, which settles which case
 * it is.
 */
public final class RendezvousSubsystem implements Command, BytePipe.End {
    private static final Logger LOG = LoggerFactory.getLogger(RendezvousSubsystem.class);

    private final RendezvousService service;
    private final RelayMessageCodec codec = new RelayMessageCodec();
    /** Guards envelope lines written to this channel by other threads (a joining customer, the timer). */
    private final Object envelopeLock = new Object();
    private final CompletableFuture<BytePipe> pipe = new CompletableFuture<>();
    private final AtomicBoolean exited = new AtomicBoolean();

    private InputStream in;
    private OutputStream out;
    private ExitCallback exitCallback;
    private RelayChannelSession channel;
    private String who = "?";
    private volatile String nameplate;
    private volatile ScheduledFuture<?> lapse;

    RendezvousSubsystem(RendezvousService service) {
        this.service = service;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // nothing is ever written to stderr
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exitCallback = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        if (!(channel instanceof RelayChannelSession relayChannel)) {
            throw new IllegalStateException("The tandem subsystem needs a RelayChannelSession, got " + channel);
        }
        this.channel = relayChannel;
        ServerSession session = channel.getServerSession();
        Role role = Role.of(session);
        who = role.name().toLowerCase() + " " + session.getUsername() + "@" + session.getClientAddress();
        service.channelThreads().execute(() -> serve(role));
    }

    @Override
    public void destroy(ChannelSession channel) {
        String waitingUnder = nameplate;
        if (waitingUnder != null && service.registry().release(waitingUnder, this)) {
            cancelLapse();
            LOG.info("Nameplate {} withdrawn: {} left", waitingUnder, who);
        } else if (waitingUnder != null && service.registry().finished(waitingUnder, this)) {
            LOG.info("Nameplate {} finished: {} left", waitingUnder, who);
        }
        pipe.completeExceptionally(new CancellationException("channel closed"));
        if (!pipe.isCompletedExceptionally()) {
            pipe.join().gone(this);
        }
    }

    // BytePipe.End

    @Override
    public InputStream input() {
        return in;
    }

    @Override
    public OutputStream output() {
        return out;
    }

    @Override
    public void finishOutput() throws IOException {
        out.close();
        channel.sendEndOfData();
    }

    @Override
    public void close() {
        if (exited.compareAndSet(false, true)) {
            exitCallback.onExit(0);
        }
    }

    // the channel's own thread

    private void serve(Role role) {
        try {
            if (role == Role.TECHNICIAN) {
                serveTechnician();
            } else {
                serveCustomer();
            }
        } catch (RelayProtocolException e) {
            LOG.debug("Unreadable request from {}", who, e);
            refuse(RelayMessage.Error.BAD_REQUEST, e.getMessage() + ". Send one JSON relay message a line.");
        } catch (IOException e) {
            LOG.debug("Channel of {} ended: {}", who, e.toString());
        } catch (RuntimeException e) {
            LOG.error("Channel of {} failed", who, e);
        } finally {
            if (!pipe.isDone() || pipe.isCompletedExceptionally()) {
                close();
            }
        }
    }

    private void serveTechnician() throws IOException {
        Optional<RelayMessage> request = codec.read(in);
        if (request.isEmpty() || request.get() instanceof RelayMessage.Close) {
            return;
        }
        RelayMessage message = request.get();
        if (message instanceof RelayMessage.Create) {
            synchronized (envelopeLock) {
                nameplate = service.registry().reserve(this);
                codec.write(out, new RelayMessage.Created(nameplate));
            }
            lapse = service.timer().schedule(this::lapse, service.nameplateLifetime().toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("Nameplate {} created by {}", nameplate, who);
            awaitCustomer();
        } else if (message instanceof RelayMessage.Join) {
            refuse(RelayMessage.Error.NOT_ALLOWED, "A technician creates sessions; only a customer joins one.");
        } else {
            refuse(RelayMessage.Error.BAD_REQUEST, "Expected {\"type\":\"create\"}, got " + typeOf(message) + ".");
        }
    }

    private void awaitCustomer() throws IOException {
        int first = in.read();
        if (service.registry().release(nameplate, this)) {
            cancelLapse();
            LOG.info("Nameplate {} withdrawn by {}", nameplate, who);
            if (first >= 0) {
                InputStream line = new SequenceInputStream(new ByteArrayInputStream(new byte[] {(byte) first}), in);
                Optional<RelayMessage> next = codec.read(line);
                if (next.isPresent() && !(next.get() instanceof RelayMessage.Close)) {
                    refuse(RelayMessage.Error.BAD_REQUEST, "Send nothing but {\"type\":\"close\"} until {\"type\":\"paired\"}.");
                }
            }
            return;
        }
        BytePipe paired;
        try {
            paired = pipe.join();
        } catch (CancellationException | CompletionException e) {
            return;
        }
        paired.pump(this, first);
        LOG.debug("{} stopped sending after {} bytes", who, paired.bytesFrom(this));
    }

    private void serveCustomer() throws IOException {
        int misses = 0;
        while (true) {
            Optional<RelayMessage> request = codec.read(in);
            if (request.isEmpty() || request.get() instanceof RelayMessage.Close) {
                return;
            }
            RelayMessage message = request.get();
            if (message instanceof RelayMessage.Create) {
                refuse(RelayMessage.Error.NOT_ALLOWED, "Only a technician can create a session; a customer joins one.");
                return;
            }
            if (!(message instanceof RelayMessage.Join join)) {
                refuse(RelayMessage.Error.BAD_REQUEST, "Expected {\"type\":\"join\",\"nameplate\":\"...\"}, got "
                        + typeOf(message) + ".");
                return;
            }
            if (tryJoin(join.nameplate())) {
                return;
            }
            misses++;
            if (misses >= service.maxJoinAttempts()) {
                refuse(RelayMessage.Error.NOT_ALLOWED, "Too many session codes that lead nowhere; check the code"
                        + " with your technician and connect again.");
                return;
            }
        }
    }

    /** Joins and pipes until the session ends; false when the nameplate led nowhere. */
    private boolean tryJoin(String wanted) throws IOException {
        JoinResult<RendezvousSubsystem> result = service.registry().join(wanted);
        if (result instanceof JoinResult.Expired<RendezvousSubsystem> expired) {
            expired.owner().cancelLapse();
            expired.owner().tellLapsed(wanted);
            answer(RelayMessage.Error.EXPIRED, "The session code " + wanted + "-… has expired. Ask your technician"
                    + " for a new one.");
            return false;
        }
        if (result instanceof JoinResult.WrongCheck<RendezvousSubsystem> wrong) {
            LOG.info("{} failed to join nameplate {}…: wrong second part ({} of {})", who,
                    wanted.substring(0, NameplateRegistry.KEY_DIGITS), wrong.failures(), NameplateRegistry.MAX_FAILED_JOINS);
            answerUnknown(wanted);
            return false;
        }
        if (result instanceof JoinResult.Burned<RendezvousSubsystem> burned) {
            LOG.info("{} failed to join nameplate {}… for the last time allowed: burned", who,
                    wanted.substring(0, NameplateRegistry.KEY_DIGITS));
            burned.owner().tellBurned();
            answerUnknown(wanted);
            return false;
        }
        if (result instanceof JoinResult.WasBurned<RendezvousSubsystem>) {
            answer(RelayMessage.Error.BURNED, "The session code was blocked after too many wrong tries. Ask your"
                    + " technician for a new one.");
            return false;
        }
        if (result instanceof JoinResult.InUse<RendezvousSubsystem>) {
            LOG.info("{} asked for nameplate {}, which another customer joined already", who, wanted);
            answer(RelayMessage.Error.IN_USE, "The session code " + wanted + "-… is already in use. Ask your"
                    + " technician for a new one.");
            return false;
        }
        if (!(result instanceof JoinResult.Joined<RendezvousSubsystem> joined)) {
            LOG.info("{} asked for nameplate {}, which nobody is waiting under", who, wanted);
            answerUnknown(wanted);
            return false;
        }
        RendezvousSubsystem technician = joined.owner();
        technician.cancelLapse();
        if (!technician.sendPaired()) {
            technician.abandon();
            answer(RelayMessage.Error.UNKNOWN_NAMEPLATE, "The technician waiting under " + wanted + " has just left.");
            return false;
        }
        try {
            codec.write(out, new RelayMessage.Paired());
        } catch (IOException e) {
            technician.abandon();
            throw e;
        }
        // Only now may the technician's thread write to this channel: "paired" must come first.
        BytePipe paired = new BytePipe(technician, this, service.pipeBufferSize());
        pipe.complete(paired);
        if (!technician.pipe.complete(paired)) {
            paired.close();
            return true;
        }
        LOG.info("Nameplate {} paired: {} with {}", wanted, technician.who, who);
        paired.pump(this, -1);
        LOG.debug("{} stopped sending after {} bytes", who, paired.bytesFrom(this));
        return true;
    }

    /** Called on the technician's side by the joining customer's thread. */
    private boolean sendPaired() {
        synchronized (envelopeLock) {
            try {
                codec.write(out, new RelayMessage.Paired());
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** Ends a technician's channel whose pairing fell through. */
    private void abandon() {
        pipe.completeExceptionally(new CancellationException("pairing fell through"));
        close();
    }

    private void lapse() {
        String waitingUnder = nameplate;
        if (waitingUnder != null && service.registry().release(waitingUnder, this)) {
            tellLapsed(waitingUnder);
        }
    }

    private void tellLapsed(String waitingUnder) {
        LOG.info("Nameplate {} of {} lapsed: nobody joined within {}", waitingUnder, who, service.nameplateLifetime());
        pipe.completeExceptionally(new CancellationException("nameplate lapsed"));
        refuse(RelayMessage.Error.EXPIRED, "No customer joined within " + describe(service.nameplateLifetime())
                + "; nameplate " + waitingUnder + " has expired. Create a new session.");
    }

    /** Called on the technician's side by the customer whose failed join burned the nameplate. */
    private void tellBurned() {
        cancelLapse();
        pipe.completeExceptionally(new CancellationException("nameplate burned"));
        refuse(RelayMessage.Error.BURNED, "Nobody can join this session any more: " + NameplateRegistry.MAX_FAILED_JOINS
                + " tries with a wrong code were made. Create a new session and read its code to your customer.");
    }

    /** The same answer whether nothing waits under the number or only its first part matched. */
    private void answerUnknown(String wanted) throws IOException {
        answer(RelayMessage.Error.UNKNOWN_NAMEPLATE, "No technician is waiting under that code. Check the code with"
                + " your technician.");
    }

    private void cancelLapse() {
        ScheduledFuture<?> pending = lapse;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    /** Sends an error and leaves the channel open, e.g. for another join. */
    private void answer(String code, String message) throws IOException {
        synchronized (envelopeLock) {
            codec.write(out, new RelayMessage.Error(code, message));
        }
    }

    /** Sends an error and closes the channel. */
    private void refuse(String code, String message) {
        LOG.info("Refused {}: {} ({})", who, code, message);
        try {
            answer(code, message);
        } catch (IOException e) {
            LOG.debug("Could not tell {} why: {}", who, e.toString());
        }
        close();
    }

    private static String typeOf(RelayMessage message) {
        return '"' + message.getClass().getSimpleName().toLowerCase() + '"';
    }

    private static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
