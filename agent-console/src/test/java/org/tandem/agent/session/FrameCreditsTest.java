package org.tandem.agent.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tandem.shared.message.FrameCredit;

class FrameCreditsTest {
    private final long[] now = {0};
    private final FrameCredits credits = new FrameCredits(() -> now[0]);

    @Test
    void aTechnicianWhoOnlyWatchesGetsEachDrawnFrameCreditedAtOnce() {
        credits.grant(FrameCredit.MAX_IN_FLIGHT);
        assertEquals(0, credits.frameArrived());
        assertEquals(1, credits.drawn(1), "no input flows: the frame is credited back at once, two stay in flight");
        assertEquals(2, credits.held());
        credits.takeOwed(); // input, long ago
        now[0] += FrameCredits.RIDE_WITHIN;
        assertEquals(0, credits.frameArrived());
        assertEquals(1, credits.drawn(1), "the input stopped: credited at once again");
    }

    @Test
    void whileInputFlowsADrawnFrameWaitsWhileTheCustomerHoldsACreditAndGoesWhenItsLastIsUsed() {
        assertEquals(2, credits.grant(FrameCredit.MAX_IN_FLIGHT));
        assertEquals(0, credits.takeOwed(), "the technician's input flows");
        assertEquals(0, credits.frameArrived());
        assertEquals(0, credits.drawn(1), "one credit held still");
        assertEquals(1, credits.owed());
        assertEquals(1, credits.frameArrived(), "the customer's last credit was used: what was owed goes now");
        assertEquals(0, credits.owed());
        assertEquals(1, credits.held());
    }

    @Test
    void framesDrawnWhileTheCustomerHoldsNoneAreCreditedAtOnce() {
        credits.grant(FrameCredit.MAX_IN_FLIGHT);
        assertEquals(0, credits.frameArrived());
        assertEquals(0, credits.frameArrived(), "nothing owed to send");
        assertFalse(credits.anyHeld());
        assertEquals(2, credits.drawn(2));
        assertEquals(2, credits.held());
    }

    @Test
    void inputTakesWhatIsOwedOnce() {
        credits.takeOwed();
        credits.grant(2);
        credits.frameArrived();
        credits.drawn(1);
        assertEquals(1, credits.takeOwed());
        assertEquals(0, credits.takeOwed());
        assertEquals(2, credits.held());
    }

    @Test
    void theCustomerNeverHoldsMoreThanTheWindowAndIsNeverLeftWithoutACreditWhileFramesAreOwed() {
        // Any order of arrivals, draws and input: held + owed + frames not yet drawn stays the window,
        // and whenever the customer holds nothing, nothing is owed (it was sent).
        Random random = new Random(24);
        for (int run = 0; run < 1_000; run++) {
            long[] clock = {0};
            FrameCredits ledger = new FrameCredits(() -> clock[0]);
            ledger.grant(FrameCredit.MAX_IN_FLIGHT);
            int undrawn = 0;
            for (int step = 0; step < 50; step++) {
                clock[0] += random.nextInt(100_000_000); // up to 100 ms a step: input flows, and stops
                switch (random.nextInt(3)) {
                    case 0 -> {
                        if (ledger.anyHeld()) {
                            ledger.frameArrived();
                            undrawn++;
                        }
                    }
                    case 1 -> {
                        if (undrawn > 0) {
                            int frames = 1 + random.nextInt(undrawn);
                            ledger.drawn(frames);
                            undrawn -= frames;
                        }
                    }
                    default -> ledger.takeOwed();
                }
                assertEquals(FrameCredit.MAX_IN_FLIGHT, ledger.held() + ledger.owed() + undrawn);
                assertFalse(ledger.held() == 0 && ledger.owed() > 0, "owed " + ledger.owed() + " while none held");
            }
        }
    }

    @Test
    void resetForgetsBoth() {
        credits.takeOwed();
        credits.grant(2);
        credits.frameArrived();
        credits.drawn(1);
        credits.reset();
        assertEquals(0, credits.held());
        assertEquals(0, credits.owed());
        assertEquals(0, credits.takeOwed());
    }
}
