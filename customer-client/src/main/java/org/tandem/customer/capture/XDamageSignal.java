package org.tandem.customer.capture;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the capture, from a thread and an X connection of its own, the moment the desktop is drawn
 * on, so that it looks then instead of polling for a typed key's echo (decision 0017, addendum). It
 * waits on the connection's socket; the X server sends one damage report when the desktop goes
 * from clean to drawn on, and this clears the damage again right away, so the next drawing sends the
 * next report. Reports closer together than {@code gap} wait for it: a screen that keeps changing
 * wakes this thread at most once a gap, and the capture keeps its own pace then.
 *
 * <p>Only the thread started here touches its connection, from opening to closing. The desktop
 * benchmark watches the technician's display with it too, to see a keystroke's echo the moment the
 * viewer draws it.
 */
public final class XDamageSignal implements AutoCloseable {
    /** How long one wait on the socket lasts at most: the thread ends within it once closed. */
    static final int WAIT_MILLIS = 1_000;
    /** {@code POLLIN}. */
    private static final short READABLE = 1;
    private static final Logger LOG = LoggerFactory.getLogger(XDamageSignal.class);

    /** The C library's {@code poll}. */
    interface LibC extends Library {
        int poll(Pointer fds, NativeLong count, int timeoutMillis);
    }

    private final Runnable drawn;
    private final long gapNanos;
    private final Thread thread;
    private final CountDownLatch opened = new CountDownLatch(1);
    private volatile IOException failure;
    private volatile boolean open = true;

    private XDamageSignal(Runnable drawn, long gapNanos) {
        this.drawn = drawn;
        this.gapNanos = gapNanos;
        this.thread = new Thread(this::run, "tandem-screen-drawn");
        this.thread.setDaemon(true);
    }

    /**
     * Opens a connection to the display named by {@code DISPLAY} and starts telling {@code drawn}.
     *
     * @param gap the least time between two calls of {@code drawn}
     * @throws IOException with the reason in words when the display or its extensions are missing
     */
    public static XDamageSignal start(Runnable drawn, Duration gap) throws IOException {
        XDamageSignal signal = new XDamageSignal(Objects.requireNonNull(drawn, "drawn"), gap.toNanos());
        signal.thread.start();
        try {
            signal.opened.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            signal.close();
            throw new IOException("interrupted while opening the display", e);
        }
        if (signal.failure != null) {
            throw signal.failure;
        }
        return signal;
    }

    private void run() {
        XConnection x = null;
        NativeLong handle = null;
        XDamageWatch.Extensions extensions = null;
        LibC libc = null;
        try {
            x = XConnection.open();
            extensions = XDamageWatch.Extensions.on(x);
            libc = Native.load("c", LibC.class);
            handle = extensions.damage().XDamageCreate(x.display, x.root, XDamageWatch.REPORT_NON_EMPTY);
            x.x11.XFlush(x.display);
        } catch (IOException e) {
            failure = e;
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            failure = new IOException("the damage reports could not be watched (" + e.getMessage() + ")", e);
        }
        opened.countDown();
        try {
            if (failure == null) {
                watch(x, extensions, libc, handle);
            }
        } catch (RuntimeException e) {
            LOG.warn("Watching for drawing stopped; the capture looks at its own pace: {}", e.toString());
        } finally {
            if (handle != null) {
                extensions.damage().XDamageDestroy(x.display, handle);
            }
            if (x != null) {
                x.close();
            }
        }
    }

    private void watch(XConnection x, XDamageWatch.Extensions extensions, LibC libc, NativeLong handle) {
        Memory event = new Memory(XDamageWatch.XEVENT_SIZE);
        Memory pollfd = new Memory(8); // struct pollfd: int fd; short events; short revents
        pollfd.setInt(0, x.x11.XConnectionNumber(x.display));
        pollfd.setShort(4, READABLE);
        int notifyType = extensions.notifyType();
        while (open) {
            if (x.x11.XPending(x.display) == 0) {
                pollfd.setShort(6, (short) 0);
                libc.poll(pollfd, new NativeLong(1), WAIT_MILLIS); // woken by the server's next report
                continue;
            }
            boolean reported = false;
            while (x.x11.XPending(x.display) > 0) {
                x.x11.XNextEvent(x.display, event);
                reported |= event.getInt(0) == notifyType;
            }
            if (x.takeError() != null || !reported) {
                continue;
            }
            // Cleared before telling: whatever is drawn from now on sends the next report.
            extensions.damage().XDamageSubtract(x.display, handle, XDamageWatch.NONE, XDamageWatch.NONE);
            x.x11.XFlush(x.display);
            try {
                drawn.run();
            } catch (RuntimeException e) {
                LOG.warn("Telling the capture of a drawing failed: {}", e.toString());
            }
            rest();
        }
    }

    private void rest() {
        long until = System.nanoTime() + gapNanos;
        for (long left = gapNanos; left > 0 && open; left = until - System.nanoTime()) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                return; // close() interrupts a rest
            }
        }
    }

    /**
     * Stops telling at once; the thread closes its connection and ends within {@link #WAIT_MILLIS},
     * without this call waiting for it (a customer closing the app does not wait either).
     */
    @Override
    public void close() {
        open = false;
        thread.interrupt(); // ends a rest; a wait on the socket ends by its timeout
    }
}
