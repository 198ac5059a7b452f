package org.tandem.customer.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.tandem.shared.message.InputEvent;

/**
 * The one place that decides whether the technician's input reaches the customer's screen. An event
 * is injected only while control is granted, no consent prompt is open and the customer has not
 * just used their own mouse; otherwise it is dropped and counted.
 *
 * <p>While any consent prompt is open, nothing is injected, so the technician can never answer a
 * prompt for the customer: not with a click, not with Space or Enter. Opening a prompt, pausing and
 * revoking also release every key and button the injector holds, so a held key cannot repeat into
 * a prompt or stay down after control ends.
 *
 * <p>Thread-safe. Injection happens under the gate's lock: once {@link #revoke}, {@link #promptOpened}
 * or a pause has returned, no further event is injected until the gate opens again. A call may wait
 * for the one event being injected, never for the events that come after it.
 */
public final class InputGate {
    /** Why an event was not injected. */
    public enum DropReason { NOT_GRANTED, PROMPT_OPEN, CUSTOMER_ACTIVE, OWN_WINDOW }

    /** The reason given when the customer's own mouse pauses remote input. */
    public static final String CUSTOMER_ACTIVE_REASON = "The customer is using their mouse.";
    /** The reason given when input would reach one of Tandem's own windows on the customer's side. */
    public static final String OWN_WINDOW_REASON = "A Tandem window is in the way on the customer's screen: "
            + "remote input cannot operate Tandem itself. Click outside it to go on.";

    /**
     * Fair: callers go in the order they came. The thread injecting the technician's stream comes back
     * for the next event at once; an unfair lock let it take the lock straight back, so the customer's
     * Stop could wait while remote input went on.
     */
    private final ReentrantLock lock = new ReentrantLock(true);
    private final InputInjector injector;
    private final Clock clock;
    private final Duration localActivityPause;
    private final GateListener listener;
    private final OwnWindows ownWindows;
    private boolean heldByOwnWindow;
    private final Map<DropReason, Long> dropped = new EnumMap<>(DropReason.class);
    private boolean granted;
    private int openPrompts;
    private Instant pausedUntil;

    /**
     * @param injector puts events on the screen
     * @param clock tells when a pause for the customer's own input runs out
     * @param localActivityPause how long remote input pauses after the customer's own input
     * @param listener hears decisions, before they take effect
     */
    public InputGate(InputInjector injector, Clock clock, Duration localActivityPause, GateListener listener) {
        this(injector, clock, localActivityPause, listener, OwnWindows.NONE);
    }

    /**
     * @param ownWindows where Tandem's own windows are: input that would reach them is held
     */
    public InputGate(InputInjector injector, Clock clock, Duration localActivityPause, GateListener listener,
            OwnWindows ownWindows) {
        this.ownWindows = Objects.requireNonNull(ownWindows, "ownWindows");
        this.injector = Objects.requireNonNull(injector, "injector");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.localActivityPause = Objects.requireNonNull(localActivityPause, "localActivityPause");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (localActivityPause.isNegative()) {
            throw new IllegalArgumentException("localActivityPause must not be negative");
        }
    }

    /** The customer allowed control. Nothing happens if control is already granted. */
    public void grant() {
        lock.lock();
        try {
            if (granted) {
                return;
            }
            listener.beforeGrant();
            granted = true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Control ends: the customer stopped it, the technician released it, or the session ended. Held
     * keys and buttons are released. Nothing happens if control is not granted.
     */
    public void revoke(String reason) {
        lock.lock();
        try {
            if (!granted) {
                return;
            }
            try {
                listener.beforeRevoke(reason);
            } finally {
                granted = false;
                pausedUntil = null;
                heldByOwnWindow = false;
                injector.releaseAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * A consent prompt is open: remote input is suspended until the returned hold is closed, and
     * every held key and button is released. Prompts may overlap; input flows again when the last
     * hold is closed. Closing a hold twice does nothing, so a prompt cannot close another one's hold.
     */
    public PromptHold promptOpened() {
        lock.lock();
        try {
            openPrompts++;
            injector.releaseAll();
            return new PromptHold();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The customer used their own mouse (or keyboard): remote input pauses for the configured time
     * from now, then resumes by itself. Ignored while control is not granted.
     */
    public void localActivity() {
        lock.lock();
        try {
            if (!granted) {
                return;
            }
            Instant until = clock.instant().plus(localActivityPause);
            if (pausedUntil != null) {
                pausedUntil = until;
                return;
            }
            try {
                listener.beforePause(CUSTOMER_ACTIVE_REASON);
            } finally {
                pausedUntil = until;
                injector.releaseAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Ends a pause whose time has run out, telling the listener. {@link LocalActivityMonitor} calls it
     * on every poll, so the technician hears of the resumption without having to send anything.
     */
    public void refresh() {
        lock.lock();
        try {
            if (pausedUntil != null && !clock.instant().isBefore(pausedUntil)) {
                pausedUntil = null;
                listener.resumed();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Injects the event if the gate is open, and says whether it did; otherwise drops and counts it. */
    public boolean offer(InputEvent event) {
        Objects.requireNonNull(event, "event");
        lock.lock();
        try {
            refresh();
            DropReason reason = !granted ? DropReason.NOT_GRANTED
                    : openPrompts > 0 ? DropReason.PROMPT_OPEN
                    : pausedUntil != null ? DropReason.CUSTOMER_ACTIVE
                    : wouldReachOwnWindow(event) ? DropReason.OWN_WINDOW
                    : null;
            if (reason != null) {
                long count = dropped.merge(reason, 1L, Long::sum);
                if (reason == DropReason.OWN_WINDOW && !heldByOwnWindow) {
                    heldByOwnWindow = true;
                    injector.releaseAll();
                    listener.beforePause(OWN_WINDOW_REASON);
                }
                listener.dropped(reason, count);
                return false;
            }
            injector.inject(event);
            if (heldByOwnWindow) {
                heldByOwnWindow = false;
                listener.resumed();
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Keys while a Tandem window has the focus; presses and wheel turns on a Tandem window. */
    private boolean wouldReachOwnWindow(InputEvent event) {
        if (event instanceof InputEvent.KeyStroke || event instanceof InputEvent.TypedText) {
            return ownWindows.hasFocus();
        }
        if (event instanceof InputEvent.PointerButton button) {
            return button.pressed() && ownWindows.covers(button.x(), button.y());
        }
        if (event instanceof InputEvent.Wheel wheel) {
            return ownWindows.covers(wheel.x(), wheel.y());
        }
        return false;
    }

    public boolean isGranted() {
        lock.lock();
        try {
            return granted;
        } finally {
            lock.unlock();
        }
    }

    public boolean isPromptOpen() {
        lock.lock();
        try {
            return openPrompts > 0;
        } finally {
            lock.unlock();
        }
    }

    /** Whether remote input is paused for the customer's own input (control is still granted). */
    public boolean isPaused() {
        lock.lock();
        try {
            return pausedUntil != null;
        } finally {
            lock.unlock();
        }
    }

    /** How many events were dropped, for any reason. */
    public long droppedCount() {
        lock.lock();
        try {
            return dropped.values().stream().mapToLong(Long::longValue).sum();
        } finally {
            lock.unlock();
        }
    }

    /** How many events were dropped for this reason. */
    public long droppedCount(DropReason reason) {
        lock.lock();
        try {
            return dropped.getOrDefault(reason, 0L);
        } finally {
            lock.unlock();
        }
    }

    /** Keeps remote input suspended while one consent prompt is open; close it when the prompt closes. */
    public final class PromptHold implements AutoCloseable {
        private boolean closed;

        private PromptHold() {}

        /** The prompt closed. Closing again does nothing. */
        @Override
        public void close() {
            lock.lock();
            try {
                if (!closed) {
                    closed = true;
                    openPrompts--;
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
