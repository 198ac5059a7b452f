package org.tandem.shared.relay.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.channel.ChannelPipedInputStream;
import org.tandem.shared.relay.RelayMessage;
import org.tandem.shared.relay.RelayMessageCodec;
import org.tandem.shared.relay.RelayProtocolException;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * One logged-in SSH session to a relay, with its {@code tandem} channel, before pairing. A
 * technician calls {@link #create} then {@link #awaitPaired}; a customer calls {@link #join},
 * and may call it again after a {@link RelayRefusedException} for an unknown nameplate. Either
 * side calls {@link #resume} to reconnect a session that lost its connection. Once
 * paired, the channel is handed out as a {@link RelayLink} and this object only closes it.
 *
 * <p>{@link #close()} may be called from any thread, also to cancel a waiting call.
 */
public final class RelayConnection implements AutoCloseable {
    private enum State { READY, CREATED, LINKED, CLOSED }

    private final RelayAddress relay;
    private final ClientSession session;
    private final ClientChannel channel;
    private final RelayNotes notes;
    private final EnvelopeInputStream in;
    private final OutputStream out;
    private final RelayMessageCodec codec = new RelayMessageCodec();
    private final AtomicReference<State> state = new AtomicReference<>(State.READY);

    RelayConnection(RelayAddress relay, ClientSession session, ClientChannel channel, RelayNotes notes) {
        this.notes = notes;
        this.relay = relay;
        this.session = session;
        this.channel = channel;
        this.in = new EnvelopeInputStream((ChannelPipedInputStream) channel.getInvertedOut());
        this.out = channel.getInvertedIn();
    }

    /** The relay's host key as OpenSSH shows it, e.g. {@code SHA256:...}. */
    public String hostKeyFingerprint() {
        return Ed25519Keys.fingerprint(session.getServerKey());
    }

    /** Technician: asks the relay for a nameplate and returns it, e.g. {@code "482"}. */
    public String create(Duration timeout) throws IOException {
        Deadline deadline = Deadline.after(timeout);
        requireState(State.READY, "create");
        send(new RelayMessage.Create());
        RelayMessage reply = receive(deadline, "the relay at " + relay + " did not answer within " + deadline.describe());
        if (reply instanceof RelayMessage.Created created) {
            state.compareAndSet(State.READY, State.CREATED);
            return created.nameplate();
        }
        throw unexpected(reply, "created", false);
    }

    /**
     * Technician: waits until a customer joins the nameplate from {@link #create}. A timeout leaves
     * the nameplate waiting, so the call may be repeated.
     *
     * @throws RelayCodeBurnedException when three joins with a wrong code burned the nameplate:
     *     the code is spent, create a new session at once
     * @throws RelayRefusedException when the relay gives up on the nameplate otherwise, e.g.
     *     {@code expired}
     */
    public RelayLink awaitPaired(Duration timeout) throws IOException {
        Deadline deadline = Deadline.after(timeout);
        requireState(State.CREATED, "await a customer");
        RelayMessage reply = receive(deadline, "no customer joined within " + deadline.describe());
        if (reply instanceof RelayMessage.Paired) {
            return link(State.CREATED);
        }
        throw unexpected(reply, "paired", false);
    }

    /**
     * Customer: joins the technician waiting under {@code nameplate}.
     *
     * @param nameplate 1 to 10 digits, the part of the session code before the dash
     * @throws RelayRefusedException when the relay refuses, e.g. {@code unknown-nameplate}; after
     *     {@code unknown-nameplate}, {@code in-use} or {@code expired} the customer may try again on
     *     this connection
     * @throws IllegalArgumentException when {@code nameplate} is not 1 to 10 digits
     */
    public RelayLink join(String nameplate, Duration timeout) throws IOException {
        Deadline deadline = Deadline.after(timeout);
        RelayMessage.Join join = new RelayMessage.Join(nameplate);
        requireState(State.READY, "join");
        send(join);
        RelayMessage reply = receive(deadline, "the relay at " + relay + " did not answer within " + deadline.describe());
        if (reply instanceof RelayMessage.Paired) {
            return link(State.READY);
        }
        throw unexpected(reply, "paired", true);
    }

    /**
     * Either side: asks to be paired again with the other end of a session whose connection was
     * lost, and waits until it is (decision 0013). The relay pairs the two connections presenting
     * the same {@code token}; what the link then carries must first prove, end to end, that both
     * ends hold the session's resume secret.
     *
     * @param token the session's public resume token, {@value RelayMessage#RESUME_TOKEN_HEX} hex digits
     * @throws RelayRefusedException when the relay refuses, e.g. {@code resume-taken} or {@code rate-limited}
     * @throws java.net.SocketTimeoutException when the other side did not come within {@code timeout};
     *     the connection is closed then, as it may be paired any moment
     */
    public RelayLink resume(String token, Duration timeout) throws IOException {
        Deadline deadline = Deadline.after(timeout);
        RelayMessage.Resume resume = new RelayMessage.Resume(token);
        requireState(State.READY, "resume");
        send(resume);
        RelayMessage reply;
        try {
            reply = receive(deadline, "the other side did not reconnect within " + deadline.describe());
        } catch (java.net.SocketTimeoutException e) {
            close();
            throw e;
        }
        if (reply instanceof RelayMessage.Paired) {
            return link(State.READY);
        }
        throw unexpected(reply, "paired", false);
    }

    /** Ends the session with the relay, and with it any link handed out. */
    @Override
    public void close() {
        state.set(State.CLOSED);
        try {
            out.close();
        } catch (IOException ignored) {
            // the channel is going away anyway
        }
        channel.close(false);
        session.close(false);
    }

    /** The SSH keepalive sends nothing from now on ({@link RelayLink#heartbeatsTakeOver}). */
    void keepaliveRests() {
        session.setAttribute(RelayKeepalive.RESTING, Boolean.TRUE);
    }

    boolean isOpen() {
        return state.get() != State.CLOSED && channel.isOpen() && !channel.isClosing();
    }

    private RelayLink link(State from) throws IOException {
        if (!state.compareAndSet(from, State.LINKED)) {
            throw closed();
        }
        return new ChannelRelayLink(this, in.withoutDeadline(), out, notes);
    }

    private void send(RelayMessage message) throws IOException {
        try {
            codec.write(out, message);
        } catch (IOException e) {
            close();
            throw new IOException("Lost the connection to the relay at " + relay + ": " + RelayClient.reason(e), e);
        }
    }

    private RelayMessage receive(Deadline deadline, String timeoutMessage) throws IOException {
        in.expectBefore(deadline);
        Optional<RelayMessage> message;
        try {
            message = codec.read(in);
        } catch (SocketTimeoutException e) {
            if (in.consumed() > 0) {
                close();
            }
            SocketTimeoutException timeout = new SocketTimeoutException(capitalize(timeoutMessage));
            timeout.initCause(e);
            throw timeout;
        } catch (RelayProtocolException e) {
            close();
            throw new RelayProtocolException("The relay at " + relay + " sent something unexpected: " + e.getMessage(), e);
        } catch (IOException e) {
            close();
            if (state.get() == State.CLOSED) {
                throw closed();
            }
            throw new IOException("Lost the connection to the relay at " + relay + ": " + RelayClient.reason(e), e);
        }
        if (message.isEmpty()) {
            boolean closedHere = state.get() == State.CLOSED;
            close();
            throw closedHere ? closed() : new IOException("The relay at " + relay + " closed the connection");
        }
        return message.get();
    }

    /**
     * @param joining whether a refused nameplate leaves the connection open for another try, as
     *     the relay does for {@code unknown-nameplate}, {@code in-use} and {@code expired}
     */
    private IOException unexpected(RelayMessage reply, String expected, boolean joining) {
        if (reply instanceof RelayMessage.Error error) {
            boolean mayRetry = joining && (RelayMessage.Error.UNKNOWN_NAMEPLATE.equals(error.code())
                    || RelayMessage.Error.EXPIRED.equals(error.code()) || RelayMessage.Error.IN_USE.equals(error.code())
                    || RelayMessage.Error.BURNED.equals(error.code()));
            if (!mayRetry) {
                close();
            }
            if (!joining && RelayMessage.Error.BURNED.equals(error.code())) {
                return new RelayCodeBurnedException(error.message());
            }
            Duration retryAfter = error.retryAfterSeconds() == null ? null : Duration.ofSeconds(error.retryAfterSeconds());
            return new RelayRefusedException(error.code(), error.message(), retryAfter);
        }
        if (reply instanceof RelayMessage.Closing) {
            close();
            return new RelayRefusedException(RelayMessage.Error.CLOSING, "The relay at " + relay + " is shutting down."
                    + " Try again in a moment.");
        }
        close();
        return new RelayProtocolException("The relay at " + relay + " answered " + reply + " where " + expected
                + " was expected");
    }

    private void requireState(State expected, String action) throws IOException {
        State now = state.get();
        if (now == State.CLOSED) {
            throw closed();
        }
        if (now != expected) {
            throw new IllegalStateException("Cannot " + action + " now: this connection is " + now.name().toLowerCase());
        }
    }

    private IOException closed() {
        return new IOException("The connection to the relay at " + relay + " is closed");
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
