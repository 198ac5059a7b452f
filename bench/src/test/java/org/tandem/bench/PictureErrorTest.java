package org.tandem.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tandem.shared.screen.Frame;

class PictureErrorTest {

    @Test
    void exactPicturesHaveNoErrorAndNoPsnr() {
        PictureError error = new PictureError();
        error.add(frame(0xFF102030, 0xFF405060), frame(0xFF102030, 0xFF405060));

        assertTrue(Double.isInfinite(error.psnrDb()));
        assertEquals(0, error.maxError());
        assertEquals("\"psnrDb\":null,\"maxError\":0", error.toJsonMembers());
    }

    @Test
    void oneChannelOffByTenGivesItsPsnrAndMaxError() {
        PictureError error = new PictureError();
        // one of six channel samples is off by 10: mean square error 100 / 6
        error.add(frame(0xFF102030, 0xFF405060), frame(0xFF102026, 0xFF405060));

        assertEquals(10 * Math.log10(255.0 * 255.0 / (100.0 / 6)), error.psnrDb(), 1e-9);
        assertEquals(10, error.maxError());
    }

    @Test
    void aMissingPictureCountsAsAllWrong() {
        PictureError error = new PictureError();
        error.add(frame(0xFF102030, 0xFF405060), null);

        assertEquals(0, error.psnrDb(), 1e-9);
        assertEquals(255, error.maxError());
    }

    private static Frame frame(int a, int b) {
        return new Frame(2, 1, new int[] {a, b});
    }
}
