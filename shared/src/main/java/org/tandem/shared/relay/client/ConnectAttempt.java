package org.tandem.shared.relay.client;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One try at reaching the other side through a relay, which the person may give up at any moment
 * (Cancel, decision 0028). What the try opens on its way (the SSH session, the connection, the link
 * to the other side) is handed to it as it opens; {@link #cancel()} closes whatever is open at once,
 * from any thread, so that the call waiting on it ends with {@link ConnectCancelledException}.
 *
 * <p>Cancel and the end of the try race; whichever comes first wins. Once the try ended on its own
 * ({@link #finish()}: it succeeded, or failed for another reason), Cancel does nothing and what was
 * opened is the caller's. Once cancelled, the try's result, however late it comes, is dropped: the
 * caller closes what it got and says nothing more.
 */
public final class ConnectAttempt {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectAttempt.class);

    private AutoCloseable open;
    private boolean cancelled;
    private boolean finished;

    /**
     * Gives the try up: closes what it holds open now, and whatever it is handed later.
     *
     * @return true when this stopped the try; false when it had ended already or was cancelled before
     */
    public boolean cancel() {
        AutoCloseable toClose;
        synchronized (this) {
            if (cancelled || finished) {
                return false;
            }
            cancelled = true;
            toClose = open;
            open = null;
        }
        closeQuietly(toClose);
        return true;
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /**
     * What the try holds open from now on, in place of what it held before (which the new one
     * closes with itself, as a connection closes its SSH session).
     *
     * @throws ConnectCancelledException when the try was cancelled already; {@code resource} is closed then
     */
    public void opened(AutoCloseable resource) throws ConnectCancelledException {
        synchronized (this) {
            if (!cancelled) {
                if (!finished) {
                    open = resource;
                }
                return;
            }
        }
        closeQuietly(resource);
        throw new ConnectCancelledException();
    }

    /** @throws ConnectCancelledException when the try was cancelled */
    public void checkNotCancelled() throws ConnectCancelledException {
        if (isCancelled()) {
            throw new ConnectCancelledException();
        }
    }

    /**
     * The try ended on its own, well or not: from now on Cancel does nothing, and what it opened is the
     * caller's to keep or close.
     *
     * @return false when it was cancelled first: the caller drops its result and says nothing of it
     */
    public synchronized boolean finish() {
        if (cancelled) {
            return false;
        }
        finished = true;
        open = null;
        return true;
    }

    private static void closeQuietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception e) {
            LOG.debug("Closing a cancelled connection attempt failed", e);
        }
    }
}
