package org.tandem.shared.identity;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.identity.IdentityVerdict.Verified;

class CredentialFilesTest {
    private static final Instant ISSUED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Clock AT_ISSUE = Clock.fixed(ISSUED, ZoneOffset.UTC);
    private static final byte[] TRANSCRIPT = new byte[32];

    @TempDir
    Path dir;

    @Test
    void organisationCaHasTheAgreedShape() throws Exception {
        OrganisationCa ca = OrganisationCa.create("  Contoso Support ", AT_ISSUE);

        assertEquals("Contoso Support", ca.name());
        assertEquals("CN=Contoso Support,O=Contoso Support", ca.certificate().getSubjectX500Principal().getName());
        assertEquals(ca.certificate().getSubjectX500Principal(), ca.certificate().getIssuerX500Principal());
        assertEquals(Integer.MAX_VALUE, ca.certificate().getBasicConstraints());
        assertTrue(ca.certificate().getCriticalExtensionOIDs().containsAll(List.of("2.5.29.19", "2.5.29.15")));
        boolean[] usage = ca.certificate().getKeyUsage();
        assertTrue(usage[5] && usage[6] && !usage[0], "keyCertSign and cRLSign only");
        assertTrue(ca.certificate().getSerialNumber().bitLength() <= 128);
        assertEquals(ISSUED.plus(OrganisationCa.DEFAULT_VALIDITY), ca.certificate().getNotAfter().toInstant());
    }

    @Test
    void technicianCertificateHasTheAgreedShape() throws Exception {
        OrganisationCa ca = OrganisationCa.create("Contoso Support", AT_ISSUE);
        TechnicianCredentials dana = TechnicianCredentials.issue(ca, "Dana Scully", newKey(), AT_ISSUE);

        assertEquals("Dana Scully", dana.technicianName());
        assertEquals("Contoso Support", dana.organisationName());
        assertEquals(-1, dana.certificate().getBasicConstraints());
        assertTrue(dana.certificate().getCriticalExtensionOIDs().contains("2.5.29.15"));
        boolean[] usage = dana.certificate().getKeyUsage();
        assertTrue(usage[0] && !usage[5], "digitalSignature only");
        assertEquals(List.of(IdentityOids.TECHNICIAN_KEY_PURPOSE.getId(), "1.3.6.1.5.5.7.3.2"),
                dana.certificate().getExtendedKeyUsage());
        assertEquals(ISSUED.plus(TechnicianCredentials.DEFAULT_VALIDITY), dana.certificate().getNotAfter().toInstant());
        assertEquals(List.of(dana.certificate(), ca.certificate()), dana.chain());
    }

    @Test
    void organisationCaSurvivesSaveAndLoad() throws Exception {
        OrganisationCa ca = OrganisationCa.create("Contoso Support", AT_ISSUE);
        ca.save(dir);

        OrganisationCa loaded = OrganisationCa.load(dir);

        assertEquals(ca.certificate(), loaded.certificate());
        assertEquals("Contoso Support", loaded.name());
        assertTrue(Files.readString(dir.resolve("ca.pem")).startsWith("-----BEGIN CERTIFICATE-----"));
        assertTrue(Files.readString(dir.resolve("ca-key.pem")).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertOwnerOnly(dir.resolve("ca-key.pem"));
        TechnicianCredentials issuedByLoaded = TechnicianCredentials.issue(loaded, "Dana Scully", newKey(), AT_ISSUE);
        assertEquals(new Verified("Dana Scully", "Contoso Support"), verify(ca, issuedByLoaded));
    }

    @Test
    void organisationCaIsNeverOverwritten() throws Exception {
        OrganisationCa first = OrganisationCa.create("Contoso Support", AT_ISSUE);
        first.save(dir);
        String key = Files.readString(dir.resolve("ca-key.pem"));

        assertThrows(FileAlreadyExistsException.class, () -> OrganisationCa.create("Contoso", AT_ISSUE).save(dir));
        assertEquals(key, Files.readString(dir.resolve("ca-key.pem")));
    }

    @Test
    void technicianCredentialsSurviveSaveAndLoad() throws Exception {
        OrganisationCa ca = OrganisationCa.create("Contoso Support", AT_ISSUE);
        TechnicianCredentials dana = TechnicianCredentials.issue(ca, "Dana Scully", newKey(), AT_ISSUE);
        dana.save(dir);

        TechnicianCredentials loaded = TechnicianCredentials.load(dir);

        assertEquals(dana.chain(), loaded.chain());
        assertEquals("Dana Scully", loaded.technicianName());
        assertEquals("Contoso Support", loaded.organisationName());
        assertArrayEquals(dana.keyPair().getPublic().getEncoded(), loaded.keyPair().getPublic().getEncoded());
        assertOwnerOnly(dir.resolve("technician-key.pem"));
        assertEquals(new Verified("Dana Scully", "Contoso Support"), verify(ca, loaded));
    }

    @Test
    void renewedTechnicianCredentialsReplaceTheOldOnes() throws Exception {
        OrganisationCa ca = OrganisationCa.create("Contoso Support", AT_ISSUE);
        KeyPair key = newKey();
        TechnicianCredentials.issue(ca, "Dana Scully", key, AT_ISSUE).save(dir);
        Clock later = Clock.offset(AT_ISSUE, Duration.ofDays(300));
        TechnicianCredentials renewed = TechnicianCredentials.issue(ca, "Dana Scully", key, later);

        renewed.save(dir);

        assertEquals(renewed.certificate(), TechnicianCredentials.load(dir).certificate());
        assertOwnerOnly(dir.resolve("technician-key.pem"));
    }

    @Test
    void keyOfAnotherTechnicianIsRefusedOnLoad() throws Exception {
        OrganisationCa ca = OrganisationCa.create("Contoso Support", AT_ISSUE);
        TechnicianCredentials.issue(ca, "Dana Scully", newKey(), AT_ISSUE).save(dir);
        Path other = dir.resolve("other");
        TechnicianCredentials.issue(ca, "Fox Mulder", newKey(), AT_ISSUE).save(other);
        Files.copy(other.resolve("technician-key.pem"), dir.resolve("technician-key.pem"), REPLACE_EXISTING);

        IOException e = assertThrows(IOException.class, () -> TechnicianCredentials.load(dir));
        assertTrue(e.getMessage().contains("is not the key"), e.getMessage());
    }

    @Test
    void technicianCertificateCannotOutliveTheOrganisation() throws Exception {
        OrganisationCa ca = OrganisationCa.create("Contoso Support", Duration.ofDays(100), AT_ISSUE);

        assertThrows(IllegalArgumentException.class,
                () -> TechnicianCredentials.issue(ca, "Dana Scully", newKey(), Duration.ofDays(101), AT_ISSUE));
    }

    @Test
    void namesMustBeFitForACertificate() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> OrganisationCa.create(" ", AT_ISSUE));
        assertThrows(IllegalArgumentException.class, () -> OrganisationCa.create("x".repeat(65), AT_ISSUE));
        OrganisationCa ca = OrganisationCa.create("Contoso Support", AT_ISSUE);
        assertThrows(IllegalArgumentException.class,
                () -> TechnicianCredentials.issue(ca, "Dana\nScully", newKey(), AT_ISSUE));
        assertThrows(IllegalArgumentException.class,
                () -> TechnicianCredentials.issue(ca, "Dana \u202EScully", newKey(), AT_ISSUE));
        assertEquals("Zoë Ngô", TechnicianCredentials.issue(ca, "Zoë Ngô", newKey(), AT_ISSUE).technicianName());
    }

    @Test
    void onlyMatchingEd25519KeyPairsAreAccepted() throws Exception {
        OrganisationCa ca = OrganisationCa.create("Contoso Support", AT_ISSUE);
        KeyPair mixed = new KeyPair(newKey().getPublic(), newKey().getPrivate());
        KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();

        assertThrows(IllegalArgumentException.class, () -> TechnicianCredentials.issue(ca, "Dana", mixed, AT_ISSUE));
        assertThrows(IllegalArgumentException.class, () -> TechnicianCredentials.issue(ca, "Dana", ec, AT_ISSUE));
    }

    @Test
    void trustedDirectoryTrustsOnlyWhatWasAddedThroughTandem() throws Exception {
        OrganisationCa contoso = OrganisationCa.create("Contoso Support", AT_ISSUE);
        OrganisationCa fabrikam = OrganisationCa.create("Fabrikam Help Desk", AT_ISSUE);
        OrganisationCa planted = OrganisationCa.create("Planted Support", AT_ISSUE);
        Path trusted = dir.resolve("trusted-orgs");
        contoso.save(dir.resolve("contoso"));
        planted.save(dir.resolve("planted"));
        TrustedOrganisations.add(trusted, TrustedOrganisations.readOrganisation(dir.resolve("contoso").resolve("ca.pem")));
        Files.copy(dir.resolve("planted").resolve("ca.pem"), trusted.resolve("planted.pem"));
        Files.copy(dir.resolve("contoso").resolve("ca-key.pem"), trusted.resolve("ca-key.pem"));
        Files.writeString(trusted.resolve("junk.pem"), "hello");
        Files.writeString(trusted.resolve("notes.txt"), "not looked at");

        TrustedOrganisations organisations = TrustedOrganisations.load(trusted, List.of(fabrikam.certificate()));

        assertEquals(List.of(fabrikam.certificate(), contoso.certificate()), organisations.certificates());
        assertEquals(3, organisations.problems().size(), organisations.problems().toString());
        assertTrue(organisations.problems().contains(
                "planted.pem was not added through Tandem (tandem customer --trust FILE), so it is ignored"),
                organisations.problems().toString());
    }

    @Test
    void missingTrustedDirectoryTrustsNobody() throws Exception {
        assertTrue(TrustedOrganisations.load(dir.resolve("absent")).isEmpty());
    }

    private static IdentityVerdict verify(OrganisationCa ca, TechnicianCredentials credentials) {
        return TrustedOrganisations.of(List.of(ca.certificate()))
                .verify(IdentityProof.sign(credentials, TRANSCRIPT), TRANSCRIPT, ISSUED.plusSeconds(60));
    }

    private static void assertOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    private static KeyPair newKey() throws Exception {
        return OddCertificates.newKey();
    }
}
