package org.tandem.shared.identity;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bouncycastle.util.encoders.Hex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.identity.IdentityVerdict.Unverified;

/**
 * The organisations whose technicians this computer recognises: every {@code *.pem} CA certificate
 * in a directory (by convention {@value #DIRECTORY_NAME} in the customer's data directory) plus any
 * certificates the installer ships. Files that do not hold CA certificates are skipped and listed in
 * {@link #problems()}, so one stray file never stops the client.
 */
public final class TrustedOrganisations {
    /** Where the customer client looks for trusted organisation certificates, inside its data directory. */
    public static final String DIRECTORY_NAME = "trusted-orgs";

    private static final Logger LOG = LoggerFactory.getLogger(TrustedOrganisations.class);

    private final List<X509Certificate> certificates;
    private final List<String> problems;
    private final IdentityProofVerifier verifier;

    private TrustedOrganisations(List<X509Certificate> certificates, List<String> problems) {
        this.certificates = List.copyOf(certificates);
        this.problems = List.copyOf(problems);
        this.verifier = new IdentityProofVerifier(this.certificates);
    }

    /** Trusts exactly these organisation certificates. */
    public static TrustedOrganisations of(Collection<X509Certificate> organisations) {
        return new TrustedOrganisations(distinctAuthorities(organisations), List.of());
    }

    /** Trusts the organisation certificates in {@code directory}; none when it does not exist. */
    public static TrustedOrganisations load(Path directory) throws IOException {
        return load(directory, List.of());
    }

    /**
     * Trusts the organisation certificates in {@code directory} (none when it does not exist) and
     * {@code extra}.
     *
     * @throws IOException when the directory exists but cannot be listed
     * @throws IllegalArgumentException when one of {@code extra} is not a CA certificate
     */
    public static TrustedOrganisations load(Path directory, Collection<X509Certificate> extra) throws IOException {
        List<X509Certificate> found = new ArrayList<>(distinctAuthorities(extra));
        List<String> problems = new ArrayList<>();
        for (Path file : pemFiles(directory)) {
            try {
                List<X509Certificate> certificates = PemFiles.readCertificates(file);
                for (X509Certificate certificate : certificates) {
                    if (certificate.getBasicConstraints() < 0) {
                        throw new IOException(file.getFileName()
                                + " holds a certificate that is not an organisation (CA) certificate");
                    }
                }
                found.addAll(certificates);
            } catch (IOException e) {
                problems.add(e.getMessage());
                LOG.warn("Skipping {}: {}", file, e.getMessage());
            }
        }
        return new TrustedOrganisations(distinctAuthorities(found), problems);
    }

    /**
     * Checks a technician's identity proof for the session whose pairing transcript hashed to
     * {@code transcriptHash}. Never throws for anything in the proof: every defect becomes an
     * {@link Unverified} verdict with a reason.
     *
     * @param now the moment to check validity at; the customer's clock
     * @throws IllegalArgumentException when {@code transcriptHash} is empty or over 64 bytes
     */
    public IdentityVerdict verify(IdentityProof proof, byte[] transcriptHash, Instant now) {
        if (proof == null) {
            IdentityProof.checkTranscriptHash(transcriptHash);
            return new Unverified("", "", IdentityProofVerifier.MALFORMED);
        }
        return verifier.verify(proof, transcriptHash, now);
    }

    /** Like {@link #verify(IdentityProof, byte[], Instant)} for a proof still in its {@link IdentityProof#encode} form. */
    public IdentityVerdict verify(byte[] encodedProof, byte[] transcriptHash, Instant now) {
        try {
            return verify(IdentityProof.decode(encodedProof), transcriptHash, now);
        } catch (MalformedIdentityProofException e) {
            IdentityProof.checkTranscriptHash(transcriptHash);
            return new Unverified("", "", IdentityProofVerifier.MALFORMED);
        }
    }

    /** The trusted organisation certificates. */
    public List<X509Certificate> certificates() {
        return certificates;
    }

    public boolean isEmpty() {
        return certificates.isEmpty();
    }

    /** One line per file in the directory that was skipped, saying why. */
    public List<String> problems() {
        return problems;
    }

    private static Set<Path> pemFiles(Path directory) throws IOException {
        Set<Path> files = new TreeSet<>();
        if (directory == null || !Files.isDirectory(directory)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*.pem")) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        } catch (NoSuchFileException e) {
            return files;
        }
        return files;
    }

    private static List<X509Certificate> distinctAuthorities(Collection<X509Certificate> certificates) {
        List<X509Certificate> distinct = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (X509Certificate certificate : certificates) {
            if (certificate.getBasicConstraints() < 0) {
                throw new IllegalArgumentException("Not an organisation (CA) certificate: "
                        + certificate.getSubjectX500Principal());
            }
            try {
                if (seen.add(Hex.toHexString(certificate.getEncoded()))) {
                    distinct.add(certificate);
                }
            } catch (CertificateEncodingException e) {
                throw new IllegalArgumentException("Cannot encode " + certificate.getSubjectX500Principal(), e);
            }
        }
        return distinct;
    }
}
