package org.tandem.customer.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a running action that it should stop, and why. Cancelling never blocks: the callbacks
 * registered with {@link #onCancel} run on the cancelling thread and must be quick (send a signal,
 * complete a future); waiting for the action to end is the action's own thread's business.
 */
public final class CancellationToken {
    private static final Logger LOG = LoggerFactory.getLogger(CancellationToken.class);

    /** Why an action was stopped. */
    public enum Reason {
        /** The technician cancelled it. */
        TECHNICIAN,
        /** The customer cancelled it. */
        CUSTOMER,
        /** It ran longer than it is allowed to. */
        TIMED_OUT,
        /** The session ended while it ran. */
        SESSION_ENDED
    }

    /** Undoes one {@link #onCancel} registration. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private final AtomicReference<Reason> reason = new AtomicReference<>();
    private final List<Runnable> callbacks = new ArrayList<>();

    /** Asks the action to stop; the first reason given is the one that counts. */
    public void cancel(Reason why) {
        if (!reason.compareAndSet(null, why)) {
            return;
        }
        List<Runnable> toRun;
        synchronized (callbacks) {
            toRun = List.copyOf(callbacks);
            callbacks.clear();
        }
        toRun.forEach(CancellationToken::runQuietly);
    }

    public boolean isCancelled() {
        return reason.get() != null;
    }

    public Optional<Reason> reason() {
        return Optional.ofNullable(reason.get());
    }

    /** Runs {@code callback} when cancelled, at once if already cancelled. */
    public Registration onCancel(Runnable callback) {
        synchronized (callbacks) {
            if (reason.get() == null) {
                callbacks.add(callback);
                return () -> {
                    synchronized (callbacks) {
                        callbacks.remove(callback);
                    }
                };
            }
        }
        runQuietly(callback);
        return () -> { };
    }

    private static void runQuietly(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            LOG.warn("A cancel callback failed", e);
        }
    }
}
