package org.tandem.shared.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.shared.message.PointerMessage.Moved;
import org.tandem.shared.message.PointerMessage.NamedShape;
import org.tandem.shared.message.PointerMessage.SameShape;
import org.tandem.shared.message.PointerMessage.Shape;

class PointerMessageCodecTest {
    private final SessionMessageCodec wire = new SessionMessageCodec();

    static Stream<PointerMessage> messages() {
        int[] arrow = new int[12 * 20];
        Arrays.fill(arrow, 0x80FFFFFF);
        arrow[0] = 0xFF000000;
        return Stream.of(new Moved(0, 0, true), new Moved(1919, 1079, true), new Moved(65535, 65535, false),
                new NamedShape(1, new Shape(12, 20, 0, 0, arrow)), new NamedShape(0xFFFF_FFFFL,
                        new Shape(Shape.MAX_SIDE, Shape.MAX_SIDE, 63, 63, new int[Shape.MAX_SIDE * Shape.MAX_SIDE])),
                new SameShape(1), new SameShape(0xFFFF_FFFFL));
    }

    @ParameterizedTest
    @MethodSource("messages")
    void everyPointerMessageSurvivesTheWire(PointerMessage message) throws Exception {
        byte[] encoded = wire.encode(message);

        assertEquals(SessionMessageCodec.KIND_POINTER, encoded[0]);
        assertEquals(message, wire.decode(encoded));
    }

    @Test
    void aMoveTakesSevenBytes() {
        assertEquals(7, wire.encode(new Moved(300, 200, true)).length);
    }

    @Test
    void aLookSeenBeforeTakesSixBytesWhateverItsSize() {
        assertEquals(6, wire.encode(new SameShape(3)).length);
    }

    @Test
    void aLookIsNeverSentWithoutItsNumber() {
        assertThrows(IllegalArgumentException.class, () -> wire.encode(new Shape(2, 2, 1, 1, new int[4])));
    }

    @Test
    void anOversizeShapeIsRefusedWithAClearErrorBeforeItsPixelsAreRead() {
        byte[] header = {4, 2, 0, 0, 0, 1, (byte) 200, (byte) 200, 0, 0};

        ProtocolException e = assertThrows(ProtocolException.class, () -> wire.decode(header));

        assertEquals("A pointer shape of 200×200 pixels is larger than 64×64; Tandem refuses it", e.getMessage());
    }

    @Test
    void anOversizeShapeCannotBeMadeToBeSent() {
        assertThrows(IllegalArgumentException.class, () -> new Shape(65, 1, 0, 0, new int[65]));
    }

    static Stream<byte[]> broken() {
        byte[] shape = new SessionMessageCodec().encode(new NamedShape(5, new Shape(2, 2, 1, 1, new int[4])));
        return Stream.of(
                new byte[] {4},
                new byte[] {4, 1, 0, 10, 0},
                new byte[] {4, 1, 0, 10, 0, 10, 1, 9},
                new byte[] {4, 1, 0, 10, 0, 10, 2},
                new byte[] {4, 9, 0, 0},
                Arrays.copyOf(shape, shape.length - 1),
                Arrays.copyOf(shape, shape.length + 4),
                new byte[] {4, 2, 0, 0, 0, 1, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
                new byte[] {4, 2, 0, 0, 0, 1, 0, 2, 0, 0},
                new byte[] {4, 3, 0, 0, 0, 0},
                new byte[] {4, 3, 0, 0, 1},
                new byte[] {4, 3, 0, 0, 0, 1, 0});
    }

    @ParameterizedTest
    @MethodSource("broken")
    void aTruncatedOrMalformedPointerMessageIsAProtocolError(byte[] bytes) {
        ProtocolException e = assertThrows(ProtocolException.class, () -> wire.decode(bytes));

        assertTrue(e.getMessage().toLowerCase().contains("pointer"), e.getMessage());
    }

    @Test
    void aShapeKeepsItsOwnCopyOfThePixels() {
        int[] pixels = new int[4];
        Shape shape = new Shape(2, 2, 0, 0, pixels);
        pixels[0] = 7;

        assertArrayEquals(new int[4], shape.argb());
    }
}
