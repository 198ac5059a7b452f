package org.tandem.shared.message;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import org.tandem.shared.input.Key;
import org.tandem.shared.input.MouseButton;
import org.tandem.shared.message.InputEvent.KeyStroke;
import org.tandem.shared.message.InputEvent.PointerButton;
import org.tandem.shared.message.InputEvent.PointerMove;
import org.tandem.shared.message.InputEvent.TypedText;
import org.tandem.shared.message.InputEvent.Wheel;

/**
 * The binary form of input events, after the kind byte: {@code [u8 eventType][fields]}, big-endian.
 *
 * <pre>
 * 1 pointer move    u16 x, u16 y
 * 2 pointer button  u16 x, u16 y, u8 button, u8 pressed (0 or 1)
 * 3 wheel           u16 x, u16 y, s16 deltaX, s16 deltaY
 * 4 key stroke      u16 key id, u8 pressed (0 or 1)
 * 5 typed text      u16 length, length bytes of UTF-8
 * </pre>
 */
final class InputEventCodec {
    static final int POINTER_MOVE = 1;
    static final int POINTER_BUTTON = 2;
    static final int WHEEL = 3;
    static final int KEY_STROKE = 4;
    static final int TYPED_TEXT = 5;

    /** Longest typed text accepted on the wire, in bytes; a char takes at most 3 bytes of UTF-8. */
    static final int MAX_TEXT_BYTES = InputEvent.MAX_TEXT_CHARS * 3;

    private InputEventCodec() {}

    static byte[] encode(InputEvent event, int kind) {
        byte[] body = body(event);
        byte[] out = new byte[body.length + 1];
        out[0] = (byte) kind;
        System.arraycopy(body, 0, out, 1, body.length);
        return out;
    }

    /** One event as {@code [u8 eventType][fields]}, without a kind byte: self-delimiting, so events may follow one another. */
    static byte[] body(InputEvent event) {
        if (event instanceof PointerMove move) {
            return header(POINTER_MOVE, 4).putShort((short) move.x()).putShort((short) move.y()).array();
        }
        if (event instanceof PointerButton button) {
            return header(POINTER_BUTTON, 6).putShort((short) button.x()).putShort((short) button.y())
                    .put((byte) button.button().id()).put(flag(button.pressed())).array();
        }
        if (event instanceof Wheel wheel) {
            return header(WHEEL, 8).putShort((short) wheel.x()).putShort((short) wheel.y())
                    .putShort((short) wheel.deltaX()).putShort((short) wheel.deltaY()).array();
        }
        if (event instanceof KeyStroke key) {
            return header(KEY_STROKE, 3).putShort((short) key.key().id()).put(flag(key.pressed())).array();
        }
        byte[] text = ((TypedText) event).text().getBytes(UTF_8);
        return header(TYPED_TEXT, 2 + text.length).putShort((short) text.length).put(text).array();
    }

    static InputEvent decode(byte[] plaintext) throws ProtocolException {
        ByteBuffer in = ByteBuffer.wrap(plaintext, 1, plaintext.length - 1);
        InputEvent event = read(in);
        if (in.hasRemaining()) {
            throw new ProtocolException(in.remaining() + " unexpected bytes after the input event");
        }
        return event;
    }

    /** Reads one event from its type byte on, leaving {@code in} just after it. */
    static InputEvent read(ByteBuffer in) throws ProtocolException {
        try {
            int type = Byte.toUnsignedInt(in.get());
            return switch (type) {
                case POINTER_MOVE -> new PointerMove(u16(in), u16(in));
                case POINTER_BUTTON -> new PointerButton(u16(in), u16(in), button(in), pressed(in));
                case WHEEL -> new Wheel(u16(in), u16(in), in.getShort(), in.getShort());
                case KEY_STROKE -> new KeyStroke(key(in), pressed(in));
                case TYPED_TEXT -> new TypedText(text(in));
                default -> throw new ProtocolException("Unknown input event type " + type);
            };
        } catch (BufferUnderflowException e) {
            throw new ProtocolException("Input event cut short", e);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("Malformed input event: " + e.getMessage(), e);
        }
    }

    private static ByteBuffer header(int type, int fieldBytes) {
        return ByteBuffer.allocate(1 + fieldBytes).put((byte) type);
    }

    private static byte flag(boolean value) {
        return (byte) (value ? 1 : 0);
    }

    private static int u16(ByteBuffer in) {
        return Short.toUnsignedInt(in.getShort());
    }

    private static boolean pressed(ByteBuffer in) throws ProtocolException {
        int value = Byte.toUnsignedInt(in.get());
        if (value > 1) {
            throw new ProtocolException("Malformed input event: pressed flag " + value);
        }
        return value == 1;
    }

    private static MouseButton button(ByteBuffer in) throws ProtocolException {
        int id = Byte.toUnsignedInt(in.get());
        return MouseButton.ofId(id).orElseThrow(() -> new ProtocolException("Unknown mouse button " + id));
    }

    private static Key key(ByteBuffer in) throws ProtocolException {
        int id = u16(in);
        return Key.ofId(id).orElseThrow(() -> new ProtocolException("Unknown key id " + id));
    }

    private static String text(ByteBuffer in) throws ProtocolException {
        int length = u16(in);
        if (length > MAX_TEXT_BYTES) {
            throw new ProtocolException("Typed text of " + length + " bytes is too long");
        }
        if (length > in.remaining()) {
            throw new ProtocolException("Typed text length " + length + " runs past the message");
        }
        ByteBuffer bytes = in.slice().limit(length);
        in.position(in.position() + length);
        try {
            return UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ProtocolException("Typed text is not valid UTF-8", e);
        }
    }
}
