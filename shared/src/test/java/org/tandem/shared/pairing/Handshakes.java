package org.tandem.shared.pairing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.tandem.shared.message.Protocol;

/** Runs pairing handshakes on their own threads, as the two endpoints would. */
final class Handshakes {
    static final SessionCode CODE = new SessionCode("482", "193775");
    static final long TIMEOUT_SECONDS = 30;

    /** Each handshake blocks on its pipe, so each gets a thread of its own. */
    private static final Executor OWN_THREAD = task -> {
        Thread thread = new Thread(task, "pairing-test");
        thread.setDaemon(true);
        thread.start();
    };

    private Handshakes() {}

    static PairingHandshake technician(SessionCode code) {
        return new PairingHandshake(PairingRole.TECHNICIAN, code, Protocol.VERSION);
    }

    static PairingHandshake customer(SessionCode code) {
        return new PairingHandshake(PairingRole.CUSTOMER, code, Protocol.VERSION);
    }

    /** Starts a handshake; on failure it closes its end, as an endpoint would, so the peer is not left waiting. */
    static CompletableFuture<PairingResult> start(PairingHandshake handshake, MemoryPipe.End end) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return handshake.run(end.in(), end.out());
            } catch (IOException | RuntimeException e) {
                try {
                    end.out().close();
                } catch (IOException ignored) {
                    // the failure below is what matters
                }
                throw new CompletionException(e);
            }
        }, OWN_THREAD);
    }

    static PairingResult succeeded(CompletableFuture<PairingResult> future) throws Exception {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("Pairing failed: " + e.getCause(), e.getCause());
        }
    }

    static PairingException failed(CompletableFuture<PairingResult> future) throws InterruptedException, TimeoutException {
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof PairingException, () -> "Expected a PairingException, got " + e.getCause());
        return (PairingException) e.getCause();
    }
}
