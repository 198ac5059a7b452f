package org.tandem.shared.message;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.shared.input.Key;
import org.tandem.shared.input.MouseButton;
import org.tandem.shared.message.InputEvent.KeyStroke;
import org.tandem.shared.message.InputEvent.PointerButton;
import org.tandem.shared.message.InputEvent.PointerMove;
import org.tandem.shared.message.InputEvent.TypedText;
import org.tandem.shared.message.InputEvent.Wheel;

class InputEventCodecTest {
    private static final int MAX = InputEvent.MAX_COORDINATE;

    private final SessionMessageCodec codec = new SessionMessageCodec();

    // ---- valid events ----

    static Stream<Named<InputEvent>> inputEvents() {
        return Stream.of(
                Named.of("move to the origin", new PointerMove(0, 0)),
                Named.of("move to the far corner", new PointerMove(MAX, MAX)),
                Named.of("move", new PointerMove(1919, 1079)),
                Named.of("primary down", new PointerButton(10, 20, MouseButton.PRIMARY, true)),
                Named.of("primary up", new PointerButton(10, 20, MouseButton.PRIMARY, false)),
                Named.of("middle down", new PointerButton(MAX, 0, MouseButton.MIDDLE, true)),
                Named.of("secondary up", new PointerButton(0, MAX, MouseButton.SECONDARY, false)),
                Named.of("back down", new PointerButton(5, 5, MouseButton.BACK, true)),
                Named.of("forward up", new PointerButton(5, 5, MouseButton.FORWARD, false)),
                Named.of("wheel down", new Wheel(100, 200, 0, 1)),
                Named.of("wheel up", new Wheel(100, 200, 0, -3)),
                Named.of("wheel left and right", new Wheel(MAX, MAX, -1, 2)),
                Named.of("largest wheel turns", new Wheel(0, 0, InputEvent.MAX_WHEEL_NOTCHES, -InputEvent.MAX_WHEEL_NOTCHES)),
                Named.of("key down", new KeyStroke(Key.A, true)),
                Named.of("key up", new KeyStroke(Key.ALT_GRAPH, false)),
                Named.of("one accented letter", new TypedText("é")),
                Named.of("German", new TypedText("Grüße, ß")),
                Named.of("Japanese", new TypedText("日本語")),
                Named.of("emoji (a surrogate pair)", new TypedText("👍")),
                Named.of("ASCII", new TypedText("plain ASCII, with spaces")),
                Named.of("longest text", new TypedText("日".repeat(InputEvent.MAX_TEXT_CHARS))));
    }

    @ParameterizedTest
    @MethodSource("inputEvents")
    void everyInputEventRoundTrips(InputEvent event) throws Exception {
        byte[] encoded = codec.encode(event);

        assertEquals(SessionMessageCodec.KIND_INPUT, encoded[0]);
        assertEquals(event, codec.decode(encoded));
    }

    @Test
    void samplesCoverEveryInputEvent() {
        Set<Class<?>> covered = inputEvents().map(Named::getPayload).map(Object::getClass).collect(Collectors.toSet());
        assertEquals(Set.of(InputEvent.class.getPermittedSubclasses()), covered);
    }

    @ParameterizedTest
    @EnumSource(Key.class)
    void everyKeyRoundTrips(Key key) throws Exception {
        assertEquals(new KeyStroke(key, true), codec.decode(codec.encode(new KeyStroke(key, true))));
    }

    @Test
    void inputEventWireFormat() {
        assertAll(
                () -> assertArrayEquals(new byte[] {3, 1, 0x07, (byte) 0x80, 0x04, 0x38},
                        codec.encode(new PointerMove(1920, 1080))),
                () -> assertArrayEquals(new byte[] {3, 2, 0, 10, 0, 20, 3, 1},
                        codec.encode(new PointerButton(10, 20, MouseButton.SECONDARY, true))),
                () -> assertArrayEquals(new byte[] {3, 3, 0, 1, 0, 2, (byte) 0xFF, (byte) 0xFF, 0, 3},
                        codec.encode(new Wheel(1, 2, -1, 3))),
                () -> assertArrayEquals(new byte[] {3, 4, 0, (byte) 0xE1, 0},
                        codec.encode(new KeyStroke(Key.SHIFT, false))),
                () -> assertArrayEquals(new byte[] {3, 5, 0, 3, 'a', (byte) 0xC3, (byte) 0xA9},
                        codec.encode(new TypedText("aé"))));
    }

    // ---- hostile input ----

    static Stream<Arguments> hostileInputEvents() {
        return Stream.of(
                hostile("kind only", new byte[] {3}, "cut short"),
                hostile("move cut short", new byte[] {3, 1, 0, 1, 0}, "cut short"),
                hostile("button without its pressed flag", new byte[] {3, 2, 0, 1, 0, 1, 1}, "cut short"),
                hostile("wheel cut short", new byte[] {3, 3, 0, 1, 0, 1, 0, 1, 0}, "cut short"),
                hostile("key cut short", new byte[] {3, 4, 0}, "cut short"),
                hostile("text without its length", new byte[] {3, 5, 0}, "cut short"),
                hostile("event type 0", new byte[] {3, 0, 0, 1, 0, 1}, "type 0"),
                hostile("event type 6", new byte[] {3, 6, 0, 1, 0, 1}, "type 6"),
                hostile("event type 255", new byte[] {3, (byte) 0xFF}, "type 255"),
                hostile("x of 16384", move(16384, 0), "out of range"),
                hostile("y of 16384", move(0, 16384), "out of range"),
                hostile("x of 65535", move(0xFFFF, 0), "out of range"),
                hostile("button far outside", concat(new byte[] {3, 2}, u16(40000), u16(1), new byte[] {1, 1}), "out of range"),
                hostile("wheel far outside", concat(new byte[] {3, 3}, u16(1), u16(0xFFFF), u16(1), u16(1)), "out of range"),
                hostile("wheel turned 101 notches", wheel(0, 101), "out of range"),
                hostile("wheel turned -101 notches sideways", wheel(-101, 0), "out of range"),
                hostile("wheel turned -32768 notches", wheel(0, -32768), "out of range"),
                hostile("wheel that does not turn", wheel(0, 0), "does not turn"),
                hostile("mouse button 0", new byte[] {3, 2, 0, 1, 0, 1, 0, 1}, "mouse button 0"),
                hostile("mouse button 6", new byte[] {3, 2, 0, 1, 0, 1, 6, 1}, "mouse button 6"),
                hostile("mouse button 255", new byte[] {3, 2, 0, 1, 0, 1, (byte) 0xFF, 1}, "mouse button 255"),
                hostile("button pressed flag 2", new byte[] {3, 2, 0, 1, 0, 1, 1, 2}, "pressed flag 2"),
                hostile("key pressed flag 255", concat(new byte[] {3, 4}, u16(Key.A.id()), new byte[] {(byte) 0xFF}), "pressed flag 255"),
                hostile("key id 0", key(0), "key id 0"),
                hostile("key id 0x32 (unassigned)", key(0x32), "key id 50"),
                hostile("key id 0xE4 (right control, not assigned)", key(0xE4), "key id 228"),
                hostile("key id 65535", key(0xFFFF), "key id 65535"),
                hostile("empty text", text(new byte[0]), "1 to 256"),
                hostile("257 characters of text", text("a".repeat(257).getBytes(UTF_8)), "1 to 256"),
                hostile("text of 769 bytes", text("日".repeat(256).concat("a").getBytes(UTF_8)), "too long"),
                hostile("text length 65535", concat(new byte[] {3, 5}, u16(0xFFFF), "abc".getBytes(UTF_8)), "too long"),
                hostile("text length past the end", concat(new byte[] {3, 5}, u16(10), "abc".getBytes(UTF_8)), "runs past"),
                hostile("text with a newline", text("a\nb".getBytes(UTF_8)), "control character"),
                hostile("text with a NUL", text(new byte[] {'a', 0}), "control character"),
                hostile("text with an escape", text(new byte[] {0x1B, '[', 'A'}), "control character"),
                hostile("text with DEL", text(new byte[] {0x7F}), "control character"),
                hostile("text with a C1 control", text(new byte[] {(byte) 0xC2, (byte) 0x9B}), "control character"),
                hostile("invalid UTF-8", text(new byte[] {(byte) 0xC3, 0x28}), "not valid UTF-8"),
                hostile("lone continuation byte", text(new byte[] {(byte) 0x80}), "not valid UTF-8"),
                hostile("overlong slash", text(new byte[] {(byte) 0xC0, (byte) 0xAF}), "not valid UTF-8"),
                hostile("UTF-8 surrogate", text(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "not valid UTF-8"),
                hostile("character cut in half", text(new byte[] {(byte) 0xE6, (byte) 0x97}), "not valid UTF-8"),
                hostile("beyond U+10FFFF", text(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}), "not valid UTF-8"),
                hostile("trailing byte after a move", concat(move(1, 1), new byte[] {0}), "unexpected bytes"),
                hostile("trailing byte after a key", concat(key(Key.A.id()), new byte[] {0}), "unexpected bytes"),
                hostile("trailing byte after text", concat(text("é".getBytes(UTF_8)), new byte[] {'x'}), "unexpected bytes"),
                hostile("two moves in one message", concat(move(1, 1), Arrays.copyOfRange(move(2, 2), 1, 6)), "unexpected bytes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputEvents")
    void hostileInputEventIsAProtocolException(String name, byte[] message, String reason) {
        ProtocolException e = assertThrows(ProtocolException.class, () -> codec.decode(message));
        assertTrue(e.getMessage().contains(reason), () -> "'" + e.getMessage() + "' does not say '" + reason + "'");
    }

    @Test
    void everyUnassignedEventTypeIsAProtocolException() {
        assertAll(IntStream.range(0, 256).filter(type -> type < 1 || type > 5).mapToObj(type -> () -> {
            ProtocolException e = assertThrows(ProtocolException.class,
                    () -> codec.decode(new byte[] {3, (byte) type, 0, 1, 0, 1, 1, 1}));
            assertTrue(e.getMessage().contains("type " + type), e.getMessage());
        }));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 0x32, 0x58, 0x64, 0x66, 0x67, 0x74, 0xE4, 0xE5, 0xE7, 0x100, 0xFFFF})
    void unassignedKeyIdIsAProtocolException(int id) {
        ProtocolException e = assertThrows(ProtocolException.class, () -> codec.decode(key(id)));
        assertTrue(e.getMessage().contains("Unknown key id " + id), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("inputEvents")
    void everyTruncationIsAProtocolException(InputEvent event) {
        byte[] encoded = codec.encode(event);
        assertAll(IntStream.range(1, encoded.length).mapToObj(length -> () ->
                assertThrows(ProtocolException.class, () -> codec.decode(Arrays.copyOf(encoded, length)),
                        "cut to " + length + " bytes")));
    }

    @ParameterizedTest
    @MethodSource("inputEvents")
    void everyFlippedBitDecodesOrIsAProtocolException(InputEvent event) {
        byte[] encoded = codec.encode(event);
        for (int bit = 0; bit < encoded.length * 8; bit++) {
            byte[] corrupted = encoded.clone();
            corrupted[bit / 8] ^= (byte) (1 << (bit % 8));
            try {
                assertNotNull(codec.decode(corrupted), "bit " + bit + " decoded to null");
            } catch (ProtocolException expected) {
                // refused, as it should be when the flip breaks the format
            } catch (RuntimeException e) {
                fail("bit " + bit + " made decode throw " + e, e);
            }
        }
    }

    // ---- invariants of the records ----

    @Test
    void recordsRefuseWhatTheWireWouldRefuse() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> new PointerMove(-1, 0)),
                () -> assertThrows(IllegalArgumentException.class, () -> new PointerMove(0, MAX + 1)),
                () -> assertThrows(IllegalArgumentException.class, () -> new PointerButton(MAX + 1, 0, MouseButton.PRIMARY, true)),
                () -> assertThrows(NullPointerException.class, () -> new PointerButton(0, 0, null, true)),
                () -> assertThrows(IllegalArgumentException.class, () -> new Wheel(0, -1, 0, 1)),
                () -> assertThrows(IllegalArgumentException.class, () -> new Wheel(0, 0, 0, 0)),
                () -> assertThrows(NullPointerException.class, () -> new KeyStroke(null, true)),
                () -> assertThrows(NullPointerException.class, () -> new TypedText(null)),
                () -> assertThrows(IllegalArgumentException.class, () -> new TypedText("")),
                () -> assertThrows(IllegalArgumentException.class, () -> new TypedText("\r")),
                () -> assertThrows(IllegalArgumentException.class, () -> new TypedText("a\uD83D")),
                () -> assertThrows(IllegalArgumentException.class, () -> new TypedText("\uDC4Da")),
                () -> assertThrows(IllegalArgumentException.class, () -> new TypedText("\uDC4D\uD83D")),
                () -> assertThrows(IllegalArgumentException.class, () -> new TypedText("x".repeat(257))));
    }

    // ---- helpers ----

    private static Arguments hostile(String name, byte[] message, String reason) {
        return arguments(name, message, reason);
    }

    private static byte[] move(int x, int y) {
        return concat(new byte[] {3, 1}, u16(x), u16(y));
    }

    private static byte[] wheel(int deltaX, int deltaY) {
        return concat(new byte[] {3, 3}, u16(10), u16(10), u16(deltaX), u16(deltaY));
    }

    private static byte[] key(int id) {
        return concat(new byte[] {3, 4}, u16(id), new byte[] {1});
    }

    private static byte[] text(byte[] utf8) {
        return concat(new byte[] {3, 5}, u16(utf8.length), utf8);
    }

    private static byte[] u16(int value) {
        return ByteBuffer.allocate(2).putShort((short) value).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
