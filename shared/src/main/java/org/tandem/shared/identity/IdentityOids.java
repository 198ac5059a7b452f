package org.tandem.shared.identity;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * Object identifiers Tandem defines for itself.
 *
 * <p>Tandem has no registered enterprise number, so its arc is a UUID-derived OID under
 * {@code 2.25} (ITU-T X.667), which needs no registration and cannot collide with anyone else's:
 * {@code 2.25.173484555403783504348246456387296900767} is UUID
 * {@code 8283e8f6-aedf-4e79-9fdb-22ce8765369f}. Below it, {@code .1} holds key purposes.
 */
public final class IdentityOids {
    /** The arc every Tandem OID lives under. */
    public static final ASN1ObjectIdentifier TANDEM_ARC =
            new ASN1ObjectIdentifier("2.25.173484555403783504348246456387296900767");

    /** Extended key usage that marks a certificate as a Tandem technician's: {@code TANDEM_ARC.1.1}. */
    public static final ASN1ObjectIdentifier TECHNICIAN_KEY_PURPOSE = TANDEM_ARC.branch("1.1");

    private IdentityOids() {}
}
