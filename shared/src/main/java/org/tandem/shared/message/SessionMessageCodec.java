package org.tandem.shared.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * Maps session messages to record plaintexts: {@code [u8 kind][payload]}. Control messages (kind 1)
 * are JSON; screen updates (kind 2) are binary:
 *
 * <pre>
 * u32 frameSeq, u16 screenWidth, u16 screenHeight, u8 flags (bit 0: last of frame, bit 1: new stream),
 * u16 rectCount, u32 payloadLength, payloadLength bytes
 * </pre>
 *
 * The payload's rectangles are the screen codec's to read ({@code org.tandem.shared.screen}).
 *
 * Input events (kind 3) are binary too, {@code [u8 eventType][fields]}; the table is in
 * {@link InputEventCodec}; the customer's pointer (kind 4) in {@link PointerMessageCodec}.
 *
 * Anything that does not parse exactly, including trailing bytes, is a {@link ProtocolException}.
 */
public final class SessionMessageCodec {
    static final int KIND_CONTROL = 1;
    static final int KIND_SCREEN_UPDATE = 2;
    static final int KIND_INPUT = 3;
    static final int KIND_POINTER = 4;

    /** Bytes of a screen update's record before its payload: kind and header. */
    public static final int SCREEN_UPDATE_HEADER = 1 + 4 + 2 + 2 + 1 + 2 + 4;

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public byte[] encode(SessionMessage message) {
        if (message instanceof ControlMessage control) {
            return encodeControl(control);
        }
        if (message instanceof InputEvent input) {
            return InputEventCodec.encode(input, KIND_INPUT);
        }
        if (message instanceof PointerMessage pointer) {
            return PointerMessageCodec.encode(pointer, KIND_POINTER);
        }
        return encodeScreenUpdate((ScreenUpdate) message);
    }

    public SessionMessage decode(byte[] plaintext) throws ProtocolException {
        if (plaintext.length == 0) {
            throw new ProtocolException("Empty message");
        }
        int kind = plaintext[0] & 0xFF;
        return switch (kind) {
            case KIND_CONTROL -> decodeControl(plaintext);
            case KIND_SCREEN_UPDATE -> decodeScreenUpdate(plaintext);
            case KIND_INPUT -> InputEventCodec.decode(plaintext);
            case KIND_POINTER -> PointerMessageCodec.decode(plaintext);
            default -> throw new ProtocolException("Unknown message kind " + kind);
        };
    }

    private byte[] encodeControl(ControlMessage message) {
        try {
            byte[] json = mapper.writerFor(ControlMessage.class).writeValueAsBytes(message);
            byte[] out = new byte[json.length + 1];
            out[0] = KIND_CONTROL;
            System.arraycopy(json, 0, out, 1, json.length);
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode " + message, e);
        }
    }

    private ControlMessage decodeControl(byte[] plaintext) throws ProtocolException {
        ControlMessage message;
        try {
            message = mapper.readValue(plaintext, 1, plaintext.length - 1, ControlMessage.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new ProtocolException("Malformed control message: " + firstLine(e.getMessage()), e);
        }
        // Jackson maps a bare JSON null to a null object instead of failing.
        if (message == null) {
            throw new ProtocolException("Malformed control message: null");
        }
        return message;
    }

    private static byte[] encodeScreenUpdate(ScreenUpdate update) {
        ByteBuffer out = ByteBuffer.allocate(SCREEN_UPDATE_HEADER + update.payload().length);
        out.put((byte) KIND_SCREEN_UPDATE);
        out.putInt(update.frameSeq());
        out.putShort((short) update.screenWidth());
        out.putShort((short) update.screenHeight());
        out.put((byte) ((update.lastOfFrame() ? 1 : 0) | (update.newStream() ? 2 : 0)));
        out.putShort((short) update.rectCount());
        out.putInt(update.payload().length);
        out.put(update.payload());
        return out.array();
    }

    private static ScreenUpdate decodeScreenUpdate(byte[] plaintext) throws ProtocolException {
        ByteBuffer in = ByteBuffer.wrap(plaintext, 1, plaintext.length - 1);
        try {
            int frameSeq = in.getInt();
            int width = Short.toUnsignedInt(in.getShort());
            int height = Short.toUnsignedInt(in.getShort());
            int flags = Byte.toUnsignedInt(in.get());
            if ((flags & ~3) != 0) {
                throw new ProtocolException("Unknown screen update flags " + flags);
            }
            int count = Short.toUnsignedInt(in.getShort());
            int length = in.getInt();
            if (length < 0 || length > in.remaining()) {
                throw new ProtocolException("Screen update payload length " + length + " runs past the message");
            }
            byte[] payload = new byte[length];
            in.get(payload);
            if (in.hasRemaining()) {
                throw new ProtocolException(in.remaining() + " unexpected bytes after the screen update");
            }
            return new ScreenUpdate(frameSeq, width, height, (flags & 1) != 0, (flags & 2) != 0, count, payload);
        } catch (BufferUnderflowException e) {
            throw new ProtocolException("Screen update cut short", e);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("Malformed screen update: " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
