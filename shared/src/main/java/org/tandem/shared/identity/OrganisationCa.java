package org.tandem.shared.identity;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * An organisation's certificate authority: an Ed25519 key and a self-signed certificate naming the
 * organisation. It issues {@link TechnicianCredentials}; customers' clients trust its certificate
 * ({@value #CERTIFICATE_FILE}) through {@link TrustedOrganisations}. The key
 * ({@value #KEY_FILE}) never leaves the organisation.
 */
public final class OrganisationCa {
    public static final String CERTIFICATE_FILE = "ca.pem";
    public static final String KEY_FILE = "ca-key.pem";
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(3653);

    private final String name;
    private final X509Certificate certificate;
    private final PrivateKey privateKey;

    private OrganisationCa(String name, X509Certificate certificate, PrivateKey privateKey) {
        this.name = name;
        this.certificate = certificate;
        this.privateKey = privateKey;
    }

    /** Creates a new organisation CA, valid for {@link #DEFAULT_VALIDITY} from now. */
    public static OrganisationCa create(String name, Clock clock) {
        return create(name, DEFAULT_VALIDITY, clock);
    }

    /**
     * Creates a new organisation CA.
     *
     * @throws IllegalArgumentException when the name is empty, longer than 64 characters or holds
     *     control characters, or the validity is not positive
     */
    public static OrganisationCa create(String name, Duration validity, Clock clock) {
        String organisation = DisplayNames.require(name, "organisation name");
        Instant now = clock.instant();
        KeyPair key = newKeyPair();
        X500Name subject = CertificateIssuer.name(organisation, organisation);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                subject, CertificateIssuer.randomSerial(),
                CertificateIssuer.notBefore(now), CertificateIssuer.notAfter(now, validity),
                subject, key.getPublic());
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(key.getPublic()));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build an organisation certificate", e);
        }
        return new OrganisationCa(organisation, CertificateIssuer.sign(builder, key.getPrivate()), key.getPrivate());
    }

    /**
     * Loads the CA saved in {@code directory}.
     *
     * @throws IOException when a file is missing or unreadable, or does not hold an organisation CA
     */
    public static OrganisationCa load(Path directory) throws IOException {
        List<X509Certificate> certificates = PemFiles.readCertificates(directory.resolve(CERTIFICATE_FILE));
        if (certificates.size() != 1) {
            throw new IOException(CERTIFICATE_FILE + " must hold exactly one certificate");
        }
        X509Certificate certificate = certificates.get(0);
        if (certificate.getBasicConstraints() < 0 || !isSelfSigned(certificate)) {
            throw new IOException(CERTIFICATE_FILE + " is not a self-signed organisation certificate");
        }
        PrivateKey key;
        try {
            key = Ed25519KeyConverter.privateKey(PemFiles.readPrivateKey(directory.resolve(KEY_FILE)));
        } catch (IllegalArgumentException e) {
            throw new IOException(KEY_FILE + ": " + e.getMessage(), e);
        }
        if (!Ed25519KeyConverter.belongTogether(key, certificate.getPublicKey())) {
            throw new IOException(KEY_FILE + " is not the key of the certificate in " + CERTIFICATE_FILE);
        }
        String name = CertificateNames.organisation(certificate);
        if (name.isEmpty()) {
            throw new IOException(CERTIFICATE_FILE + " names no organisation");
        }
        return new OrganisationCa(name, certificate, key);
    }

    /** Whether {@code directory} already holds a CA certificate or key. */
    public static boolean existsIn(Path directory) {
        return Files.exists(directory.resolve(CERTIFICATE_FILE)) || Files.exists(directory.resolve(KEY_FILE));
    }

    /**
     * Writes {@value #CERTIFICATE_FILE} and {@value #KEY_FILE} (owner-only) into {@code directory},
     * creating it if needed. An existing CA is never overwritten: losing its key would strand
     * every technician it issued.
     *
     * @throws FileAlreadyExistsException when the directory already holds a CA
     */
    public void save(Path directory) throws IOException {
        if (existsIn(directory)) {
            throw new FileAlreadyExistsException(directory.toString(), null,
                    "an organisation CA already exists there");
        }
        PemFiles.writePrivateKey(directory.resolve(KEY_FILE), privateKey, false);
        PemFiles.writeCertificates(directory.resolve(CERTIFICATE_FILE), List.of(certificate), false);
    }

    /** The organisation's self-signed certificate: what customers' clients trust. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** The organisation's name, as written in its certificate. */
    public String name() {
        return name;
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    /** The subject exactly as encoded in the certificate, so issued certificates chain to it byte for byte. */
    X500Name subject() {
        try {
            return new JcaX509CertificateHolder(certificate).getSubject();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isSelfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot make Ed25519 keys", e);
        }
    }

    @Override
    public String toString() {
        return "OrganisationCa[" + name + ", serial " + certificate.getSerialNumber().toString(16) + "]";
    }
}
