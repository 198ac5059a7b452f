package org.tandem.shared.session;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the live session when the process is asked to stop (Ctrl+C, SIGTERM, logging out), the same
 * way the app ends it from its window, and waits a bounded time for it to be over: so the session
 * log gets its end and final checkpoint, and the other side its receipt, instead of stopping
 * mid-line.
 */
public final class EndSessionOnShutdown implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(EndSessionOnShutdown.class);
    private static final long POLL_MILLIS = 20;

    private final Runnable end;
    private final BooleanSupplier over;
    private final Duration wait;

    /**
     * @param end ends the live session; does nothing when there is none
     * @param over true when no session is live or the live one is over and its log closed
     * @param wait how long to wait for {@code over} after {@code end}: on a live link the receipts cross in
     *     well under a second; a shutdown does not wait out {@link SessionLogbook#RECEIPT_LIMIT}
     */
    public EndSessionOnShutdown(Runnable end, BooleanSupplier over, Duration wait) {
        this.end = Objects.requireNonNull(end, "end");
        this.over = Objects.requireNonNull(over, "over");
        this.wait = Objects.requireNonNull(wait, "wait");
    }

    /** Registers this as a JVM shutdown hook on a thread of that name. */
    public Thread install(String threadName) {
        Thread hook = new Thread(this, threadName);
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** @return whether the session was over in time (or none was live) */
    public boolean endAndWait() {
        if (over.getAsBoolean()) {
            return true;
        }
        LOG.info("Asked to stop: ending the live session first");
        try {
            end.run();
        } catch (RuntimeException e) {
            LOG.error("Could not end the session on the way out", e);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (!over.getAsBoolean()) {
            if (System.nanoTime() - deadline >= 0) {
                LOG.warn("The session was not over {} s after it was ended; stopping anyway", wait.toSeconds());
                return false;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return over.getAsBoolean();
            }
        }
        LOG.info("The session is over and its log closed");
        return true;
    }

    @Override
    public void run() {
        endAndWait();
    }
}
