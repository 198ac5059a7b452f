package org.tandem.agent.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.shared.input.Key;
import org.tandem.shared.message.InputBatch;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.InputEvent.KeyStroke;
import org.tandem.shared.message.SessionMessage;

class InputOutboxTest {
    private static final InputEvent PRESS = new KeyStroke(Key.DOWN, true);
    private static final InputEvent RELEASE = new KeyStroke(Key.DOWN, false);
    private static final InputEvent NEXT_PRESS = new KeyStroke(Key.UP, true);

    private final BlockingQueue<SessionMessage> sent = new LinkedBlockingQueue<>();
    private final AtomicInteger owed = new AtomicInteger();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    private final AtomicLong now = new AtomicLong();

    private InputOutbox outbox(Duration hold) {
        return new InputOutbox(sent::add, () -> owed.getAndSet(0), timer, hold, now::get);
    }

    @Test
    void aPressGoesAtOnceAndItsReleaseGoesWithTheNextEventInOneRecord() throws Exception {
        java.util.concurrent.CountDownLatch timerBusy = new java.util.concurrent.CountDownLatch(1);
        timer.execute(() -> {
            try {
                timerBusy.await(); // no hold can end on its own while this runs
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        InputOutbox outbox = outbox(Duration.ofHours(1));
        outbox.send(PRESS);
        assertEquals(PRESS, sent.poll(1, TimeUnit.SECONDS));
        outbox.send(RELEASE);
        assertEquals(null, sent.poll(150, TimeUnit.MILLISECONDS), "the release waits");
        outbox.send(NEXT_PRESS);
        assertEquals(InputBatch.of(0, RELEASE, NEXT_PRESS), sent.poll(1, TimeUnit.SECONDS), "in order, in one record");
        timerBusy.countDown();
    }

    @Test
    void aReleaseWithoutCompanyGoesWhenTheHoldEnds() throws Exception {
        InputOutbox outbox = outbox(Duration.ofMillis(20));
        outbox.send(PRESS);
        sent.take();
        outbox.send(RELEASE);
        assertEquals(RELEASE, sent.poll(5, TimeUnit.SECONDS));
        assertEquals(null, sent.poll(100, TimeUnit.MILLISECONDS), "sent once");
    }

    @Test
    void creditsOwedRideWithTheNextRecord() throws Exception {
        InputOutbox outbox = outbox(Duration.ofHours(1));
        owed.set(2);
        outbox.send(PRESS);
        assertEquals(InputBatch.of(2, PRESS), sent.poll(1, TimeUnit.SECONDS));
        outbox.send(PRESS);
        assertEquals(PRESS, sent.poll(1, TimeUnit.SECONDS), "credits ride once");
    }

    @Test
    void aKeyLongDownIsReleasedAtOnceAndOneNeverPressedToo() throws Exception {
        InputOutbox outbox = outbox(Duration.ofHours(1));
        outbox.send(PRESS);
        sent.take();
        now.addAndGet(InputOutbox.MAX_DOWN.toNanos());
        outbox.send(RELEASE);
        assertEquals(RELEASE, sent.poll(1, TimeUnit.SECONDS), "down for the longest already: no wait");
        outbox.send(RELEASE);
        assertEquals(RELEASE, sent.poll(1, TimeUnit.SECONDS), "a release without its press: nothing to bound it by");
    }

    @Test
    void theWaitEndsInTimeToKeepTheKeyDownNoLongerThanTheMost() throws Exception {
        InputOutbox outbox = new InputOutbox(sent::add, () -> 0, timer, Duration.ofHours(1), now::get);
        outbox.send(PRESS);
        sent.take();
        now.addAndGet(InputOutbox.MAX_DOWN.toNanos() - java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(30));
        long before = System.nanoTime();
        outbox.send(RELEASE);
        assertEquals(RELEASE, sent.poll(5, TimeUnit.SECONDS));
        long waited = System.nanoTime() - before;
        assertTrue(waited < TimeUnit.SECONDS.toNanos(4), "the hour's hold was cut to what was left: " + waited);
    }

    @Test
    void flushSendsWhatWaitsAndDropForgetsIt() throws Exception {
        InputOutbox outbox = outbox(Duration.ofHours(1));
        outbox.send(PRESS);
        sent.take();
        outbox.send(RELEASE);
        outbox.flush();
        assertEquals(RELEASE, sent.poll(1, TimeUnit.SECONDS));
        outbox.flush();
        outbox.send(PRESS);
        sent.take();
        outbox.send(RELEASE);
        outbox.drop();
        outbox.flush();
        outbox.send(PRESS);
        assertEquals(PRESS, sent.poll(1, TimeUnit.SECONDS), "the dropped release is gone");
        assertTrue(sent.isEmpty());
    }

    @Test
    void manyReleasesGoTogetherBeforeABatchOverflows() throws Exception {
        InputOutbox outbox = outbox(Duration.ofHours(1));
        for (int i = 0; i < InputBatch.MAX_EVENTS; i++) {
            outbox.send(new KeyStroke(Key.values()[i], true));
        }
        for (int i = 0; i < InputBatch.MAX_EVENTS; i++) {
            sent.take();
        }
        for (int i = 0; i < InputBatch.MAX_EVENTS; i++) {
            outbox.send(new KeyStroke(Key.values()[i], false));
        }
        InputBatch batch = (InputBatch) sent.poll(1, TimeUnit.SECONDS);
        assertEquals(InputBatch.MAX_EVENTS, batch.events().size());
        assertTrue(batch.events().stream().allMatch(e -> e instanceof KeyStroke k && !k.pressed()), batch.toString());
    }
}
