package org.tandem.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tandem.customer.control.InputGate.DropReason;
import org.tandem.customer.control.InputGate.PromptHold;
import org.tandem.shared.input.Key;
import org.tandem.shared.input.MouseButton;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.InputEvent.KeyStroke;
import org.tandem.shared.message.InputEvent.PointerButton;
import org.tandem.shared.message.InputEvent.PointerMove;
import org.tandem.shared.testing.HandClock;

class InputGateTest {
    private static final Duration PAUSE = Duration.ofSeconds(2);
    private static final InputEvent MOVE = new PointerMove(10, 20);
    private static final InputEvent SPACE = new KeyStroke(Key.SPACE, true);
    private static final InputEvent ENTER = new KeyStroke(Key.ENTER, true);
    private static final InputEvent CLICK = new PointerButton(400, 300, MouseButton.PRIMARY, true);

    /** What the injector and the listener heard, in order. */
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final HandClock clock = new HandClock(java.time.Instant.parse("2024-05-01T09:00:00Z"));
    private final RecordingInjector injector = new RecordingInjector();
    private final RecordingListener listener = new RecordingListener();
    private final InputGate gate = new InputGate(injector, clock, PAUSE, listener);

    @Test
    void nothingIsInjectedBeforeControlIsGranted() {
        assertFalse(gate.offer(MOVE));
        assertFalse(gate.offer(SPACE));

        assertEquals(List.of(), injector.injected);
        assertEquals(2, gate.droppedCount(DropReason.NOT_GRANTED));
        assertEquals(2, gate.droppedCount());
    }

    @Test
    void eventsAreInjectedOnceControlIsGranted() {
        gate.grant();

        assertTrue(gate.offer(MOVE));
        assertTrue(gate.offer(SPACE));
        assertEquals(List.of(MOVE, SPACE), injector.injected);
        assertEquals(0, gate.droppedCount());
    }

    @Test
    void anOpenPromptSuspendsInputEvenThoughControlIsGranted() {
        gate.grant();
        PromptHold prompt = gate.promptOpened();

        assertFalse(gate.offer(MOVE));
        assertTrue(gate.isGranted());
        assertTrue(gate.isPromptOpen());
        assertEquals(1, gate.droppedCount(DropReason.PROMPT_OPEN));

        prompt.close();
        assertTrue(gate.offer(MOVE));
        assertEquals(List.of(MOVE), injector.injected);
    }

    @Test
    void theTechnicianCannotAnswerAPromptWithSpaceEnterOrAClick() {
        gate.grant();
        PromptHold prompt = gate.promptOpened();
        for (InputEvent answer : List.of(SPACE, new KeyStroke(Key.SPACE, false), ENTER,
                new KeyStroke(Key.ENTER, false), new KeyStroke(Key.TAB, true), CLICK,
                new PointerButton(400, 300, MouseButton.PRIMARY, false), new InputEvent.TypedText("y"))) {
            assertFalse(gate.offer(answer), answer + " got through");
        }
        prompt.close();

        assertEquals(List.of(), injector.injected);
        assertEquals(8, gate.droppedCount(DropReason.PROMPT_OPEN));
    }

    @Test
    void openingAPromptLetsGoOfAKeyTheTechnicianHolds() {
        gate.grant();
        gate.offer(SPACE);

        gate.promptOpened();

        assertEquals(List.of("beforeGrant granted=false", "inject " + SPACE, "releaseAll"), log);
    }

    @Test
    void inputStaysSuspendedUntilTheLastOfOverlappingPromptsCloses() {
        gate.grant();
        PromptHold first = gate.promptOpened();
        PromptHold second = gate.promptOpened();

        first.close();
        first.close();
        assertFalse(gate.offer(MOVE), "closing one hold twice must not release the other");

        second.close();
        assertTrue(gate.offer(MOVE));
    }

    @Test
    void aPromptOpenedBeforeTheGrantStillSuspendsInput() {
        PromptHold prompt = gate.promptOpened();
        gate.grant();

        assertFalse(gate.offer(CLICK));
        assertEquals(1, gate.droppedCount(DropReason.PROMPT_OPEN));
        prompt.close();
        assertTrue(gate.offer(CLICK));
    }

    @Test
    void revokingDropsLaterEventsAndReleasesHeldKeys() {
        gate.grant();
        gate.offer(new KeyStroke(Key.SHIFT, true));

        gate.revoke("The customer stopped control.");

        assertFalse(gate.offer(new KeyStroke(Key.A, true)));
        assertEquals(1, injector.releaseAllCalls.get());
        assertEquals(1, gate.droppedCount(DropReason.NOT_GRANTED));
        assertFalse(gate.isGranted());
    }

    @Test
    void revokingWhenNotGrantedDoesNothing() {
        gate.revoke("nothing to revoke");

        assertEquals(List.of(), log);
    }

    @Test
    void grantingTwiceTellsTheListenerOnce() {
        gate.grant();
        gate.grant();

        assertEquals(List.of("beforeGrant granted=false"), log);
    }

    @Test
    void theCustomersOwnInputPausesRemoteInputForTheConfiguredTime() {
        gate.grant();
        gate.localActivity();

        assertTrue(gate.isPaused());
        assertFalse(gate.offer(MOVE));
        clock.advance(PAUSE.minusMillis(1));
        assertFalse(gate.offer(MOVE));
        assertEquals(2, gate.droppedCount(DropReason.CUSTOMER_ACTIVE));

        clock.advance(Duration.ofMillis(1));
        assertTrue(gate.offer(MOVE));
        assertFalse(gate.isPaused());
        assertEquals(List.of(MOVE), injector.injected);
    }

    @Test
    void continuedLocalActivityExtendsThePauseAndTellsTheListenerOnce() {
        gate.grant();
        gate.localActivity();
        clock.advance(Duration.ofMillis(1500));
        gate.localActivity();
        clock.advance(Duration.ofMillis(1500));

        assertFalse(gate.offer(MOVE));
        clock.advance(Duration.ofMillis(500));
        assertTrue(gate.offer(MOVE));
        assertEquals(1, listener.pauses.get());
        assertEquals(1, listener.resumes.get());
    }

    @Test
    void aPauseEndsOnRefreshWithoutWaitingForAnEvent() {
        gate.grant();
        gate.localActivity();
        gate.refresh();
        assertEquals(0, listener.resumes.get());

        clock.advance(PAUSE);
        gate.refresh();

        assertEquals(1, listener.resumes.get());
        assertFalse(gate.isPaused());
    }

    @Test
    void pausingLetsGoOfHeldButtons() {
        gate.grant();
        gate.offer(CLICK);

        gate.localActivity();

        assertEquals(List.of("beforeGrant granted=false", "inject " + CLICK,
                "beforePause paused=false " + InputGate.CUSTOMER_ACTIVE_REASON, "releaseAll"), log);
    }

    @Test
    void localActivityWithoutControlDoesNotPause() {
        gate.localActivity();

        assertFalse(gate.isPaused());
        assertEquals(List.of(), log);
    }

    @Test
    void revokingEndsAPauseWithoutResuming() {
        gate.grant();
        gate.localActivity();
        gate.revoke("ended");
        gate.grant();

        assertTrue(gate.offer(MOVE));
        assertEquals(0, listener.resumes.get());
    }

    @Test
    void theListenerHearsEachDecisionBeforeItTakesEffect() {
        gate.grant();
        gate.offer(SPACE);
        gate.localActivity();
        clock.advance(PAUSE);
        gate.refresh();
        gate.revoke("The customer stopped control.");

        assertEquals(List.of(
                "beforeGrant granted=false",
                "inject " + SPACE,
                "beforePause paused=false " + InputGate.CUSTOMER_ACTIVE_REASON,
                "releaseAll",
                "resumed paused=false",
                "beforeRevoke granted=true The customer stopped control.",
                "releaseAll"), log);
    }

    @Test
    void droppedEventsAreReportedWithTheirRunningCount() {
        gate.offer(MOVE);
        gate.offer(MOVE);
        gate.grant();
        PromptHold prompt = gate.promptOpened();
        gate.offer(MOVE);
        prompt.close();

        assertEquals(List.of("dropped NOT_GRANTED 1", "dropped NOT_GRANTED 2", "dropped PROMPT_OPEN 1"),
                log.stream().filter(line -> line.startsWith("dropped")).toList());
    }

    @Test
    void aGrantWhoseLogEntryFailsDoesNotTakeEffect() {
        InputGate failing = new InputGate(injector, clock, PAUSE, new GateListener() {
            @Override
            public void beforeGrant() {
                throw new IllegalStateException("log is full");
            }
        });

        assertThrows(IllegalStateException.class, failing::grant);
        assertFalse(failing.isGranted());
        assertFalse(failing.offer(MOVE));
    }

    @Test
    void aRevocationWhoseLogEntryFailsStillTakesEffect() {
        InputGate failing = new InputGate(injector, clock, PAUSE, new GateListener() {
            @Override
            public void beforeRevoke(String reason) {
                throw new IllegalStateException("log is full");
            }

            @Override
            public void beforePause(InputGate.Pause pause, String reason) {
                throw new IllegalStateException("log is full");
            }
        });
        failing.grant();

        assertThrows(IllegalStateException.class, failing::localActivity);
        assertTrue(failing.isPaused());
        assertThrows(IllegalStateException.class, () -> failing.revoke("stop"));
        assertFalse(failing.isGranted());
        assertEquals(2, injector.releaseAllCalls.get());
    }

    @Test
    void nothingIsInjectedOnceRevokeHasReturned() throws Exception {
        AtomicBoolean revoked = new AtomicBoolean();
        AtomicInteger late = new AtomicInteger();
        InputGate shared = new InputGate(new InputInjector() {
            @Override
            public void inject(InputEvent event) {
                if (revoked.get()) {
                    late.incrementAndGet();
                }
            }

            @Override
            public void releaseAll() {}
        }, clock, PAUSE, new GateListener() {});
        shared.grant();
        ExecutorService technicians = Executors.newFixedThreadPool(4);
        CountDownLatch running = new CountDownLatch(4);
        List<Future<?>> senders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            senders.add(technicians.submit(() -> {
                running.countDown();
                for (int n = 0; n < 20_000; n++) {
                    shared.offer(MOVE);
                }
            }));
        }
        assertTrue(running.await(5, TimeUnit.SECONDS));

        shared.revoke("stop");
        revoked.set(true);
        for (Future<?> sender : senders) {
            sender.get(10, TimeUnit.SECONDS);
        }
        technicians.shutdown();

        assertEquals(0, late.get());
    }

    @Test
    void refusesANegativePause() {
        assertThrows(IllegalArgumentException.class,
                () -> new InputGate(injector, clock, Duration.ofMillis(-1), listener));
    }

    private final class RecordingInjector implements InputInjector {
        final List<InputEvent> injected = new CopyOnWriteArrayList<>();
        final AtomicInteger releaseAllCalls = new AtomicInteger();

        @Override
        public void inject(InputEvent event) {
            injected.add(event);
            log.add("inject " + event);
        }

        @Override
        public void releaseAll() {
            releaseAllCalls.incrementAndGet();
            log.add("releaseAll");
        }
    }

    private final class RecordingListener implements GateListener {
        final AtomicInteger pauses = new AtomicInteger();
        final AtomicInteger resumes = new AtomicInteger();

        @Override
        public void beforeGrant() {
            log.add("beforeGrant granted=" + gate.isGranted());
        }

        @Override
        public void beforeRevoke(String reason) {
            log.add("beforeRevoke granted=" + gate.isGranted() + " " + reason);
        }

        @Override
        public void beforePause(InputGate.Pause pause, String reason) {
            pauses.incrementAndGet();
            log.add("beforePause paused=" + gate.isPaused() + " " + reason);
        }

        @Override
        public void resumed(InputGate.Pause pause) {
            resumes.incrementAndGet();
            log.add("resumed paused=" + gate.isPaused());
        }

        @Override
        public void dropped(DropReason reason, long count) {
            log.add("dropped " + reason + " " + count);
        }
    }
}
