package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.customer.capture.SharedArea;

class MonitorPickerViewModelTest {
    private final List<Integer> asked = new ArrayList<>();

    private MonitorPickerViewModel picker(SharedArea area) {
        return new MonitorPickerViewModel(Runnable::run, area, asked::add);
    }

    @Test
    void everyMonitorAndAllOfThemAreOfferedWithThePrimaryChosen() {
        MonitorPickerViewModel model = picker(new SharedArea(() -> List.of(new Rectangle(0, 0, 1280, 800),
                new Rectangle(1280, 0, 1024, 768))));

        assertEquals(List.of("Monitor 1 (1280×800, main)", "Monitor 2 (1024×768)", "All monitors (2304×800)"),
                model.choices());
        assertEquals(0, model.selectedProperty().get());
        assertTrue(model.shownProperty().get());
    }

    @Test
    void pickingALineAsksForThatMonitorOrForAll() {
        MonitorPickerViewModel model = picker(new SharedArea(() -> List.of(new Rectangle(0, 0, 1280, 800),
                new Rectangle(1280, 0, 1024, 768))));

        model.select(1);
        model.select(2);
        model.select(0); // the line already chosen
        model.select(7); // no such line

        assertEquals(List.of(2, SharedArea.ALL), asked);
    }

    @Test
    void aSwitchMadeElsewhereShowsAsTheChosenLine() {
        SharedArea area = new SharedArea(() -> List.of(new Rectangle(0, 0, 1280, 800), new Rectangle(1280, 0, 1024, 768)));
        MonitorPickerViewModel model = picker(area);

        area.choose(SharedArea.ALL);

        assertEquals(2, model.selectedProperty().get());
        assertEquals(List.of(), asked, "showing a switch asks for none");
    }

    @Test
    void oneMonitorLeavesNothingToPick() {
        MonitorPickerViewModel model = picker(SharedArea.single(1920, 1080));

        assertFalse(model.shownProperty().get());
    }
}
