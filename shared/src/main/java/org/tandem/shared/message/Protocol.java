package org.tandem.shared.message;

/**
 * Version of the session protocol: the pairing handshake and what the session envelope carries.
 *
 * <ul>
 *   <li>1: EC J-PAKE alone keys the records.</li>
 *   <li>2: pairing adds a hybrid ML-KEM-768 + X25519 exchange and its key confirmation; the record
 *       keys come from all three secrets (decision 0009).</li>
 *   <li>3: screen updates are rectangles of one zstd stream per viewer, pushed against credits, and the
 *       conversation messages (plan, chat, wrap-up) and heartbeats exist (decisions 0010, 0012).</li>
 *   <li>4: palette rectangles run column by column; the pointer travels apart from the pixels
 *       (pointer messages, session kind 4).</li>
 *   <li>5: the customer lists its monitors and says which is shared ({@code screen-monitors}); the
 *       technician may ask for another ({@code screen-switch}).</li>
 *   <li>6: a lost connection can be resumed: control messages are numbered and acknowledged
 *       ({@code numbered}, {@code ack}), and a resumed pipe starts with the resume hello and proof
 *       (decision 0013).</li>
 *   <li>7: the pointer's look is named: sent once with a number, then only the number (decision 0020).</li>
 *   <li>8: the viewer may ask for a screen quality ({@code screen-quality}); at low quality,
 *       photographic regions may come as JPEG rectangles (kind 5; decision 0021).</li>
 *   <li>9: credits are binary and unnumbered ({@link FrameCredit}, session kind 5); input may come a
 *       few events to a record, with credits riding along ({@link InputBatch}, kind 6);
 *       {@code frame-request} is gone; heartbeats and acknowledgements are binary (kinds 7 and 8)
 *       (decision 0024).</li>
 *   <li>10: a screen update may restore what copies covered (rectangle kind 6; decision 0026).</li>
 *   <li>11: the technician may withdraw a request for control ({@code control-request-withdrawn}); the
 *       customer's side answers a question it closed so with {@code control-denied} marked
 *       {@code withdrawn} (decision 0027).</li>
 *   <li>12: a question the customer's side closed before the customer answered is told as not answered,
 *       with why: {@code plan-step-answered} gains {@code reason}, {@code working-answer} the answer
 *       {@code not answered} and {@code reason}; {@code control-revoked} says who ended control
 *       ({@code by}) (decision 0031).</li>
 *   <li>13: {@code control-paused} says which pause it is ({@code by}: the customer's own mouse, or a
 *       Tandem window in the way of the technician's input, which their next click outside ends)
 *       (decision 0035).</li>
 *   <li>14: {@code screen-share-stopped} says who stopped sharing ({@code by}: the customer paused it, or
 *       their side could not capture the screen) (decision 0042).</li>
 * </ul>
 */
public final class Protocol {
    /** Both ends must speak exactly this version; there is no downgrade. */
    public static final int VERSION = 14;

    private Protocol() {}
}
