package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.control.InputGate;
import org.tandem.customer.control.InputInjector;
import org.tandem.customer.control.OwnWindows;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.input.MouseButton;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.SessionJournal;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.InputEvent.PointerButton;
import org.tandem.shared.message.InputEvent.PointerMove;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.testing.HandClock;

/**
 * A pause of remote input and its end are recorded once each, by whoever made them: the customer's
 * own mouse pauses as the customer's and resumes as Tandem's once it has been still; a Tandem window in
 * the way pauses as Tandem's, and the technician's click outside it resumes it as theirs. The
 * technician's side is told which pause it is. Real control, consent broker and input gate; the
 * journal, the injector, Tandem's window and the technician are stand-ins.
 */
class ControlPausedByTest {
    private static final String DANA = "technician:Dana";
    private static final Duration STILL_FOR = Duration.ofSeconds(2);
    private static final InputEvent PRESS_ON_TANDEM = new PointerButton(350, 280, MouseButton.PRIMARY, true);
    private static final InputEvent RELEASE_ON_TANDEM = new PointerButton(350, 280, MouseButton.PRIMARY, false);
    private static final InputEvent MOVE_OUTSIDE = new PointerMove(600, 500);
    private static final InputEvent PRESS_OUTSIDE = new PointerButton(600, 500, MouseButton.PRIMARY, true);
    private static final InputEvent RELEASE_OUTSIDE = new PointerButton(600, 500, MouseButton.PRIMARY, false);

    /** Each pause and resumption on record: "actor type (reason)". */
    private final List<String> entries = new CopyOnWriteArrayList<>();
    private final List<SessionMessage> sent = new CopyOnWriteArrayList<>();
    private final List<InputEvent> injected = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Boolean>> prompts = new CopyOnWriteArrayList<>();
    private final HandClock clock = new HandClock(Instant.parse("2026-12-07T09:00:00Z"));
    /** Tandem's window on the customer's screen: 300×200 at (100, 100). */
    private final OwnWindows tandemWindow = new OwnWindows() {
        @Override
        public boolean hasFocus() {
            return false;
        }

        @Override
        public boolean covers(int x, int y) {
            return x >= 100 && x < 400 && y >= 100 && y < 300;
        }
    };
    private final CustomerControl control = new CustomerControl(new InputInjector() {
        @Override
        public void inject(InputEvent event) {
            injected.add(event);
        }

        @Override
        public void releaseAll() {
        }
    }, clock, STILL_FOR, tandemWindow, (granted, detail) -> { });

    @BeforeEach
    void grantControl() {
        SessionJournal journal = (actor, event) -> {
            if (event.type().startsWith("control.paused") || event.type().startsWith("control.resumed")) {
                Object reason = event.details().get("reason");
                entries.add(actor + " " + event.type() + (reason == null ? "" : " (" + reason + ")"));
            }
        };
        ConsentBroker broker = new ConsentBroker(journal, request -> {
            CompletableFuture<Boolean> shown = new CompletableFuture<>();
            prompts.add(shown);
            return shown;
        }, () -> control.gate().promptOpened(), Runnable::run, waiting -> { });
        control.attach(journal, sent::add, new IdentityVerdict.Verified("Dana", "Contoso Support"), broker,
                Duration.ofMinutes(1));
        control.requested(DANA, () -> true);
        prompts.get(0).complete(true);
        assertTrue(control.gate().isGranted(), "control was not granted");
        sent.clear();
    }

    @Test
    void aTandemWindowInTheWayIsTandemsPauseAndTheTechniciansClickOutsideEndsItOnce() {
        assertFalse(control.offer(PRESS_ON_TANDEM));
        assertFalse(control.offer(RELEASE_ON_TANDEM));
        assertTrue(control.offer(MOVE_OUTSIDE));
        assertFalse(control.offer(PRESS_ON_TANDEM), "a second click on Tandem's window");
        assertFalse(control.offer(RELEASE_ON_TANDEM));
        assertTrue(control.offer(PRESS_OUTSIDE), "the click outside lands");
        assertTrue(control.offer(RELEASE_OUTSIDE));

        assertEquals(List.of("system control.paused (" + InputGate.OWN_WINDOW_REASON + ")", DANA + " control.resumed"),
                entries, "Tandem held input; the technician's click outside resumed it");
        assertEquals(List.of(ControlMessage.ControlPaused.byTandem(InputGate.OWN_WINDOW_REASON),
                new ControlMessage.ControlResumed()), sent);
        assertEquals(List.of(MOVE_OUTSIDE, PRESS_OUTSIDE, RELEASE_OUTSIDE), injected);
    }

    @Test
    void theCustomersMouseIsTheirPauseAndTandemResumesOnceItIsStill() {
        control.gate().localActivity();
        clock.advance(Duration.ofSeconds(1));
        control.gate().localActivity();
        clock.advance(STILL_FOR);
        control.gate().refresh();
        control.gate().refresh();

        assertEquals(List.of("customer control.paused (" + InputGate.CUSTOMER_ACTIVE_REASON + ")",
                "system control.resumed"), entries);
        assertEquals(List.of(ControlMessage.ControlPaused.byCustomer(InputGate.CUSTOMER_ACTIVE_REASON),
                new ControlMessage.ControlResumed()), sent);
    }

    @Test
    void theCustomersMouseWhileATandemWindowIsInTheWayMakesThePauseTheirsAndItEndsOnce() {
        control.offer(PRESS_ON_TANDEM);
        control.gate().localActivity();
        assertFalse(control.offer(PRESS_OUTSIDE), "the customer has the mouse");
        clock.advance(STILL_FOR);
        control.gate().refresh();
        assertTrue(control.offer(PRESS_OUTSIDE));

        assertEquals(List.of("system control.paused (" + InputGate.OWN_WINDOW_REASON + ")",
                "customer control.paused (" + InputGate.CUSTOMER_ACTIVE_REASON + ")", "system control.resumed"), entries);
        assertEquals(List.of(ControlMessage.ControlPaused.byTandem(InputGate.OWN_WINDOW_REASON),
                ControlMessage.ControlPaused.byCustomer(InputGate.CUSTOMER_ACTIVE_REASON),
                new ControlMessage.ControlResumed()), sent);
    }

    @Test
    void aPauseThatEndsWithControlHasNoResumptionOfItsOwn() {
        control.offer(PRESS_ON_TANDEM);
        control.stop("The customer took back control.");

        assertEquals(List.of("system control.paused (" + InputGate.OWN_WINDOW_REASON + ")"), entries,
                "control.stopped ends it");
    }
}
