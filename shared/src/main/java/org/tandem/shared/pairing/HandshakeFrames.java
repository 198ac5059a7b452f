package org.tandem.shared.pairing;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Frames handshake messages on the raw pipe as {@code [u32 length][u8 type][payload]}, where the
 * length counts the type byte and the payload. The length is checked against a small limit before
 * anything is allocated, so a hostile peer cannot make pairing allocate more than one frame.
 */
final class HandshakeFrames {
    /** Largest value of the length field: the type byte and the largest payload. */
    static final int MAX_FRAME = 1 + JpakeMessages.MAX_PAYLOAD;

    static final int ROUND_1 = 1;
    static final int ROUND_2 = 2;
    static final int ROUND_3 = 3;
    /** The hybrid key share, sent right after round 1 (so a peer of another version reads round 1 first). */
    static final int KEY_SHARE = 4;

    private HandshakeFrames() {}

    static void write(OutputStream out, int type, byte[] payload) throws IOException {
        int length = 1 + payload.length;
        if (length > MAX_FRAME) {
            throw new IllegalArgumentException("Handshake payload of " + payload.length + " bytes is too large");
        }
        byte[] frame = new byte[4 + length];
        frame[0] = (byte) (length >>> 24);
        frame[1] = (byte) (length >>> 16);
        frame[2] = (byte) (length >>> 8);
        frame[3] = (byte) length;
        frame[4] = (byte) type;
        System.arraycopy(payload, 0, frame, 5, payload.length);
        try {
            out.write(frame);
            out.flush();
        } catch (IOException e) {
            throw PairingException.otherSideLeft("The connection closed while a pairing message was sent", e);
        }
    }

    /**
     * Reads the next frame, which must be of {@code expectedType}, and returns its payload.
     *
     * @throws PairingException when the frame is cut short, too large or of another type
     */
    static byte[] read(InputStream in, int expectedType) throws IOException {
        byte[] header = new byte[5];
        if (!readFully(in, header)) {
            throw PairingException.otherSideLeft("The other side closed the connection during pairing");
        }
        long length = ((header[0] & 0xFFL) << 24) | ((header[1] & 0xFF) << 16)
                | ((header[2] & 0xFF) << 8) | (header[3] & 0xFF);
        if (length < 1 || length > MAX_FRAME) {
            throw new PairingException("Pairing message of " + length + " bytes is outside the 1 to "
                    + MAX_FRAME + "-byte limit");
        }
        int type = header[4] & 0xFF;
        if (type != expectedType) {
            throw new PairingException("Expected pairing message " + expectedType + " but got type " + type);
        }
        byte[] payload = new byte[(int) length - 1];
        if (!readFully(in, payload)) {
            throw PairingException.otherSideLeft("The other side closed the connection inside a pairing message");
        }
        return payload;
    }

    /** Fills the buffer; false when the stream ends first. */
    private static boolean readFully(InputStream in, byte[] buffer) throws IOException {
        int total = 0;
        while (total < buffer.length) {
            int n;
            try {
                n = in.read(buffer, total, buffer.length - total);
            } catch (EOFException e) {
                n = -1;
            }
            if (n < 0) {
                return false;
            }
            total += n;
        }
        return true;
    }
}
