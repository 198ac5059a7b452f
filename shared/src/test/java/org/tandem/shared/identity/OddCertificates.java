package org.tandem.shared.identity;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/** Certificates Tandem itself would never issue, made the way an attacker or a mistake would. */
final class OddCertificates {
    private OddCertificates() {}

    static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair newKey() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    /** A technician-looking certificate signed by its own key. */
    static X509Certificate selfSignedTechnician(String name, String organisation, KeyPair key, Instant now) throws Exception {
        X500Name subject = CertificateIssuer.name(organisation, name);
        return technicianShaped(subject, subject, key, key.getPrivate(), now, true);
    }

    /** Issued by {@code ca} like a technician certificate, but without the technician key purpose. */
    static X509Certificate withoutTechnicianPurpose(OrganisationCa ca, String name, KeyPair key, Instant now) throws Exception {
        return technicianShaped(ca.subject(), CertificateIssuer.name(ca.name(), name), key, ca.privateKey(), now, false);
    }

    /** A proper technician certificate from {@code ca}, except that it names another organisation. */
    static X509Certificate claimingOrganisation(OrganisationCa ca, String name, String organisation, KeyPair key,
            Instant now) throws Exception {
        return technicianShaped(ca.subject(), CertificateIssuer.name(organisation, name), key, ca.privateKey(), now, true);
    }

    /** Issued by {@code ca} with the technician key purpose, but itself a CA. */
    static X509Certificate intermediateCa(OrganisationCa ca, String name, KeyPair key, Instant now) throws Exception {
        X509v3CertificateBuilder builder = builder(ca.subject(), CertificateIssuer.name(ca.name(), name), key, now)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.keyCertSign | KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                        KeyPurposeId.getInstance(IdentityOids.TECHNICIAN_KEY_PURPOSE)));
        return CertificateIssuer.sign(builder, ca.privateKey());
    }

    private static X509Certificate technicianShaped(X500Name issuer, X500Name subject, KeyPair key, PrivateKey signer,
            Instant now, boolean technicianPurpose) throws Exception {
        KeyPurposeId[] purposes = technicianPurpose
                ? new KeyPurposeId[] {KeyPurposeId.getInstance(IdentityOids.TECHNICIAN_KEY_PURPOSE)}
                : new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth};
        X509v3CertificateBuilder builder = builder(issuer, subject, key, now)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes));
        return CertificateIssuer.sign(builder, signer);
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair key, Instant now) {
        return new JcaX509v3CertificateBuilder(issuer, CertificateIssuer.randomSerial(),
                CertificateIssuer.notBefore(now), CertificateIssuer.notAfter(now, Duration.ofDays(30)),
                subject, key.getPublic());
    }
}
