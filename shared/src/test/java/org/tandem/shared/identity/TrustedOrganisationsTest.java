package org.tandem.shared.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.shared.identity.IdentityVerdict.Unverified;
import org.tandem.shared.identity.IdentityVerdict.Verified;

class TrustedOrganisationsTest {
    private static final Instant ISSUED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant NOW = ISSUED.plus(Duration.ofDays(10));
    private static final Clock AT_ISSUE = Clock.fixed(ISSUED, ZoneOffset.UTC);
    private static final byte[] TRANSCRIPT = sha256Like(1);
    private static final byte[] OTHER_TRANSCRIPT = sha256Like(2);

    private static OrganisationCa contoso;
    private static TechnicianCredentials dana;
    private static TrustedOrganisations trustsContoso;

    @BeforeAll
    static void issueCredentials() throws Exception {
        contoso = OrganisationCa.create("Contoso Support", AT_ISSUE);
        dana = TechnicianCredentials.issue(contoso, "Dana Scully", OddCertificates.newKey(), AT_ISSUE);
        trustsContoso = TrustedOrganisations.of(List.of(contoso.certificate()));
    }

    @Test
    void technicianOfATrustedOrganisationIsVerified() {
        IdentityVerdict verdict = trustsContoso.verify(IdentityProof.sign(dana, TRANSCRIPT), TRANSCRIPT, NOW);

        assertEquals(new Verified("Dana Scully", "Contoso Support"), verdict);
        assertEquals("Dana Scully, Contoso Support — verified", verdict.displayLine());
    }

    @Test
    void proofSurvivesItsBinaryAndBase64Forms() throws Exception {
        IdentityProof proof = IdentityProof.sign(dana, TRANSCRIPT);

        assertInstanceOf(Verified.class, trustsContoso.verify(proof.encode(), TRANSCRIPT, NOW));
        assertInstanceOf(Verified.class,
                trustsContoso.verify(IdentityProof.fromBase64(proof.toBase64()), TRANSCRIPT, NOW));
    }

    @Test
    void verifiedOrganisationIsTheTrustedOneNotWhatTheTechnicianCertificateClaims() throws Exception {
        KeyPair key = OddCertificates.newKey();
        X509Certificate claimsMicrosoft = OddCertificates.claimingOrganisation(contoso, "Dana Scully", "Microsoft", key, ISSUED);

        IdentityVerdict verdict = trustsContoso.verify(
                proof(List.of(claimsMicrosoft, contoso.certificate()), key), TRANSCRIPT, NOW);

        assertEquals(new Verified("Dana Scully", "Contoso Support"), verdict);
    }

    @Test
    void expiredCertificateIsNotVerified() {
        Instant later = ISSUED.plus(TechnicianCredentials.DEFAULT_VALIDITY).plus(Duration.ofDays(1));

        Unverified verdict = unverified(trustsContoso.verify(IdentityProof.sign(dana, TRANSCRIPT), TRANSCRIPT, later));

        assertTrue(verdict.reason().contains("expired on 2027-03-01"), verdict.reason());
        assertEquals("Dana Scully", verdict.claimedName());
        assertEquals("Contoso Support", verdict.claimedOrganisation());
    }

    @Test
    void certificateIsNotVerifiedBeforeItsValidityStarts() {
        Instant earlier = ISSUED.minus(Duration.ofDays(1));

        Unverified verdict = unverified(trustsContoso.verify(IdentityProof.sign(dana, TRANSCRIPT), TRANSCRIPT, earlier));

        assertTrue(verdict.reason().contains("not yet valid"), verdict.reason());
    }

    @Test
    void customerClockSlightlyBehindStillVerifies() {
        Instant minutesBehind = ISSUED.minus(Duration.ofMinutes(10));

        assertInstanceOf(Verified.class,
                trustsContoso.verify(IdentityProof.sign(dana, TRANSCRIPT), TRANSCRIPT, minutesBehind));
    }

    @Test
    void technicianOfAnotherOrganisationIsNotVerified() throws Exception {
        OrganisationCa scammers = OrganisationCa.create("Contoso Support", AT_ISSUE);
        TechnicianCredentials impostor =
                TechnicianCredentials.issue(scammers, "Dana Scully", OddCertificates.newKey(), AT_ISSUE);

        Unverified verdict = unverified(trustsContoso.verify(IdentityProof.sign(impostor, TRANSCRIPT), TRANSCRIPT, NOW));

        assertEquals(IdentityProofVerifier.UNTRUSTED, verdict.reason());
        assertTrue(verdict.displayLine().contains("Did you contact this company yourself?"), verdict.displayLine());
    }

    @Test
    void nothingIsVerifiedWhenNoOrganisationIsTrusted() {
        IdentityVerdict verdict = TrustedOrganisations.of(List.of())
                .verify(IdentityProof.sign(dana, TRANSCRIPT), TRANSCRIPT, NOW);

        assertEquals(IdentityProofVerifier.UNTRUSTED, unverified(verdict).reason());
    }

    @Test
    void selfSignedTechnicianCertificateIsNotVerified() throws Exception {
        KeyPair key = OddCertificates.newKey();
        X509Certificate selfSigned = OddCertificates.selfSignedTechnician("Dana Scully", "Contoso Support", key, ISSUED);

        Unverified verdict = unverified(trustsContoso.verify(proof(List.of(selfSigned), key), TRANSCRIPT, NOW));

        assertEquals(IdentityProofVerifier.SELF_SIGNED, verdict.reason());
    }

    @Test
    void organisationCertificateUsedAsTechnicianCertificateIsNotVerified() throws Exception {
        KeyPair caKey = new KeyPair(contoso.certificate().getPublicKey(), contoso.privateKey());

        Unverified verdict = unverified(
                trustsContoso.verify(proof(List.of(contoso.certificate()), caKey), TRANSCRIPT, NOW));

        assertEquals(IdentityProofVerifier.ORGANISATION_AS_TECHNICIAN, verdict.reason());
    }

    @Test
    void intermediateCaUsedAsTechnicianCertificateIsNotVerified() throws Exception {
        KeyPair key = OddCertificates.newKey();
        X509Certificate intermediate = OddCertificates.intermediateCa(contoso, "Dana Scully", key, ISSUED);

        Unverified verdict = unverified(trustsContoso.verify(
                proof(List.of(intermediate, contoso.certificate()), key), TRANSCRIPT, NOW));

        assertEquals(IdentityProofVerifier.ORGANISATION_AS_TECHNICIAN, verdict.reason());
    }

    @Test
    void certificateWithoutTheTechnicianPurposeIsNotVerified() throws Exception {
        KeyPair key = OddCertificates.newKey();
        X509Certificate clientOnly = OddCertificates.withoutTechnicianPurpose(contoso, "Dana Scully", key, ISSUED);

        Unverified verdict = unverified(trustsContoso.verify(
                proof(List.of(clientOnly, contoso.certificate()), key), TRANSCRIPT, NOW));

        assertEquals(IdentityProofVerifier.NOT_TECHNICIAN, verdict.reason());
    }

    @Test
    void signatureOverAnotherSessionIsNotVerified() {
        Unverified verdict = unverified(
                trustsContoso.verify(IdentityProof.sign(dana, OTHER_TRANSCRIPT), TRANSCRIPT, NOW));

        assertEquals(IdentityProofVerifier.WRONG_SESSION, verdict.reason());
        assertEquals("Dana Scully", verdict.claimedName());
    }

    @Test
    void someoneElsesCertificateWithOwnSignatureIsNotVerified() throws Exception {
        List<X509Certificate> stolenChain = dana.chain();

        Unverified verdict = unverified(
                trustsContoso.verify(proof(stolenChain, OddCertificates.newKey()), TRANSCRIPT, NOW));

        assertEquals(IdentityProofVerifier.WRONG_SESSION, verdict.reason());
    }

    @Test
    void everySingleFlippedByteInHeaderTechnicianCertificateOrSignatureIsNotVerified() throws Exception {
        byte[] encoded = IdentityProof.sign(dana, TRANSCRIPT).encode();
        int leafEnd = 4 + dana.chain().get(0).getEncoded().length;
        int signatureStart = encoded.length - IdentityProof.SIGNATURE_BYTES;
        for (int i = 0; i < encoded.length; i++) {
            byte[] tampered = encoded.clone();
            tampered[i] ^= 0x01;
            IdentityVerdict verdict = assertDoesNotThrow(() -> trustsContoso.verify(tampered, TRANSCRIPT, NOW));
            // The organisation certificate travels only as a hint: the customer's own copy is the
            // one that counts, so a damaged hint may still verify; it must merely not throw.
            if (i < leafEnd || i >= signatureStart) {
                assertInstanceOf(Unverified.class, verdict, "byte " + i);
            }
        }
    }

    @Test
    void garbageIsNotVerifiedAndThrowsNothing() {
        Random random = new Random(42);
        for (int length : new int[] {0, 1, 2, 5, 70, 1000, 40_000}) {
            byte[] garbage = new byte[length];
            random.nextBytes(garbage);
            if (length > 1) {
                garbage[0] = 1;
                garbage[1] = 1;
            }
            IdentityVerdict verdict = assertDoesNotThrow(() -> trustsContoso.verify(garbage, TRANSCRIPT, NOW));
            assertEquals(IdentityProofVerifier.MALFORMED, unverified(verdict).reason(), "length " + length);
        }
        assertEquals(IdentityProofVerifier.MALFORMED,
                unverified(trustsContoso.verify((byte[]) null, TRANSCRIPT, NOW)).reason());
    }

    @Test
    void wellFramedButNonsenseCertificateIsMalformed() {
        IdentityProof nonsense = new IdentityProof(List.of(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01}), new byte[64]);

        Unverified verdict = unverified(trustsContoso.verify(nonsense, TRANSCRIPT, NOW));

        assertEquals(IdentityProofVerifier.MALFORMED, verdict.reason());
        assertTrue(verdict.displayLine().startsWith("Someone is asking to help you"), verdict.displayLine());
    }

    @Test
    void certificateWithTrailingBytesIsMalformed() throws Exception {
        byte[] der = dana.certificate().getEncoded();
        byte[] padded = Arrays.copyOf(der, der.length + 1);
        IdentityProof honest = IdentityProof.sign(dana, TRANSCRIPT);

        IdentityVerdict verdict = trustsContoso.verify(new IdentityProof(List.of(padded), honest.signature()), TRANSCRIPT, NOW);

        assertEquals(IdentityProofVerifier.MALFORMED, unverified(verdict).reason());
    }

    @Test
    void warningNamesWhoIsAskingAndCannotBeSpoofedWithInvisibleCharacters() throws Exception {
        KeyPair key = OddCertificates.newKey();
        X509Certificate selfSigned = OddCertificates.selfSignedTechnician(
                "Dana\u202E Scully\u0007", "Contoso Support", key, ISSUED);

        String line = trustsContoso.verify(proof(List.of(selfSigned), key), TRANSCRIPT, NOW).displayLine();

        assertTrue(line.startsWith("\u201cDana Scully\u201d says they are from \u201cContoso Support\u201d, "
                + "but this organisation cannot be verified: "), line);
        assertTrue(line.endsWith(
                "Did you contact this company yourself? If someone called you unexpectedly, end this session."), line);
        assertFalse(line.contains("\u202E"));
    }

    @Test
    void technicianKeysFromBouncyCastleAndFromTheJdkBothWork() throws Exception {
        KeyPair bouncyCastle =
                KeyPairGenerator.getInstance("Ed25519", new BouncyCastleProvider()).generateKeyPair();
        KeyPair jdk = KeyPairGenerator.getInstance("Ed25519", "SunEC").generateKeyPair();

        for (KeyPair key : List.of(bouncyCastle, jdk)) {
            TechnicianCredentials credentials = TechnicianCredentials.issue(contoso, "Fox Mulder", key, AT_ISSUE);
            assertArrayEquals(Ed25519KeyConverter.rawPublicKey(key.getPublic()),
                    Ed25519KeyConverter.rawPublicKey(credentials.certificate().getPublicKey()));
            assertEquals(new Verified("Fox Mulder", "Contoso Support"),
                    trustsContoso.verify(IdentityProof.sign(credentials, TRANSCRIPT), TRANSCRIPT, NOW));
        }
    }

    private static IdentityProof proof(List<X509Certificate> chain, KeyPair key) throws Exception {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key.getPrivate());
        signer.update(IdentityProof.signedMessage(TRANSCRIPT));
        return new IdentityProof(chain.stream().map(OddCertificates::der).toList(), signer.sign());
    }

    private static Unverified unverified(IdentityVerdict verdict) {
        return assertInstanceOf(Unverified.class, verdict);
    }

    private static byte[] sha256Like(int seed) {
        byte[] hash = new byte[32];
        new Random(seed).nextBytes(hash);
        return hash;
    }
}
