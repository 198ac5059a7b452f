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
 * {@link InputEventCodec}; the customer's pointer (kind 4) in {@link PointerMessageCodec}. The
 * viewer's credits are {@code [u8 5][u8 frames]} alone; an input batch is {@code [u8 6][u8 credits][u8 count]}
 * followed by {@code count} input events as in kind 3, each from its type byte (they delimit themselves).
 * Two control messages travel in binary, being the ones a quiet connection sends: a heartbeat is
 * {@code [u8 7][u8 reply (0 or 1)][varint id]}, an acknowledgement {@code [u8 8][varint upTo]}, each
 * varint unsigned LEB128 of the 64-bit value in its shortest form; as JSON they are refused.
 *
 * Anything that does not parse exactly, including trailing bytes, is a {@link ProtocolException}.
 */
public final class SessionMessageCodec {
    static final int KIND_CONTROL = 1;
    static final int KIND_SCREEN_UPDATE = 2;
    static final int KIND_INPUT = 3;
    static final int KIND_POINTER = 4;
    static final int KIND_CREDIT = 5;
    static final int KIND_INPUT_BATCH = 6;
    static final int KIND_HEARTBEAT = 7;
    static final int KIND_ACK = 8;

    /** Bytes of a screen update's record before its payload: kind and header. */
    public static final int SCREEN_UPDATE_HEADER = 1 + 4 + 2 + 2 + 1 + 2 + 4;

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public byte[] encode(SessionMessage message) {
        if (message instanceof ControlMessage.Heartbeat beat) {
            ByteBuffer out = ByteBuffer.allocate(2 + 10).put((byte) KIND_HEARTBEAT).put((byte) (beat.reply() ? 1 : 0));
            return putVarint(out, beat.id());
        }
        if (message instanceof ControlMessage.Acknowledged ack) {
            return putVarint(ByteBuffer.allocate(1 + 10).put((byte) KIND_ACK), ack.upTo());
        }
        if (message instanceof ControlMessage control) {
            return encodeControl(control);
        }
        if (message instanceof InputEvent input) {
            return InputEventCodec.encode(input, KIND_INPUT);
        }
        if (message instanceof PointerMessage pointer) {
            return PointerMessageCodec.encode(pointer, KIND_POINTER);
        }
        if (message instanceof FrameCredit credit) {
            return new byte[] {KIND_CREDIT, (byte) credit.frames()};
        }
        if (message instanceof InputBatch batch) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(2 + 4 * batch.events().size());
            out.write(KIND_INPUT_BATCH);
            out.write(batch.credits());
            out.write(batch.events().size());
            for (InputEvent event : batch.events()) {
                out.writeBytes(InputEventCodec.body(event));
            }
            return out.toByteArray();
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
            case KIND_CREDIT -> decodeCredit(plaintext);
            case KIND_INPUT_BATCH -> decodeBatch(plaintext);
            case KIND_HEARTBEAT -> decodeHeartbeat(plaintext);
            case KIND_ACK -> decodeAck(plaintext);
            default -> throw new ProtocolException("Unknown message kind " + kind);
        };
    }

    private static ControlMessage.Heartbeat decodeHeartbeat(byte[] plaintext) throws ProtocolException {
        if (plaintext.length < 3) {
            throw new ProtocolException("Heartbeat cut short");
        }
        int reply = Byte.toUnsignedInt(plaintext[1]);
        if (reply > 1) {
            throw new ProtocolException("Malformed heartbeat: reply flag " + reply);
        }
        return new ControlMessage.Heartbeat(varintToEnd(plaintext, 2, "heartbeat"), reply == 1);
    }

    private static ControlMessage.Acknowledged decodeAck(byte[] plaintext) throws ProtocolException {
        long upTo = varintToEnd(plaintext, 1, "acknowledgement");
        if (upTo < 0) {
            throw new ProtocolException("Malformed acknowledgement: " + Long.toUnsignedString(upTo));
        }
        return new ControlMessage.Acknowledged(upTo);
    }

    private static byte[] putVarint(ByteBuffer out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.put((byte) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.put((byte) rest);
        return java.util.Arrays.copyOf(out.array(), out.position());
    }

    /** An unsigned LEB128 varint that starts at {@code from} and ends the message, in its shortest form. */
    private static long varintToEnd(byte[] plaintext, int from, String what) throws ProtocolException {
        long value = 0;
        int shift = 0;
        for (int i = from; i < plaintext.length; i++, shift += 7) {
            int b = Byte.toUnsignedInt(plaintext[i]);
            boolean last = (b & 0x80) == 0;
            if (shift == 63 && b > 1 || shift > 63) {
                throw new ProtocolException("Malformed " + what + ": a number over 64 bits");
            }
            value |= (long) (b & 0x7F) << shift;
            if (last) {
                if (i != plaintext.length - 1) {
                    throw new ProtocolException((plaintext.length - 1 - i) + " unexpected bytes after the " + what);
                }
                if (b == 0 && i > from) {
                    throw new ProtocolException("Malformed " + what + ": a number not in its shortest form");
                }
                return value;
            }
        }
        throw new ProtocolException(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " cut short");
    }

    private static FrameCredit decodeCredit(byte[] plaintext) throws ProtocolException {
        int frames = frames(plaintext);
        if (plaintext.length != 2) {
            throw new ProtocolException((plaintext.length - 2) + " unexpected bytes after a frame credit");
        }
        return new FrameCredit(frames);
    }

    /** The credit's count, the byte after the kind: 1 to {@link FrameCredit#MAX_FRAMES}. */
    private static int frames(byte[] plaintext) throws ProtocolException {
        if (plaintext.length < 2) {
            throw new ProtocolException("Frame credit cut short");
        }
        int frames = Byte.toUnsignedInt(plaintext[1]);
        if (frames == 0) {
            throw new ProtocolException("A frame credit for no frames");
        }
        return frames;
    }

    private static InputBatch decodeBatch(byte[] plaintext) throws ProtocolException {
        if (plaintext.length < 3) {
            throw new ProtocolException("Input batch cut short");
        }
        int credits = Byte.toUnsignedInt(plaintext[1]);
        int count = Byte.toUnsignedInt(plaintext[2]);
        if (count == 0 || count > InputBatch.MAX_EVENTS) {
            throw new ProtocolException("An input batch of " + count + " events, not 1 to " + InputBatch.MAX_EVENTS);
        }
        ByteBuffer in = ByteBuffer.wrap(plaintext, 3, plaintext.length - 3);
        java.util.List<InputEvent> events = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (!in.hasRemaining()) {
                throw new ProtocolException("Input batch cut short");
            }
            events.add(InputEventCodec.read(in));
        }
        if (in.hasRemaining()) {
            throw new ProtocolException(in.remaining() + " unexpected bytes after the input batch");
        }
        return new InputBatch(credits, events);
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
        if (message instanceof ControlMessage.Heartbeat || message instanceof ControlMessage.Acknowledged) {
            throw new ProtocolException("Malformed control message: heartbeats and acknowledgements are binary");
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
