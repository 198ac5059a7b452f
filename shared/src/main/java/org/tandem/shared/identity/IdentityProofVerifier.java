package org.tandem.shared.identity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x509.Certificate;
import org.tandem.shared.identity.IdentityVerdict.Unverified;
import org.tandem.shared.identity.IdentityVerdict.Verified;

/**
 * Checks an identity proof against the organisations this computer trusts, in the order that gives
 * the customer the most useful reason: can it be read, who issued it, is it a technician
 * certificate, is every certificate in date and the chain sound (PKIX, revocation off), and was
 * this very session signed.
 */
final class IdentityProofVerifier {
    static final String MALFORMED = "the identity proof is malformed";
    static final String UNTRUSTED = "it was issued by an organisation this computer does not trust";
    static final String SELF_SIGNED = "the certificate is self-signed, so anyone could have made it";
    static final String ORGANISATION_AS_TECHNICIAN =
            "it is an organisation certificate, not a technician certificate";
    static final String NOT_TECHNICIAN = "it is not a technician certificate (wrong key usage)";
    static final String BROKEN_CHAIN = "its certificate chain does not check out";
    static final String WRONG_SESSION = "the signature does not match this session";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final int DIGITAL_SIGNATURE = 0;

    private final List<X509Certificate> trusted;

    IdentityProofVerifier(List<X509Certificate> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    IdentityVerdict verify(IdentityProof proof, byte[] transcriptHash, Instant now) {
        IdentityProof.checkTranscriptHash(transcriptHash);
        List<X509Certificate> chain = parse(proof);
        if (chain.isEmpty()) {
            return new Unverified("", "", MALFORMED);
        }
        X509Certificate leaf = chain.get(0);
        String name = DisplayNames.untrusted(CertificateNames.commonName(leaf));
        String organisation = DisplayNames.untrusted(CertificateNames.organisation(leaf));
        try {
            Optional<Anchored> anchored = anchor(chain);
            if (anchored.isEmpty()) {
                boolean selfSigned = chain.size() == 1 && OrganisationCa.isSelfSigned(leaf);
                return new Unverified(name, organisation, selfSigned ? SELF_SIGNED : UNTRUSTED);
            }
            Optional<String> problem = check(anchored.get(), proof.signature(), transcriptHash, now);
            if (problem.isPresent()) {
                return new Unverified(name, organisation, problem.get());
            }
            // The organisation is the one the customer chose to trust, whatever the technician's
            // certificate says about itself.
            String trustedOrganisation = organisationName(anchored.get().anchor());
            if (name.isEmpty() || trustedOrganisation.isEmpty()) {
                return new Unverified(name, organisation, NOT_TECHNICIAN);
            }
            return new Verified(name, trustedOrganisation);
        } catch (RuntimeException e) {
            return new Unverified(name, organisation, MALFORMED);
        }
    }

    private Optional<String> check(Anchored anchored, byte[] signature, byte[] transcriptHash, Instant now) {
        X509Certificate leaf = anchored.path().get(0);
        if (leaf.getBasicConstraints() >= 0) {
            return Optional.of(ORGANISATION_AS_TECHNICIAN);
        }
        if (!isTechnicianCertificate(leaf)) {
            return Optional.of(NOT_TECHNICIAN);
        }
        Optional<String> outOfDate = outOfDate(anchored, now);
        if (outOfDate.isPresent()) {
            return outOfDate;
        }
        if (!validPath(anchored, now)) {
            return Optional.of(BROKEN_CHAIN);
        }
        if (!signs(leaf, signature, transcriptHash)) {
            return Optional.of(WRONG_SESSION);
        }
        return Optional.empty();
    }

    private static String organisationName(X509Certificate organisation) {
        String name = CertificateNames.organisation(organisation);
        return DisplayNames.untrusted(name.isEmpty() ? CertificateNames.commonName(organisation) : name);
    }

    /**
     * Certificates exactly as sent, or empty when any of them is not a single certificate in
     * canonical DER: no trailing bytes, no alternative encodings, no spare bits in the signature.
     */
    private static List<X509Certificate> parse(IdentityProof proof) {
        List<X509Certificate> chain = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (byte[] der : proof.certificateChainDer()) {
                Certificate structure = Certificate.getInstance(der);
                if (structure.getSignature().getPadBits() != 0
                        || !Arrays.equals(der, structure.getEncoded(ASN1Encoding.DER))) {
                    return List.of();
                }
                X509Certificate certificate =
                        (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
                if (!Arrays.equals(der, certificate.getEncoded())) {
                    return List.of();
                }
                chain.add(certificate);
            }
        } catch (IOException | CertificateException | RuntimeException e) {
            return List.of();
        }
        return chain;
    }

    /** The sent certificates up to the first one a trusted organisation signed, and that organisation. */
    private record Anchored(List<X509Certificate> path, X509Certificate anchor) {}

    private Optional<Anchored> anchor(List<X509Certificate> chain) {
        for (int i = 0; i < chain.size(); i++) {
            X509Certificate certificate = chain.get(i);
            for (X509Certificate organisation : trusted) {
                if (issued(organisation, certificate)) {
                    return Optional.of(new Anchored(chain.subList(0, i + 1), organisation));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean issued(X509Certificate issuer, X509Certificate certificate) {
        if (!issuer.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isTechnicianCertificate(X509Certificate leaf) {
        boolean[] keyUsage = leaf.getKeyUsage();
        if (keyUsage == null || keyUsage.length <= DIGITAL_SIGNATURE || !keyUsage[DIGITAL_SIGNATURE]) {
            return false;
        }
        try {
            List<String> purposes = leaf.getExtendedKeyUsage();
            return purposes != null
                    && purposes.contains(IdentityOids.TECHNICIAN_KEY_PURPOSE.getId())
                    && Ed25519KeyConverter.isEd25519(leaf.getPublicKey());
        } catch (CertificateException e) {
            return false;
        }
    }

    /** The first certificate, technician first and organisation last, that is not valid at {@code now}. */
    private static Optional<String> outOfDate(Anchored anchored, Instant now) {
        List<X509Certificate> all = new ArrayList<>(anchored.path());
        all.add(anchored.anchor());
        for (int i = 0; i < all.size(); i++) {
            X509Certificate certificate = all.get(i);
            String whose = i == 0 ? "the technician's certificate" : "the organisation's certificate";
            if (now.isAfter(certificate.getNotAfter().toInstant())) {
                return Optional.of(whose + " expired on " + DAY.format(certificate.getNotAfter().toInstant()));
            }
            if (now.isBefore(certificate.getNotBefore().toInstant())) {
                return Optional.of(whose + " is not yet valid (it starts on "
                        + DAY.format(certificate.getNotBefore().toInstant()) + ")");
            }
        }
        return Optional.empty();
    }

    private static boolean validPath(Anchored anchored, Instant now) {
        try {
            CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(anchored.path());
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchored.anchor(), null)));
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(now));
            CertPathValidator.getInstance("PKIX").validate(path, parameters);
            return true;
        } catch (CertPathValidatorException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot validate certificate paths", e);
        }
    }

    private static boolean signs(X509Certificate leaf, byte[] signature, byte[] transcriptHash) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(leaf.getPublicKey());
            verifier.update(IdentityProof.signedMessage(transcriptHash));
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
