package org.tandem.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tandem.customer.control.InputGate.DropReason;
import org.tandem.shared.input.Key;
import org.tandem.shared.input.MouseButton;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.InputEvent.KeyStroke;
import org.tandem.shared.message.InputEvent.PointerButton;
import org.tandem.shared.message.InputEvent.PointerMove;
import org.tandem.shared.testing.HandClock;

/**
 * Remote input never operates Tandem itself, and a Tandem window in the way never leaves control stuck:
 * input that would reach one of Tandem's windows on the customer's screen holds remote input there, the
 * technician's pointer still moves, and their next click outside Tandem's windows lands and resumes
 * control. Nothing else gets through meanwhile.
 */
class InputGateOwnWindowsTest {
    private static final Duration PAUSE = Duration.ofSeconds(2);
    private static final InputEvent SPACE = new KeyStroke(Key.SPACE, true);
    private static final InputEvent CLICK = new PointerButton(400, 300, MouseButton.PRIMARY, true);
    /** On and off {@link #tandemWindow}. */
    private static final InputEvent PRESS_ON_TANDEM = new PointerButton(350, 280, MouseButton.PRIMARY, true);
    private static final InputEvent RELEASE_ON_TANDEM = new PointerButton(350, 280, MouseButton.PRIMARY, false);
    private static final InputEvent MOVE_OUTSIDE = new PointerMove(600, 500);
    private static final InputEvent PRESS_OUTSIDE = new PointerButton(600, 500, MouseButton.PRIMARY, true);
    private static final InputEvent RELEASE_OUTSIDE = new PointerButton(600, 500, MouseButton.PRIMARY, false);

    /** What the injector and the listener heard, in order. */
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final HandClock clock = new HandClock(java.time.Instant.parse("2024-05-01T09:00:00Z"));
    private final RecordingInjector injector = new RecordingInjector();
    private final RecordingListener listener = new RecordingListener();

    /** Tandem's own window on the customer's screen: 300×200 at (100, 100), focused or not. */
    private final AtomicBoolean tandemFocused = new AtomicBoolean();
    private final OwnWindows tandemWindow = new OwnWindows() {
        @Override
        public boolean hasFocus() {
            return tandemFocused.get();
        }

        @Override
        public boolean covers(int x, int y) {
            return x >= 100 && x < 400 && y >= 100 && y < 300;
        }
    };

    @Test
    void remoteInputNeverOperatesTandemsOwnWindows() {
        InputGate guarded = new InputGate(injector, clock, PAUSE, listener, tandemWindow);
        guarded.grant();
        InputEvent clickOnEndSession = new PointerButton(350, 280, MouseButton.PRIMARY, true);
        InputEvent wheelOnTandem = new InputEvent.Wheel(150, 150, 0, 3);

        assertFalse(guarded.offer(clickOnEndSession), "a click reached the customer's Tandem window");
        assertFalse(guarded.offer(wheelOnTandem));
        assertEquals(1, listener.pauses.get(), "the technician is told once why input is held");
        assertTrue(guarded.offer(new PointerMove(350, 280)), "moving over it is harmless");
        assertEquals(0, listener.resumes.get(), "moving is no click outside: the pause goes on");

        tandemFocused.set(true);
        assertFalse(guarded.offer(SPACE), "Space reached a focused Tandem window");
        assertFalse(guarded.offer(new InputEvent.TypedText("x")));
        tandemFocused.set(false);
        assertTrue(guarded.offer(CLICK), "a click elsewhere goes through");
        assertEquals(1, listener.resumes.get());
        assertEquals(List.of(new PointerMove(350, 280), CLICK), injector.injected);
        assertEquals(4, guarded.droppedCount(DropReason.OWN_WINDOW));
        assertTrue(log.stream().anyMatch(line -> line.contains(InputGate.OWN_WINDOW_REASON)), log.toString());
    }

    @Test
    void aClickOnTandemsWindowHoldsInputUntilAClickOutsideItWhichLands() {
        InputGate guarded = new InputGate(injector, clock, PAUSE, listener, tandemWindow);
        guarded.grant();

        assertFalse(guarded.offer(PRESS_ON_TANDEM));
        assertFalse(guarded.offer(RELEASE_ON_TANDEM), "the release of a click that never landed is not injected either");
        assertTrue(guarded.offer(MOVE_OUTSIDE), "the technician's pointer still follows their mouse");
        assertEquals(1, listener.pauses.get());
        assertEquals(0, listener.resumes.get(), "moving is no click outside: the pause goes on until one");

        assertTrue(guarded.offer(PRESS_OUTSIDE), "the click outside lands");
        assertTrue(guarded.offer(RELEASE_OUTSIDE));
        assertEquals(1, listener.resumes.get());
        assertEquals(List.of(MOVE_OUTSIDE, PRESS_OUTSIDE, RELEASE_OUTSIDE), injector.injected);
        assertEquals(2, guarded.droppedCount(DropReason.OWN_WINDOW));
        assertEquals(List.of(InputGate.Pause.OWN_WINDOW), listener.pauseKinds);
        assertEquals(List.of(InputGate.Pause.OWN_WINDOW), listener.resumeKinds);
    }

    @Test
    void whileATandemWindowIsInTheWayOnlyThePointerMovesUntilAClickOutside() {
        InputGate guarded = new InputGate(injector, clock, PAUSE, listener, tandemWindow);
        guarded.grant();
        assertFalse(guarded.offer(PRESS_ON_TANDEM));

        assertFalse(guarded.offer(SPACE), "keys wait for the click outside, wherever the focus is");
        assertFalse(guarded.offer(new InputEvent.Wheel(600, 500, 0, 3)), "so does the wheel, outside Tandem too");
        assertFalse(guarded.offer(PRESS_ON_TANDEM), "another click on Tandem");
        assertFalse(guarded.offer(RELEASE_ON_TANDEM));
        assertEquals(1, listener.pauses.get(), "one pause, however much lands on Tandem");
        assertEquals(5, guarded.droppedCount(DropReason.OWN_WINDOW));
        assertEquals(List.of(), injector.injected);

        assertTrue(guarded.offer(PRESS_OUTSIDE));
        assertTrue(guarded.offer(SPACE), "after the click outside, keys go through again");
        assertEquals(1, listener.resumes.get());
    }

    @Test
    void aHoldAtATandemWindowIsHeardBeforeItTakesEffectAndItsEndBeforeTheClickOutsideLands() {
        InputGate guarded = new InputGate(injector, clock, PAUSE, listener, tandemWindow);
        guarded.grant();
        guarded.offer(PRESS_ON_TANDEM);
        guarded.offer(PRESS_OUTSIDE);

        assertEquals(List.of("beforeGrant", "beforePause " + InputGate.OWN_WINDOW_REASON, "releaseAll",
                "dropped OWN_WINDOW 1", "resumed OWN_WINDOW", "inject " + PRESS_OUTSIDE), log);
    }

    @Test
    void theCustomersMouseWhileATandemWindowIsInTheWayMakesThePauseTheirsAndItEndsOnce() {
        InputGate guarded = new InputGate(injector, clock, PAUSE, listener, tandemWindow);
        guarded.grant();
        guarded.offer(PRESS_ON_TANDEM);

        guarded.localActivity();
        assertEquals(2, listener.pauses.get(), "the customer's own pause is told as theirs");
        assertTrue(guarded.isPaused());
        assertFalse(guarded.offer(PRESS_OUTSIDE), "the customer has the mouse");
        clock.advance(PAUSE);
        guarded.refresh();
        assertEquals(1, listener.resumes.get());

        assertTrue(guarded.offer(PRESS_OUTSIDE));
        assertEquals(1, listener.resumes.get(), "nothing was paused any more, so nothing resumes again");
        assertEquals(List.of(InputGate.Pause.OWN_WINDOW, InputGate.Pause.CUSTOMER_ACTIVE), listener.pauseKinds);
        assertEquals(List.of(InputGate.Pause.CUSTOMER_ACTIVE), listener.resumeKinds, "it ended as the customer's");
    }

    @Test
    void aKeyWhileTandemHasTheFocusHoldsInputUntilAClickOutside() {
        InputGate guarded = new InputGate(injector, clock, PAUSE, listener, tandemWindow);
        guarded.grant();
        tandemFocused.set(true); // the customer pressed Allow in Tandem's window

        assertFalse(guarded.offer(SPACE));
        tandemFocused.set(false); // as the click outside will move the focus
        assertFalse(guarded.offer(SPACE), "held: keys wait for the click outside");
        assertTrue(guarded.offer(PRESS_OUTSIDE));
        assertTrue(guarded.offer(SPACE));

        assertEquals(List.of(PRESS_OUTSIDE, SPACE), injector.injected);
        assertEquals(List.of(InputGate.Pause.OWN_WINDOW), listener.resumeKinds);
    }

    private final class RecordingInjector implements InputInjector {
        final List<InputEvent> injected = new CopyOnWriteArrayList<>();

        @Override
        public void inject(InputEvent event) {
            injected.add(event);
            log.add("inject " + event);
        }

        @Override
        public void releaseAll() {
            log.add("releaseAll");
        }
    }

    private final class RecordingListener implements GateListener {
        final AtomicInteger pauses = new AtomicInteger();
        final AtomicInteger resumes = new AtomicInteger();
        /** Which pause each pause and resumption was. */
        final List<InputGate.Pause> pauseKinds = new CopyOnWriteArrayList<>();
        final List<InputGate.Pause> resumeKinds = new CopyOnWriteArrayList<>();

        @Override
        public void beforeGrant() {
            log.add("beforeGrant");
        }

        @Override
        public void beforePause(InputGate.Pause pause, String reason) {
            pauses.incrementAndGet();
            pauseKinds.add(pause);
            log.add("beforePause " + reason);
        }

        @Override
        public void resumed(InputGate.Pause pause) {
            resumes.incrementAndGet();
            resumeKinds.add(pause);
            log.add("resumed " + pause);
        }

        @Override
        public void dropped(DropReason reason, long count) {
            log.add("dropped " + reason + " " + count);
        }
    }
}
