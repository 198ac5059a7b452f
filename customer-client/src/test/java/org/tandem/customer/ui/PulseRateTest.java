package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class PulseRateTest {
    @Test
    void theClientPulsesThirtyTimesASecondUnlessToldOtherwise() {
        Properties none = new Properties();
        PulseRate.applyUnlessSet(none);
        assertEquals("30", none.getProperty("javafx.animation.pulse"));

        Properties given = new Properties();
        given.setProperty("javafx.animation.pulse", "60");
        PulseRate.applyUnlessSet(given);
        assertEquals("60", given.getProperty("javafx.animation.pulse"), "a rate given with -D stays");
    }
}
