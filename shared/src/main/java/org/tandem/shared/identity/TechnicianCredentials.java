package org.tandem.shared.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * A technician's Ed25519 key pair (the same key the technician logs in to the relay with) and the
 * certificate chain an {@link OrganisationCa} issued for it. The technician proves who they are
 * to a customer with {@link IdentityProof#sign}.
 */
public final class TechnicianCredentials {
    /** Technician certificate, then the organisation's certificate. */
    public static final String CHAIN_FILE = "technician.pem";
    public static final String KEY_FILE = "technician-key.pem";
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(365);

    private final List<X509Certificate> chain;
    private final KeyPair keyPair;

    private TechnicianCredentials(List<X509Certificate> chain, KeyPair keyPair) {
        this.chain = List.copyOf(chain);
        this.keyPair = keyPair;
    }

    /** Issues a certificate valid for {@link #DEFAULT_VALIDITY}. */
    public static TechnicianCredentials issue(OrganisationCa ca, String technicianName, KeyPair technicianKey, Clock clock) {
        return issue(ca, technicianName, technicianKey, DEFAULT_VALIDITY, clock);
    }

    /**
     * Issues a technician certificate for {@code technicianKey}: {@code CN=technicianName,
     * O=<organisation>}, digital signatures only, extended key usage {@link
     * IdentityOids#TECHNICIAN_KEY_PURPOSE} and TLS client authentication, not a CA.
     *
     * @param technicianKey an Ed25519 key pair from any provider (JDK, Bouncy Castle, an OpenSSH key file)
     * @throws IllegalArgumentException when the name is not fit for a certificate, the key is not a
     *     matching Ed25519 pair, or the certificate would outlive the organisation's own
     */
    public static TechnicianCredentials issue(
            OrganisationCa ca, String technicianName, KeyPair technicianKey, Duration validity, Clock clock) {
        String name = DisplayNames.require(technicianName, "technician name");
        KeyPair key = Ed25519KeyConverter.toJdk(technicianKey);
        Instant now = clock.instant();
        Date notBefore = CertificateIssuer.notBefore(now);
        Date notAfter = CertificateIssuer.notAfter(now, validity);
        X509Certificate caCertificate = ca.certificate();
        if (now.isBefore(caCertificate.getNotBefore().toInstant()) || now.isAfter(caCertificate.getNotAfter().toInstant())) {
            throw new IllegalArgumentException("The organisation certificate is not valid now (valid "
                    + caCertificate.getNotBefore().toInstant() + " to " + caCertificate.getNotAfter().toInstant() + ")");
        }
        if (notAfter.after(caCertificate.getNotAfter())) {
            throw new IllegalArgumentException("The technician certificate would outlive the organisation certificate, "
                    + "which ends " + caCertificate.getNotAfter().toInstant() + "; issue it for a shorter time");
        }
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                ca.subject(), CertificateIssuer.randomSerial(), notBefore, notAfter,
                CertificateIssuer.name(ca.name(), name), key.getPublic());
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {
                        KeyPurposeId.getInstance(IdentityOids.TECHNICIAN_KEY_PURPOSE), KeyPurposeId.id_kp_clientAuth}))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(key.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(caCertificate.getPublicKey()));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build a technician certificate", e);
        }
        X509Certificate certificate = CertificateIssuer.sign(builder, ca.privateKey());
        return new TechnicianCredentials(List.of(certificate, caCertificate), key);
    }

    /**
     * Loads credentials saved in {@code directory}.
     *
     * @throws IOException when a file is missing or unreadable, or the key is not the certificate's
     */
    public static TechnicianCredentials load(Path directory) throws IOException {
        List<X509Certificate> chain = PemFiles.readCertificates(directory.resolve(CHAIN_FILE));
        if (chain.size() > IdentityProof.MAX_CERTIFICATES) {
            throw new IOException(CHAIN_FILE + " holds more than " + IdentityProof.MAX_CERTIFICATES + " certificates");
        }
        X509Certificate leaf = chain.get(0);
        PrivateKey privateKey;
        try {
            privateKey = Ed25519KeyConverter.privateKey(PemFiles.readPrivateKey(directory.resolve(KEY_FILE)));
        } catch (IllegalArgumentException e) {
            throw new IOException(KEY_FILE + ": " + e.getMessage(), e);
        }
        if (!Ed25519KeyConverter.belongTogether(privateKey, leaf.getPublicKey())) {
            throw new IOException(KEY_FILE + " is not the key of the first certificate in " + CHAIN_FILE);
        }
        KeyPair keyPair = Ed25519KeyConverter.toJdk(new KeyPair(leaf.getPublicKey(), privateKey));
        return new TechnicianCredentials(chain, keyPair);
    }

    /** Whether {@code directory} already holds technician credentials. */
    public static boolean existsIn(Path directory) {
        return Files.exists(directory.resolve(CHAIN_FILE)) || Files.exists(directory.resolve(KEY_FILE));
    }

    /**
     * Writes {@value #CHAIN_FILE} and {@value #KEY_FILE} (owner-only) into {@code directory},
     * creating it if needed and replacing earlier credentials, so a renewed certificate takes the
     * old one's place.
     */
    public void save(Path directory) throws IOException {
        PemFiles.writePrivateKey(directory.resolve(KEY_FILE), keyPair.getPrivate(), true);
        PemFiles.writeCertificates(directory.resolve(CHAIN_FILE), chain, true);
    }

    /** The technician's own certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The technician's certificate followed by the certificates that issued it. */
    public List<X509Certificate> chain() {
        return chain;
    }

    public KeyPair keyPair() {
        return keyPair;
    }

    public String technicianName() {
        return CertificateNames.commonName(certificate());
    }

    public String organisationName() {
        return CertificateNames.organisation(certificate());
    }

    @Override
    public String toString() {
        return "TechnicianCredentials[" + technicianName() + ", " + organisationName()
                + ", until " + certificate().getNotAfter().toInstant() + "]";
    }
}
