package org.tandem.customer.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
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
 * for an event that is being injected.
 */
public final class InputGate {
    /** Why an event was not injected. */
    public enum DropReason { NOT_GRANTED, PROMPT_OPEN, CUSTOMER_ACTIVE, OWN_WINDOW }

    /** The reason given when the customer's own mouse pauses remote input. */
    public static final String CUSTOMER_ACTIVE_REASON = "The customer is using their mouse.";
    /** The reason given when input would reach one of Tandem's own windows on the customer's side. */
    public static final String OWN_WINDOW_REASON = "A Tandem window is in the way on the customer's screen: "
            + "remote input cannot operate Tandem itself. Click outside it to go on.";

    private final Object lock = new Object();
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
        synchronized (lock) {
            if (granted) {
                return;
            }
            listener.beforeGrant();
            granted = true;
        }
    }

    /**
     * Control ends: the customer stopped it, the technician released it, or the session ended. Held
     * keys and buttons are released. Nothing happens if control is not granted.
     */
    public void revoke(String reason) {
        synchronized (lock) {
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
        }
    }

    /**
     * A consent prompt is open: remote input is suspended until the returned hold is closed, and
     * every held key and button is released. Prompts may overlap; input flows again when the last
     * hold is closed. Closing a hold twice does nothing, so a prompt cannot close another one's hold.
     */
    public PromptHold promptOpened() {
        synchronized (lock) {
            openPrompts++;
            injector.releaseAll();
            return new PromptHold();
        }
    }

    /**
     * The customer used their own mouse (or keyboard): remote input pauses for the configured time
     * from now, then resumes by itself. Ignored while control is not granted.
     */
    public void localActivity() {
        synchronized (lock) {
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
        }
    }

    /**
     * Ends a pause whose time has run out, telling the listener. {@link LocalActivityMonitor} calls it
     * on every poll, so the technician hears of the resumption without having to send anything.
     */
    public void refresh() {
        synchronized (lock) {
            if (pausedUntil != null && !clock.instant().isBefore(pausedUntil)) {
                pausedUntil = null;
                listener.resumed();
            }
        }
    }

    /** Injects the event if the gate is open, and says whether it did; otherwise drops and counts it. */
    public boolean offer(InputEvent event) {
        Objects.requireNonNull(event, "event");
        synchronized (lock) {
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
        synchronized (lock) {
            return granted;
        }
    }

    public boolean isPromptOpen() {
        synchronized (lock) {
            return openPrompts > 0;
        }
    }

    /** Whether remote input is paused for the customer's own input (control is still granted). */
    public boolean isPaused() {
        synchronized (lock) {
            return pausedUntil != null;
        }
    }

    /** How many events were dropped, for any reason. */
    public long droppedCount() {
        synchronized (lock) {
            return dropped.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** How many events were dropped for this reason. */
    public long droppedCount(DropReason reason) {
        synchronized (lock) {
            return dropped.getOrDefault(reason, 0L);
        }
    }

    /** Keeps remote input suspended while one consent prompt is open; close it when the prompt closes. */
    public final class PromptHold implements AutoCloseable {
        private boolean closed;

        private PromptHold() {}

        /** The prompt closed. Closing again does nothing. */
        @Override
        public void close() {
            synchronized (lock) {
                if (!closed) {
                    closed = true;
                    openPrompts--;
                }
            }
        }
    }
}
