package org.tandem.shared.identity;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** What every certificate Tandem issues has in common: names, serial, validity, Ed25519 signature. */
final class CertificateIssuer {
    /**
     * How far before the moment of issue a certificate becomes valid, so that a customer whose
     * clock runs a little behind still accepts a certificate issued minutes ago.
     */
    static final Duration CLOCK_SKEW_ALLOWANCE = Duration.ofHours(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateIssuer() {}

    /** {@code O=organisation, CN=commonName}, both as UTF-8 strings. */
    static X500Name name(String organisation, String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    /** A random, positive, non-zero 128-bit serial number. */
    static BigInteger randomSerial() {
        byte[] bytes = new byte[16];
        BigInteger serial;
        do {
            RANDOM.nextBytes(bytes);
            serial = new BigInteger(1, bytes);
        } while (serial.signum() == 0);
        return serial;
    }

    static Date notBefore(Instant issuedAt) {
        return Date.from(issuedAt.truncatedTo(ChronoUnit.SECONDS).minus(CLOCK_SKEW_ALLOWANCE));
    }

    static Date notAfter(Instant issuedAt, Duration validity) {
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("A certificate must be valid for some time");
        }
        return Date.from(issuedAt.truncatedTo(ChronoUnit.SECONDS).plus(validity));
    }

    /** Signs the certificate with an Ed25519 key. */
    static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("Ed25519").build(issuerKey)));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a certificate with Ed25519", e);
        }
    }
}
