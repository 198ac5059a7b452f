package org.tandem.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the {@link FaultProxy} does to the bytes of one direction: its shape, and the one-off faults
 * waiting for the next bytes. A one-off fault hits the first connection that forwards bytes after it
 * was asked for.
 */
final class FaultPlan {
    /** Bytes of one write to the socket, and what to complete once they were written. */
    record Segment(byte[] bytes, CompletableFuture<Long> forwarded) {
    }

    private volatile LinkShape shape = LinkShape.UNSHAPED;
    private CompletableFuture<Long> corrupt;
    private CompletableFuture<Long> duplicate;

    LinkShape shape() {
        return shape;
    }

    void shape(LinkShape next) {
        shape = next;
    }

    synchronized CompletableFuture<Long> corruptNext() {
        if (corrupt == null) {
            corrupt = new CompletableFuture<>();
        }
        return corrupt;
    }

    synchronized CompletableFuture<Long> duplicateNext() {
        if (duplicate == null) {
            duplicate = new CompletableFuture<>();
        }
        return duplicate;
    }

    /**
     * The segments to forward for {@code bytes} just read: the bytes themselves, with the last
     * byte flipped when a corruption is waiting, and a second copy when a duplicate is.
     */
    synchronized List<Segment> segmentsFor(byte[] bytes) {
        List<Segment> out = new ArrayList<>(2);
        CompletableFuture<Long> corrupted = corrupt;
        if (corrupted != null) {
            // The last byte of a read: the sender writes whole SSH packets, so a read ends with one's tag. A
            // byte in the middle could fall in the next packet's length field, which chacha20-poly1305 encrypts
            // byte for byte: the receiver would then wait for bytes that come only with later traffic.
            bytes[bytes.length - 1] ^= (byte) 0xFF;
            corrupt = null;
        }
        out.add(new Segment(bytes, corrupted));
        if (duplicate != null) {
            out.add(new Segment(bytes.clone(), duplicate));
            duplicate = null;
        }
        return out;
    }
}
