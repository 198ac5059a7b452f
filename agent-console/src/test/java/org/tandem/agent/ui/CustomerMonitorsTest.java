package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.shared.message.ControlMessage;

class CustomerMonitorsTest {
    private static final List<ControlMessage.Monitor> TWO = List.of(new ControlMessage.Monitor(0, 0, 1280, 800),
            new ControlMessage.Monitor(1280, 0, 1024, 768));

    private final List<Integer> asked = new ArrayList<>();
    private final CustomerMonitors monitors = new CustomerMonitors(Runnable::run, asked::add);

    @Test
    void theCustomersMonitorsAndAllOfThemAreListedWithTheSharedOneSelected() {
        monitors.changed(new ControlMessage.ScreenMonitors(TWO, 2, 1024, 768));

        assertEquals(List.of("Monitor 1 (1280×800)", "Monitor 2 (1024×768)", "All monitors (2304×800)"),
                monitors.choices());
        assertEquals(1, monitors.selectedProperty().get());
        assertTrue(monitors.shownProperty().get());
    }

    @Test
    void pickingALineAsksForThatMonitorOrAllAndNothingElse() {
        monitors.select(0); // nothing known yet
        monitors.changed(new ControlMessage.ScreenMonitors(TWO, 1, 1280, 800));

        monitors.select(0); // already shown
        monitors.select(2);
        monitors.select(1);
        monitors.select(3);

        assertEquals(List.of(ControlMessage.ScreenMonitors.ALL, 2), asked);
        assertEquals(0, monitors.selectedProperty().get(), "the selection waits for the customer's report");
    }

    @Test
    void oneMonitorOrANewSessionOffersNoChoice() {
        monitors.changed(new ControlMessage.ScreenMonitors(List.of(new ControlMessage.Monitor(0, 0, 800, 600)), 1, 800,
                600));
        assertFalse(monitors.shownProperty().get());

        monitors.changed(new ControlMessage.ScreenMonitors(TWO, 1, 1280, 800));
        monitors.clear();
        assertFalse(monitors.shownProperty().get());
        assertEquals(List.of(), monitors.choices());
    }
}
