package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tandem.agent.session.AgentState;
import org.tandem.shared.testing.HandClock;

class ConnectingViewModelTest {
    private static final Instant PRESSED = Instant.parse("2026-12-07T08:00:00Z");
    private static final String ASKING = "Asking the relay for a session code…";
    private final HandClock clock = new HandClock(PRESSED);
    private final AtomicInteger cancels = new AtomicInteger();
    private final ConnectingViewModel model = new ConnectingViewModel(Runnable::run, clock, cancels::incrementAndGet);

    @Test
    void aShortWaitSaysOnlyWhatIsHappening() {
        model.stateChanged(AgentState.CREATING, ASKING);
        clock.set(PRESSED.plusMillis(2900));
        model.tick();

        assertTrue(model.showingProperty().get());
        assertEquals(ASKING, model.textProperty().get());
        assertEquals("", model.hintProperty().get());
    }

    @Test
    void aLongerWaitSaysHowLongAndPastTenSecondsWhatToDo() {
        model.stateChanged(AgentState.CREATING, ASKING);
        clock.set(PRESSED.plusSeconds(7));
        model.tick();
        assertEquals(ASKING + " (waiting 0:07)", model.textProperty().get());
        assertEquals("", model.hintProperty().get());

        clock.set(PRESSED.plusSeconds(64));
        model.tick();
        assertEquals(ASKING + " (waiting 1:04)", model.textProperty().get());
        assertTrue(model.hintProperty().get().contains("Press Cancel"), model.hintProperty().get());
    }

    @Test
    void cancelGivesTheTryUpOnlyWhileAskingAndTheCodeHidesIt() {
        assertFalse(model.cancel(), "nothing to cancel before asking");
        model.stateChanged(AgentState.CREATING, ASKING);

        assertTrue(model.cancel());
        assertEquals(1, cancels.get());

        model.stateChanged(AgentState.WAITING_FOR_CUSTOMER, "Read the code to your customer.");
        assertFalse(model.showingProperty().get());
        assertEquals("", model.textProperty().get());
        assertFalse(model.cancel(), "End session is for a code shown");
        assertEquals(1, cancels.get());
    }
}
