package org.tandem.shared.message;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.tandem.shared.message.PointerMessage.Moved;
import org.tandem.shared.message.PointerMessage.NamedShape;
import org.tandem.shared.message.PointerMessage.SameShape;
import org.tandem.shared.message.PointerMessage.Shape;

/**
 * The binary form of pointer messages, after the kind byte: {@code [u8 type][fields]}, big-endian.
 *
 * <pre>
 * 1 moved        u16 x, u16 y, u8 onScreen (0 or 1)
 * 2 named shape  u32 id, u8 width, u8 height, u8 hotspotX, u8 hotspotY, width × height × u32 ARGB
 * 3 same shape   u32 id
 * </pre>
 *
 * A shape larger than {@link Shape#MAX_SIDE} on a side is refused before its pixels are read.
 */
final class PointerMessageCodec {
    static final int MOVED = 1;
    static final int SHAPE = 2;
    static final int SAME_SHAPE = 3;

    private PointerMessageCodec() {}

    static byte[] encode(PointerMessage message, int kind) {
        if (message instanceof Moved moved) {
            return ByteBuffer.allocate(7).put((byte) kind).put((byte) MOVED).putShort((short) moved.x())
                    .putShort((short) moved.y()).put((byte) (moved.onScreen() ? 1 : 0)).array();
        }
        if (message instanceof SameShape same) {
            return ByteBuffer.allocate(6).put((byte) kind).put((byte) SAME_SHAPE).putInt((int) same.id()).array();
        }
        if (!(message instanceof NamedShape named)) {
            throw new IllegalArgumentException("A pointer's look is sent named (NamedShape or SameShape), not bare");
        }
        Shape shape = named.shape();
        ByteBuffer out = ByteBuffer.allocate(10 + 4 * shape.width() * shape.height());
        out.put((byte) kind).put((byte) SHAPE).putInt((int) named.id()).put((byte) shape.width())
                .put((byte) shape.height()).put((byte) shape.hotspotX()).put((byte) shape.hotspotY());
        for (int pixel : shape.argb()) {
            out.putInt(pixel);
        }
        return out.array();
    }

    static PointerMessage decode(byte[] plaintext) throws ProtocolException {
        ByteBuffer in = ByteBuffer.wrap(plaintext, 1, plaintext.length - 1);
        try {
            int type = Byte.toUnsignedInt(in.get());
            PointerMessage message = switch (type) {
                case MOVED -> moved(in);
                case SHAPE -> new NamedShape(Integer.toUnsignedLong(in.getInt()), shape(in));
                case SAME_SHAPE -> new SameShape(Integer.toUnsignedLong(in.getInt()));
                default -> throw new ProtocolException("Unknown pointer message type " + type);
            };
            if (in.hasRemaining()) {
                throw new ProtocolException(in.remaining() + " unexpected bytes after a pointer message");
            }
            return message;
        } catch (BufferUnderflowException e) {
            throw new ProtocolException("A pointer message is cut short", e);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("Malformed pointer message: " + e.getMessage(), e);
        }
    }

    private static Moved moved(ByteBuffer in) throws ProtocolException {
        int x = Short.toUnsignedInt(in.getShort());
        int y = Short.toUnsignedInt(in.getShort());
        int onScreen = Byte.toUnsignedInt(in.get());
        if (onScreen > 1) {
            throw new ProtocolException("A pointer's on-screen flag is 0 or 1, not " + onScreen);
        }
        return new Moved(x, y, onScreen == 1);
    }

    private static Shape shape(ByteBuffer in) throws ProtocolException {
        int width = Byte.toUnsignedInt(in.get());
        int height = Byte.toUnsignedInt(in.get());
        if (width > Shape.MAX_SIDE || height > Shape.MAX_SIDE) {
            throw new ProtocolException("A pointer shape of " + width + "×" + height + " pixels is larger than "
                    + Shape.MAX_SIDE + "×" + Shape.MAX_SIDE + "; Tandem refuses it");
        }
        int hotspotX = Byte.toUnsignedInt(in.get());
        int hotspotY = Byte.toUnsignedInt(in.get());
        if (in.remaining() != 4 * width * height) {
            throw new ProtocolException("A " + width + "×" + height + " pointer shape carries " + in.remaining()
                    + " bytes of pixels, not " + 4 * width * height);
        }
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = in.getInt();
        }
        return new Shape(width, height, hotspotX, hotspotY, argb);
    }
}
