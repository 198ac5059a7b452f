package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tandem.shared.message.PointerMessage.NamedShape;
import org.tandem.shared.message.PointerMessage.SameShape;
import org.tandem.shared.message.PointerMessage.Shape;

class PointerShapeNamesTest {
    private static Shape look(int colour) {
        int[] pixels = new int[16 * 16];
        java.util.Arrays.fill(pixels, colour);
        return new Shape(16, 16, 1, 1, pixels);
    }

    private final PointerShapeNames names = new PointerShapeNames();

    @Test
    void aLookSeenAgainGoesAsItsNumber() {
        assertEquals(new NamedShape(1, look(1)), names.message(look(1)));
        assertEquals(new NamedShape(2, look(2)), names.message(look(2)));
        assertEquals(new SameShape(1), names.message(look(1)), "the arrow's pixels went again");
        assertEquals(new SameShape(2), names.message(look(2)));
    }

    @Test
    void theLooksUsedLeastLatelyAreForgottenAndSentWholeWithANewNumber() {
        for (int i = 1; i <= PointerShapeNames.KEPT; i++) {
            names.message(look(i));
        }
        names.message(look(1)); // used again: now the latest
        names.message(look(1000)); // one more than kept: look 2 is forgotten

        assertEquals(new SameShape(1), names.message(look(1)));
        assertEquals(new NamedShape(PointerShapeNames.KEPT + 2, look(2)), names.message(look(2)));
    }

    @Test
    void aNewShareSendsEachLookWholeAgainUnderANumberNeverGivenBefore() {
        names.message(look(1));
        names.message(look(2));

        names.forgetLooks();

        assertEquals(new NamedShape(3, look(1)), names.message(look(1)));
    }
}
