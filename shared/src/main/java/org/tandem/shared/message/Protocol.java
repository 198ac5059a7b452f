package org.tandem.shared.message;

/**
 * Version of the session protocol: the pairing handshake and what the session envelope carries.
 *
 * <ul>
 *   <li>1: EC J-PAKE alone keys the records.</li>
 *   <li>2: pairing adds a hybrid ML-KEM-768 + X25519 exchange and its key confirmation; the record
 *       keys come from all three secrets (decision 0009).</li>
 * </ul>
 */
public final class Protocol {
    /** Both ends must speak exactly this version; there is no downgrade. */
    public static final int VERSION = 2;

    private Protocol() {}
}
