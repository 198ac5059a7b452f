package org.tandem.shared.identity;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.bouncycastle.util.encoders.Hex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.identity.IdentityVerdict.Unverified;

/**
 * The organisations whose technicians this computer recognises: those the customer agreed to trust,
 * kept in a folder Tandem owns (by convention {@value #DIRECTORY_NAME} in the customer's data
 * directory), plus any certificates the installer ships.
 *
 * <p>Only {@link #add} puts an organisation in the folder: it copies the certificate in and records
 * its name and SHA-256 fingerprint in Tandem's list ({@value #INDEX_FILE}), after the customer saw
 * both and agreed. A certificate file is trusted only when the list names it and its fingerprint still
 * matches; a {@code .pem} dropped in by hand, or changed since, is ignored with a warning in the app
 * log and in {@link #problems()}, so one stray file never stops the client. This keeps out a file
 * planted by someone who once had control of the computer; it cannot keep out someone who can still
 * run programs as the customer.
 */
public final class TrustedOrganisations {
    /** Where the customer client keeps trusted organisation certificates, inside its data directory. */
    public static final String DIRECTORY_NAME = "trusted-orgs";
    /** Tandem's list of the organisations the customer agreed to trust, inside {@link #DIRECTORY_NAME}. */
    public static final String INDEX_FILE = TrustedOrganisationIndex.FILE_NAME;

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

    /** Trusts the organisations the customer agreed to trust in {@code directory}; none when it does not exist. */
    public static TrustedOrganisations load(Path directory) throws IOException {
        return load(directory, List.of());
    }

    /**
     * Trusts the organisations the customer agreed to trust in {@code directory} (none when it does
     * not exist) and {@code extra}. Certificate files not in Tandem's list, or changed since they were
     * added, are ignored and named in {@link #problems()}; so is the whole folder when the list itself
     * cannot be read.
     *
     * @throws IOException when the directory exists but cannot be listed
     * @throws IllegalArgumentException when one of {@code extra} is not a CA certificate
     */
    public static TrustedOrganisations load(Path directory, Collection<X509Certificate> extra) throws IOException {
        List<X509Certificate> found = new ArrayList<>(distinctAuthorities(extra));
        List<String> problems = new ArrayList<>();
        Set<Path> unlisted = pemFiles(directory);
        List<TrustedOrganisationIndex.Entry> entries;
        try {
            entries = directory == null ? List.of() : TrustedOrganisationIndex.read(directory);
        } catch (IOException e) {
            LOG.warn("Trusting no organisation from {}: {}", directory, e.getMessage(), e);
            problems.add(e.getMessage() + "; no organisation in " + directory + " is trusted");
            entries = List.of();
        }
        for (TrustedOrganisationIndex.Entry entry : entries) {
            Path file = directory.resolve(entry.file());
            unlisted.remove(file);
            try {
                X509Certificate certificate = readOrganisation(file);
                if (!fingerprint(certificate).equals(entry.sha256())) {
                    throw new IOException(entry.file() + " has changed since " + entry.name()
                            + " was trusted (its fingerprint no longer matches); it is ignored");
                }
                found.add(certificate);
            } catch (IOException e) {
                problems.add(e.getMessage());
                LOG.warn("Ignoring {}: {}", file, e.getMessage());
            }
        }
        for (Path file : unlisted) {
            String problem = file.getFileName() + " was not added through Tandem (tandem customer --trust FILE), "
                    + "so it is ignored";
            problems.add(problem);
            LOG.warn("Ignoring {}: it is not in {}, the list of organisations the customer agreed to trust",
                    file, INDEX_FILE);
        }
        return new TrustedOrganisations(distinctAuthorities(found), problems);
    }

    /**
     * Trusts {@code organisation} from now on: copies its certificate into {@code directory} and adds
     * it to Tandem's list there. Call it only after the customer saw {@link #nameOf} and
     * {@link #fingerprint} and agreed. Adding an organisation already in the list changes nothing.
     *
     * @return false when it was already trusted
     * @throws IllegalArgumentException when {@code organisation} is not a CA certificate
     * @throws IOException when the folder or the list cannot be read or written
     */
    public static boolean add(Path directory, X509Certificate organisation) throws IOException {
        distinctAuthorities(List.of(organisation));
        String fingerprint = fingerprint(organisation);
        String name = nameOf(organisation);
        Files.createDirectories(directory);
        List<TrustedOrganisationIndex.Entry> entries = new ArrayList<>(TrustedOrganisationIndex.read(directory));
        String file = fingerprint.replace(":", "").substring(0, 16).toLowerCase(Locale.ROOT) + ".pem";
        Path target = directory.resolve(file);
        boolean listed = entries.stream().anyMatch(e -> e.sha256().equals(fingerprint) && e.file().equals(file));
        if (listed && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            try {
                if (fingerprint(readOrganisation(target)).equals(fingerprint)) {
                    LOG.info("{} (SHA-256 {}) is already trusted", name, fingerprint);
                    return false;
                }
            } catch (IOException e) {
                LOG.info("Replacing {}, which no longer holds {}: {}", target, name, e.getMessage());
            }
        }
        LOG.info("Trusting technicians of {} (SHA-256 {}) from now on: adding {} to {}", name, fingerprint, file,
                directory);
        PemFiles.writeCertificates(target, List.of(organisation), true);
        entries.removeIf(e -> e.sha256().equals(fingerprint) || e.file().equals(file));
        entries.add(new TrustedOrganisationIndex.Entry(name, fingerprint, file, Instant.now().toString()));
        TrustedOrganisationIndex.write(directory, entries);
        return true;
    }

    /**
     * The one organisation (CA) certificate in a PEM file, to show the customer before they agree.
     *
     * @throws IOException with a message fit to show when the file cannot be read, holds something
     *     else or more than one certificate, or holds a certificate that is not an organisation's
     */
    public static X509Certificate readOrganisation(Path file) throws IOException {
        List<X509Certificate> certificates = PemFiles.readCertificates(file);
        if (certificates.size() != 1) {
            throw new IOException(file.getFileName() + " holds " + certificates.size()
                    + " certificates; an organisation's file holds exactly one");
        }
        X509Certificate certificate = certificates.get(0);
        if (certificate.getBasicConstraints() < 0) {
            throw new IOException(file.getFileName()
                    + " holds a certificate that is not an organisation (CA) certificate");
        }
        return certificate;
    }

    /** The SHA-256 fingerprint of {@code certificate}, as {@code openssl x509 -fingerprint -sha256} prints it. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            StringBuilder out = new StringBuilder();
            for (byte b : digest) {
                out.append(out.length() == 0 ? "" : ":").append(String.format("%02X", b & 0xFF));
            }
            return out.toString();
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("Cannot take the fingerprint of " + certificate.getSubjectX500Principal(), e);
        }
    }

    /** The organisation's name as its certificate gives it, made safe to show. */
    public static String nameOf(X509Certificate organisation) {
        String name = CertificateNames.organisation(organisation);
        return DisplayNames.untrusted(name.isEmpty() ? CertificateNames.commonName(organisation) : name);
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
