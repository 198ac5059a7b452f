package org.tandem.shared.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.tandem.shared.identity.IdentityProof;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.identity.MalformedIdentityProofException;
import org.tandem.shared.identity.TrustedOrganisations;

/**
 * Feeds arbitrary identity proofs (the decoded form of a technician's {@code hello}) to the
 * customer's checks: the proof's binary form, then every certificate in it and the signature over
 * the session, against one trusted organisation. A proof that breaks the format must be a
 * {@link MalformedIdentityProofException}; any other fault must give an unverified verdict, never
 * an exception.
 *
 * <p>The trusted organisation ({@code IdentityProofFuzzTest-organisation.pem} beside this class) and
 * the seeds were made once with {@code OrganisationCa.create}, {@code TechnicianCredentials.issue}
 * and {@code IdentityProof.sign} over {@link #TRANSCRIPT} on 1 January 2026: a proof that verifies,
 * one from another organisation, one with a broken signature, so the fuzzer starts past the parser.
 */
class IdentityProofFuzzTest {
    static final byte[] TRANSCRIPT = filled(32, 0x54);
    /** Inside the seeds' certificates' validity, whatever today's date. */
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final TrustedOrganisations TRUSTED = TrustedOrganisations.of(List.of(organisation()));

    @FuzzTest(maxDuration = "5m")
    void verifiesProofs(byte[] encoded) {
        IdentityProof proof;
        try {
            proof = IdentityProof.decode(encoded);
        } catch (MalformedIdentityProofException expected) {
            return; // the documented way for a proof to be refused
        }
        IdentityVerdict verdict = TRUSTED.verify(proof, TRANSCRIPT, NOW);
        assertNotNull(verdict);
    }

    private static X509Certificate organisation() {
        try (InputStream pem = IdentityProofFuzzTest.class.getResourceAsStream("IdentityProofFuzzTest-organisation.pem")) {
            if (pem == null) {
                throw new IllegalStateException("The fuzz test's organisation certificate is missing");
            }
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] filled(int size, int value) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
