package org.tandem.agent.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.tandem.shared.input.Key;
import org.tandem.shared.message.InputBatch;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.SessionMessage;

/**
 * The technician's input on its way to the customer (decision 0024). Every event goes at once, but a
 * key's release waits up to {@link #HOLD} for the next event and goes with it, in one record: a typed
 * key or a line scrolled then costs one record instead of two. Nothing is reordered; a release only
 * lands a little later, and never so late that the key has been down on the customer's computer for
 * more than {@link #MAX_DOWN}, about as long as a person's own key press lasts: a keyboard that repeats
 * a key held that long repeats the customer's own presses too (X11 lets a user set any repeat delay,
 * the desktops' settings go down to about 100 ms). Credits owed for frames the view drew ride along.
 *
 * <p>Thread-safe: events come from the display thread, the hold ends on the timer's thread, and each
 * send happens under this object's lock so that what goes out keeps its order.
 */
final class InputOutbox {
    /** How long a key's release waits for company, at most; {@link #MAX_DOWN} may cut it shorter. */
    static final Duration HOLD = Duration.ofMillis(100);
    /** Longest a key may stay down on the customer's side because its release waited. */
    static final Duration MAX_DOWN = Duration.ofMillis(100);

    private static final ScheduledExecutorService SHARED_TIMER = sharedTimer();

    private final Consumer<SessionMessage> send;
    private final IntSupplier owedCredits;
    private final ScheduledExecutorService timer;
    private final long holdNanos;
    private final LongSupplier clock;
    private final List<InputEvent> held = new ArrayList<>();
    /** When each key now down was pressed, by the clock. */
    private final Map<Key, Long> pressedAt = new EnumMap<>(Key.class);
    private ScheduledFuture<?> holdEnds;
    private long holdEndsAt;

    /**
     * @param send sends one message to the customer
     * @param owedCredits takes the credits owed (counted as sent from then on), 0 when none
     * @param timer ends a hold
     */
    InputOutbox(Consumer<SessionMessage> send, IntSupplier owedCredits, ScheduledExecutorService timer, Duration hold,
            LongSupplier clock) {
        this.send = Objects.requireNonNull(send, "send");
        this.owedCredits = Objects.requireNonNull(owedCredits, "owedCredits");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.holdNanos = hold.toNanos();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** An outbox whose holds end on one timer thread shared by every session of the console. */
    InputOutbox(Consumer<SessionMessage> send, IntSupplier owedCredits) {
        this(send, owedCredits, SHARED_TIMER, HOLD, System::nanoTime);
    }

    private static ScheduledExecutorService sharedTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "tandem-input-hold");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /** Sends {@code event}, with whatever waited before it; a key's release waits instead. */
    synchronized void send(InputEvent event) {
        held.add(event);
        long wait = 0;
        if (event instanceof InputEvent.KeyStroke key) {
            long now = clock.getAsLong();
            if (key.pressed()) {
                pressedAt.putIfAbsent(key.key(), now); // a key repeated by the technician's keyboard stays down since its first press
            } else {
                Long since = pressedAt.remove(key.key());
                wait = since == null ? 0 : Math.min(holdNanos, MAX_DOWN.toNanos() - (now - since));
            }
            if (wait > 0 && held.size() < InputBatch.MAX_EVENTS) {
                long endsAt = now + wait;
                if (holdEnds == null || endsAt - holdEndsAt < 0) { // the earliest deadline of those waiting
                    cancelHold();
                    holdEndsAt = endsAt;
                    holdEnds = timer.schedule(this::flush, wait, TimeUnit.NANOSECONDS);
                }
                return;
            }
        }
        sendHeld();
    }

    /** Sends what waits now: the hold ended, or something else must not overtake it. */
    synchronized void flush() {
        if (!held.isEmpty()) {
            sendHeld();
        }
    }

    /** Forgets what waits: control ended, and the customer's side lets go of every key itself. */
    synchronized void drop() {
        held.clear();
        pressedAt.clear();
        cancelHold();
    }

    private void sendHeld() {
        cancelHold();
        List<InputEvent> events = List.copyOf(held);
        held.clear();
        int credits = owedCredits.getAsInt();
        send.accept(credits == 0 && events.size() == 1 ? events.get(0) : new InputBatch(credits, events));
    }

    private void cancelHold() {
        if (holdEnds != null) {
            holdEnds.cancel(false);
            holdEnds = null;
        }
    }
}
