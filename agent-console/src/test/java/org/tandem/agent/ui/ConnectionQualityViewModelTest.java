package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Frames per second, measured over at least a second. */
class ConnectionQualityViewModelTest {
    @Test
    void framesPerSecondOverTheLastSecond() {
        AtomicLong now = new AtomicLong(0);
        ConnectionQualityViewModel model = new ConnectionQualityViewModel(now::get);
        for (int i = 0; i < 25; i++) {
            model.frameDrawn();
        }
        now.set(500_000_000L);
        model.tick();
        assertEquals("", model.framesPerSecondProperty().get(), "not before a second has passed");
        now.set(2_000_000_000L);
        model.tick();
        assertEquals("12.5 frames/s", model.framesPerSecondProperty().get());
        model.reset();
        assertEquals("", model.framesPerSecondProperty().get());
    }
}
