package org.tandem.bench;

import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.tandem.customer.control.InputInjector;
import org.tandem.shared.message.InputEvent;

/**
 * Wraps the customer's real injector and notes, on {@link System#nanoTime()}, when each key press
 * has been injected. The console and the customer share this process, so the technician's send time
 * and this moment are read on the same clock.
 */
final class TimedInjector implements InputInjector {
    private final InputInjector injector;
    private final BlockingQueue<Long> pressesInjected = new LinkedBlockingQueue<>();

    TimedInjector(InputInjector injector) {
        this.injector = Objects.requireNonNull(injector, "injector");
    }

    @Override
    public void inject(InputEvent event) {
        injector.inject(event);
        if (event instanceof InputEvent.KeyStroke stroke && stroke.pressed()) {
            pressesInjected.add(System.nanoTime());
        }
    }

    @Override
    public void releaseAll() {
        injector.releaseAll();
    }

    /** Forgets presses injected so far, before a new keystroke is sent. */
    void clear() {
        pressesInjected.clear();
    }

    /** When the next key press was injected, or -1 if none was within the timeout. */
    long nextPressInjected(long timeoutNanos) throws InterruptedException {
        Long at = pressesInjected.poll(timeoutNanos, TimeUnit.NANOSECONDS);
        return at == null ? -1 : at;
    }
}
