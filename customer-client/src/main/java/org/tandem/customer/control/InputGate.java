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
 * is injected only while control is granted, no consent prompt is open, the customer has not just used
 * their own mouse and it would not reach one of Tandem's own windows; otherwise it is dropped and counted.
 *
 * <p>Two pauses, control still granted ({@link Pause}). The customer's own mouse pauses remote input
 * until it has been still for a while, then it resumes by itself. Input that would reach a Tandem window
 * (a press or wheel turn on one, a key while one has the focus) holds remote input at that window: from
 * then on only the pointer moves (the technician sees where they are, and a move operates nothing), and
 * the technician's next press outside Tandem's windows lands and resumes control. Nothing else gets
 * through meanwhile, not even the release of the press that was held, so nothing of the technician's
 * lands on Tandem and nothing lands anywhere they did not click. The customer's mouse during such a hold
 * makes the pause theirs (decision 0035).
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

    /** Which pause holds remote input while control is granted; it says who made it, and what ends it. */
    public enum Pause {
        /** The customer is using their own mouse; it ends by itself once the mouse is still for a while. */
        CUSTOMER_ACTIVE,
        /**
         * A Tandem window is in the way of the technician's input; their next press outside Tandem's
         * windows ends it.
         */
        OWN_WINDOW
    }

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
    /** Held at a Tandem window ({@link Pause#OWN_WINDOW}); never while {@link #pausedUntil} is set. */
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
     * from now, then resumes by itself. Ignored while control is not granted. A hold at a Tandem window
     * becomes the customer's pause: they have the mouse now, and it ends as their pause does.
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
                listener.beforePause(Pause.CUSTOMER_ACTIVE, CUSTOMER_ACTIVE_REASON);
            } finally {
                pausedUntil = until;
                heldByOwnWindow = false;
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
                listener.resumed(Pause.CUSTOMER_ACTIVE);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Injects the event if the gate is open, and says whether it did; otherwise drops and counts it. A
     * press that ends a hold at a Tandem window is injected after the listener heard the hold end.
     */
    public boolean offer(InputEvent event) {
        Objects.requireNonNull(event, "event");
        lock.lock();
        try {
            refresh();
            DropReason reason = dropReason(event);
            if (reason != null) {
                long count = dropped.merge(reason, 1L, Long::sum);
                if (reason == DropReason.OWN_WINDOW && !heldByOwnWindow) {
                    try {
                        listener.beforePause(Pause.OWN_WINDOW, OWN_WINDOW_REASON);
                    } finally {
                        heldByOwnWindow = true;
                        injector.releaseAll();
                    }
                }
                listener.dropped(reason, count);
                return false;
            }
            // Held, only a move or a press outside Tandem's windows gets here; the press ends the hold.
            if (heldByOwnWindow && isPress(event)) {
                heldByOwnWindow = false;
                listener.resumed(Pause.OWN_WINDOW);
            }
            injector.inject(event);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Why the event may not be injected now; null when it may. Deny by default: held at a Tandem window,
     * only moves and a press outside Tandem's windows pass.
     */
    private DropReason dropReason(InputEvent event) {
        if (!granted) {
            return DropReason.NOT_GRANTED;
        }
        if (openPrompts > 0) {
            return DropReason.PROMPT_OPEN;
        }
        if (pausedUntil != null) {
            return DropReason.CUSTOMER_ACTIVE;
        }
        if (wouldReachOwnWindow(event)) {
            return DropReason.OWN_WINDOW;
        }
        if (heldByOwnWindow && !(event instanceof InputEvent.PointerMove) && !isPress(event)) {
            return DropReason.OWN_WINDOW;
        }
        return null;
    }

    private static boolean isPress(InputEvent event) {
        return event instanceof InputEvent.PointerButton button && button.pressed();
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
