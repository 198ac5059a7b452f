package org.tandem.shared.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EndSessionOnShutdownTest {

    @Test
    void withNoLiveSessionNothingIsEnded() {
        AtomicInteger ends = new AtomicInteger();

        assertTrue(new EndSessionOnShutdown(ends::incrementAndGet, () -> true, Duration.ofSeconds(5)).endAndWait());
        assertEquals(0, ends.get());
    }

    @Test
    void aLiveSessionIsEndedAndWaitedForUntilItIsOver() {
        AtomicBoolean over = new AtomicBoolean();
        // The log closes a moment after the end, as when the other side's receipt comes back.
        Runnable end = () -> CompletableFuture.runAsync(() -> over.set(true),
                CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS));

        long started = System.nanoTime();
        assertTrue(new EndSessionOnShutdown(end, over::get, Duration.ofSeconds(10)).endAndWait());
        assertTrue(over.get());
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5), "returns once it is over");
    }

    @Test
    void aSessionThatDoesNotEndInTimeIsLeftBehindAfterTheWait() {
        AtomicInteger ends = new AtomicInteger();

        assertFalse(new EndSessionOnShutdown(ends::incrementAndGet, () -> false, Duration.ofMillis(100)).endAndWait());
        assertEquals(1, ends.get());
    }

    @Test
    void anEndThatThrowsStillWaitsAndReturns() {
        assertFalse(new EndSessionOnShutdown(() -> {
            throw new IllegalStateException("Toolkit has exited");
        }, () -> false, Duration.ofMillis(100)).endAndWait());
    }
}
