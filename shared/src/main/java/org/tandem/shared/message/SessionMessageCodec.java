package org.tandem.shared.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.tandem.shared.message.ScreenUpdate.Tile;
import org.tandem.shared.message.ScreenUpdate.TileEncoding;

/**
 * Maps session messages to record plaintexts: {@code [u8 kind][payload]}. Control messages (kind 1)
 * are JSON; screen updates (kind 2) are binary:
 *
 * <pre>
 * u32 frameSeq, u16 screenWidth, u16 screenHeight, u8 flags (bit 0: last of frame), u16 tileCount,
 * then per tile: u16 x, u16 y, u16 width, u16 height, u8 encoding, u32 length, length bytes
 * </pre>
 *
 * Input events (kind 3) are binary too, {@code [u8 eventType][fields]}; the table is in
 * {@link InputEventCodec}.
 *
 * Anything that does not parse exactly, including trailing bytes, is a {@link ProtocolException}.
 */
public final class SessionMessageCodec {
    static final int KIND_CONTROL = 1;
    static final int KIND_SCREEN_UPDATE = 2;
    static final int KIND_INPUT = 3;

    private static final int UPDATE_HEADER = 4 + 2 + 2 + 1 + 2;
    private static final int TILE_HEADER = 2 + 2 + 2 + 2 + 1 + 4;

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
        return encodeScreenUpdate((ScreenUpdate) message);
    }

    /** Bytes a screen update takes once encoded; lets the encoder fill records without overflowing. */
    public static int encodedSize(List<Tile> tiles) {
        int size = 1 + UPDATE_HEADER;
        for (Tile tile : tiles) {
            size += TILE_HEADER + tile.data().length;
        }
        return size;
    }

    /** Bytes one more tile adds to an encoded screen update. */
    public static int encodedTileSize(Tile tile) {
        return TILE_HEADER + tile.data().length;
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
        ByteBuffer out = ByteBuffer.allocate(encodedSize(update.tiles()));
        out.put((byte) KIND_SCREEN_UPDATE);
        out.putInt(update.frameSeq());
        out.putShort((short) update.screenWidth());
        out.putShort((short) update.screenHeight());
        out.put((byte) (update.lastOfFrame() ? 1 : 0));
        out.putShort((short) update.tiles().size());
        for (Tile tile : update.tiles()) {
            out.putShort((short) tile.x());
            out.putShort((short) tile.y());
            out.putShort((short) tile.width());
            out.putShort((short) tile.height());
            out.put((byte) tile.encoding().code());
            out.putInt(tile.data().length);
            out.put(tile.data());
        }
        return out.array();
    }

    private static ScreenUpdate decodeScreenUpdate(byte[] plaintext) throws ProtocolException {
        ByteBuffer in = ByteBuffer.wrap(plaintext, 1, plaintext.length - 1);
        try {
            int frameSeq = in.getInt();
            int width = Short.toUnsignedInt(in.getShort());
            int height = Short.toUnsignedInt(in.getShort());
            int flags = Byte.toUnsignedInt(in.get());
            if ((flags & ~1) != 0) {
                throw new ProtocolException("Unknown screen update flags " + flags);
            }
            int count = Short.toUnsignedInt(in.getShort());
            List<Tile> tiles = new ArrayList<>(Math.min(count, 1024));
            for (int i = 0; i < count; i++) {
                int x = Short.toUnsignedInt(in.getShort());
                int y = Short.toUnsignedInt(in.getShort());
                int w = Short.toUnsignedInt(in.getShort());
                int h = Short.toUnsignedInt(in.getShort());
                TileEncoding encoding = TileEncoding.ofCode(Byte.toUnsignedInt(in.get()));
                int length = in.getInt();
                if (length < 0 || length > in.remaining()) {
                    throw new ProtocolException("Tile data length " + length + " runs past the message");
                }
                byte[] data = new byte[length];
                in.get(data);
                tiles.add(new Tile(x, y, w, h, encoding, data));
            }
            if (in.hasRemaining()) {
                throw new ProtocolException(in.remaining() + " unexpected bytes after the screen update");
            }
            return new ScreenUpdate(frameSeq, width, height, (flags & 1) != 0, tiles);
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
