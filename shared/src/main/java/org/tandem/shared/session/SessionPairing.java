package org.tandem.shared.session;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.tandem.shared.message.Protocol;
import org.tandem.shared.pairing.PairingHandshake;
import org.tandem.shared.pairing.PairingResult;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.RelayLink;

/**
 * Turns a freshly paired relay link into an encrypted session channel: runs the pairing handshake
 * on the session code, then puts the derived record ciphers under a {@link SessionChannel}. Any
 * failure closes the link; nothing is ever sent without encryption.
 */
public final class SessionPairing {
    private SessionPairing() {}

    /** An encrypted channel, not yet started, and what pairing produced (check string, transcript). */
    public record Paired(SessionChannel channel, PairingResult pairing) {}

    /**
     * Pairs over {@code link}; a handshake that does not finish within {@code timeout} is cut off.
     *
     * @throws org.tandem.shared.pairing.PairingException when the code does not match or the peer misbehaves
     * @throws IOException when the link fails or the time runs out
     */
    public static Paired pair(RelayLink link, PairingRole role, SessionCode code, Duration timeout) throws IOException {
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean timedOut = new AtomicBoolean();
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (finished.compareAndSet(false, true)) {
                timedOut.set(true);
                link.close();
            }
        });
        try {
            PairingResult result = new PairingHandshake(role, code, Protocol.VERSION).run(link.input(), link.output());
            if (!finished.compareAndSet(false, true)) {
                throw new IOException("timed out");
            }
            SessionChannel channel = new SessionChannel(link.input(), link.output(), link::close,
                    result.inbound(), result.outbound());
            link.heartbeatsTakeOver();
            return new Paired(channel, result);
        } catch (IOException | RuntimeException e) {
            finished.set(true);
            link.close();
            if (timedOut.get()) {
                throw new IOException("The other side did not finish the secure connection within "
                        + timeout.toSeconds() + " s", e);
            }
            throw e;
        }
    }
}
