package org.tandem.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.testing.Waiting;

/**
 * The customer's Stop is served before the technician's next event, however fast the events come:
 * while one event is being injected, a revocation that arrives waits for that one only, not for the
 * stream behind it. (A lock that lets the thread injecting the stream take it straight back could
 * keep the customer's Stop waiting while the technician's input went on.)
 */
class InputGateFairnessTest {
    private static final long WAIT_SECONDS = 10;

    @RepeatedTest(5)
    void theCustomersStopComesBeforeTheNextRemoteEvent() throws Exception {
        CountDownLatch injecting = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        List<InputEvent> injected = new CopyOnWriteArrayList<>();
        InputInjector slowFirst = new InputInjector() {
            @Override
            public void inject(InputEvent event) {
                injected.add(event);
                if (injected.size() == 1) {
                    injecting.countDown();
                    await(finish);
                }
            }

            @Override
            public void releaseAll() {}
        };
        InputGate gate = new InputGate(slowFirst, Clock.systemUTC(), Duration.ofSeconds(2), new GateListener() {});
        gate.grant();

        InputEvent first = new InputEvent.PointerMove(10, 10);
        InputEvent next = new InputEvent.PointerMove(11, 10);
        Thread remote = new Thread(() -> {
            gate.offer(first); // held inside the injection until released
            gate.offer(next); // the stream comes straight back for the next one
        }, "remote-input");
        remote.start();
        assertTrue(injecting.await(WAIT_SECONDS, TimeUnit.SECONDS), "the first event is being injected");

        Thread customer = new Thread(() -> gate.revoke("The customer took back control."), "customer-stop");
        customer.start();
        Waiting.untilWaiting(customer, "the Stop waits for the event being injected", Duration.ofSeconds(WAIT_SECONDS));

        finish.countDown();
        remote.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        customer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));

        assertFalse(gate.isGranted());
        assertEquals(List.of(first), injected, "nothing injected after the customer pressed Stop");
        assertEquals(1, gate.droppedCount(InputGate.DropReason.NOT_GRANTED), "the next event was dropped");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
