package org.tandem.customer.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.FrameRect;

/**
 * The rectangles drawn since the last frame reach the encoder in one kind of list whatever their
 * number: the encoder's loop over them is compiled for the kind it meets, and a second kind (the
 * JDK's immutable lists are one class for one or two elements and another for more) made the JIT
 * throw away and compile again the whole encoder it was inlined into, several times in a session.
 */
class LentFrameTest {
    private static final Frame FRAME = new Frame(64, 64, new int[64 * 64]);

    @Test
    void theRectanglesDrawnAreOneKindOfListWhateverTheirNumber() {
        Class<?> kind = lent(1).drawn().getClass();
        for (int count : new int[] {0, 2, 3, 7}) {
            assertEquals(kind, lent(count).drawn().getClass(), count + " rectangles");
        }
        assertEquals(kind, LentFrame.drawnEverywhere(FRAME).drawn().getClass(), "a frame drawn everywhere");
    }

    @Test
    void theRectanglesDrawnAreACopyThatCannotChange() {
        List<FrameRect> drawn = new ArrayList<>(List.of(new FrameRect(1, 2, 3, 4)));
        LentFrame lent = new LentFrame(FRAME, drawn);
        drawn.clear();

        assertEquals(List.of(new FrameRect(1, 2, 3, 4)), lent.drawn());
        assertThrows(UnsupportedOperationException.class, () -> lent.drawn().add(new FrameRect(0, 0, 1, 1)));
        List<FrameRect> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> new LentFrame(FRAME, withNull));
    }

    private static LentFrame lent(int count) {
        List<FrameRect> drawn = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drawn.add(new FrameRect(i, i, 2, 2));
        }
        return new LentFrame(FRAME, drawn);
    }
}
