package org.tandem.customer.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tandem.shared.message.ControlMessage;

class SharedAreaTest {
    /** A laptop at the origin and a larger monitor to its left, lower down. */
    private static final Rectangle LAPTOP = new Rectangle(0, 0, 1280, 800);
    private static final Rectangle LEFT = new Rectangle(-1920, 200, 1920, 1080);

    private final List<Rectangle> desktop = new ArrayList<>(List.of(LAPTOP, LEFT));
    private final SharedArea area = new SharedArea(() -> desktop);

    @Test
    void thePrimaryMonitorIsSharedFirst() {
        assertEquals(1, area.chosen());
        assertEquals(LAPTOP, area.bounds());
    }

    @Test
    void allMonitorsShareTheRectangleThatHoldsThemAll() {
        area.choose(SharedArea.ALL);

        assertEquals(new Rectangle(-1920, 0, 3200, 1280), area.bounds());
    }

    @Test
    void aMonitorThatIsNotThereIsRefusedAndTheChoiceStays() {
        assertThrows(IllegalArgumentException.class, () -> area.choose(3));
        assertThrows(IllegalArgumentException.class, () -> area.choose(-1));
        assertEquals(1, area.chosen());
    }

    @Test
    void theViewerIsToldOfEveryMonitorAndTheSizeNowShared() {
        area.choose(2);

        assertEquals(new ControlMessage.ScreenMonitors(List.of(new ControlMessage.Monitor(0, 0, 1280, 800),
                new ControlMessage.Monitor(-1920, 200, 1920, 1080)), 2, 1920, 1080), area.describe());
    }

    @Test
    void listenersHearOfAChangeOnlyWhenTheChoiceChanged() {
        AtomicInteger heard = new AtomicInteger();
        area.onChange(heard::incrementAndGet);

        area.choose(1);
        area.choose(2);

        assertEquals(1, heard.get());
    }

    @Test
    void aMonitorUnpluggedWhileChosenLeavesThePrimaryShared() {
        area.choose(2);
        desktop.remove(LEFT);

        area.reread();

        assertEquals(1, area.chosen());
        assertEquals(LAPTOP, area.bounds());
    }
}
