package org.tandem.agent.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tandem.shared.message.PointerMessage.NamedShape;
import org.tandem.shared.message.PointerMessage.SameShape;
import org.tandem.shared.message.PointerMessage.Shape;

class PointerShapeBookTest {
    private static Shape look(int colour) {
        int[] pixels = new int[8 * 8];
        Arrays.fill(pixels, colour);
        return new Shape(8, 8, 0, 0, pixels);
    }

    private final PointerShapeBook book = new PointerShapeBook();

    @Test
    void aNumberStandsForTheLookItNamed() {
        assertEquals(Optional.of(look(1)), book.lookOf(new NamedShape(1, look(1))));
        book.lookOf(new NamedShape(2, look(2)));

        assertEquals(Optional.of(look(1)), book.lookOf(new SameShape(1)));
        assertEquals(Optional.of(look(2)), book.lookOf(new SameShape(2)));
    }

    @Test
    void aNumberNeverNamedGivesTheStandardArrowNotAnotherLook() {
        book.lookOf(new NamedShape(1, look(1)));

        assertEquals(Optional.empty(), book.lookOf(new SameShape(2)));
    }

    @Test
    void theLooksUsedLeastLatelyGoFirstAndOnlyBeyondWhatIsKept() {
        for (int i = 1; i <= PointerShapeBook.KEPT; i++) {
            book.lookOf(new NamedShape(i, look(i)));
        }
        book.lookOf(new SameShape(1)); // used again: now the latest
        book.lookOf(new NamedShape(PointerShapeBook.KEPT + 1, look(-1)));

        assertEquals(Optional.of(look(1)), book.lookOf(new SameShape(1)));
        assertEquals(Optional.empty(), book.lookOf(new SameShape(2)));
        assertEquals(Optional.of(look(3)), book.lookOf(new SameShape(3)));
    }
}
