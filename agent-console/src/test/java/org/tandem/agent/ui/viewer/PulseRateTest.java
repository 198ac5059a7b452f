package org.tandem.agent.ui.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class PulseRateTest {
    @Test
    void theConsolePulsesFasterThanJavaFxsSixtyASecondWhenNobodySaidHowFast() {
        Properties system = new Properties();

        PulseRate.applyUnlessSet(system);

        assertEquals("240", system.getProperty("javafx.animation.pulse"));
    }

    @Test
    void aRateGivenOnTheCommandLineIsKept() {
        Properties system = new Properties();
        system.setProperty("javafx.animation.pulse", "60");

        PulseRate.applyUnlessSet(system);

        assertEquals("60", system.getProperty("javafx.animation.pulse"));
    }
}
