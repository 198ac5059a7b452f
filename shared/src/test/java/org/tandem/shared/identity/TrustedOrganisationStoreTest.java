package org.tandem.shared.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.identity.IdentityVerdict.Unverified;
import org.tandem.shared.identity.IdentityVerdict.Verified;

class TrustedOrganisationStoreTest {
    private static final Instant ISSUED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Clock AT_ISSUE = Clock.fixed(ISSUED, ZoneOffset.UTC);
    private static final byte[] TRANSCRIPT = new byte[32];

    private static OrganisationCa contoso;
    private static OrganisationCa fabrikam;
    private static TechnicianCredentials dana;

    @TempDir
    Path dir;

    @BeforeAll
    static void issue() throws Exception {
        contoso = OrganisationCa.create("Contoso Support", AT_ISSUE);
        fabrikam = OrganisationCa.create("Fabrikam Help Desk", AT_ISSUE);
        dana = TechnicianCredentials.issue(contoso, "Dana Scully", OddCertificates.newKey(), AT_ISSUE);
    }

    private Path store() {
        return dir.resolve(TrustedOrganisations.DIRECTORY_NAME);
    }

    private Path pemOf(OrganisationCa ca) throws IOException {
        Path folder = dir.resolve(ca.name().replace(' ', '-'));
        if (!Files.exists(folder.resolve(OrganisationCa.CERTIFICATE_FILE))) {
            ca.save(folder);
        }
        return folder.resolve(OrganisationCa.CERTIFICATE_FILE);
    }

    private IdentityVerdict verifyDana(TrustedOrganisations trusted) {
        return trusted.verify(IdentityProof.sign(dana, TRANSCRIPT), TRANSCRIPT, ISSUED.plusSeconds(60));
    }

    @Test
    void aCertificateDroppedInByHandIsIgnored() throws Exception {
        Files.createDirectories(store());
        Files.copy(pemOf(contoso), store().resolve("contoso.pem"));

        TrustedOrganisations trusted = TrustedOrganisations.load(store());

        assertTrue(trusted.isEmpty());
        assertEquals(List.of("contoso.pem was not added through Tandem (tandem customer --trust FILE), so it is ignored"),
                trusted.problems());
        assertInstanceOf(Unverified.class, verifyDana(trusted));
    }

    @Test
    void anAddedOrganisationIsTrustedAndListedWithItsFingerprint() throws Exception {
        assertTrue(TrustedOrganisations.add(store(), TrustedOrganisations.readOrganisation(pemOf(contoso))));

        TrustedOrganisations trusted = TrustedOrganisations.load(store());
        assertEquals(List.of(contoso.certificate()), trusted.certificates());
        assertEquals(List.of(), trusted.problems());
        assertEquals(new Verified("Dana Scully", "Contoso Support"), verifyDana(trusted));
        JsonNode index = new ObjectMapper().readTree(store().resolve(TrustedOrganisations.INDEX_FILE).toFile());
        JsonNode entry = index.get("organisations").get(0);
        assertEquals("Contoso Support", entry.get("name").asText());
        assertEquals(TrustedOrganisations.fingerprint(contoso.certificate()), entry.get("sha256").asText());
        assertTrue(Files.isRegularFile(store().resolve(entry.get("file").asText())));
        Instant.parse(entry.get("added").asText());
    }

    @Test
    void addingTheSameOrganisationTwiceChangesNothing() throws Exception {
        assertTrue(TrustedOrganisations.add(store(), contoso.certificate()));
        String before = Files.readString(store().resolve(TrustedOrganisations.INDEX_FILE));

        assertFalse(TrustedOrganisations.add(store(), contoso.certificate()));

        assertEquals(before, Files.readString(store().resolve(TrustedOrganisations.INDEX_FILE)));
        assertTrue(TrustedOrganisations.add(store(), fabrikam.certificate()));
        assertEquals(List.of(contoso.certificate(), fabrikam.certificate()),
                TrustedOrganisations.load(store()).certificates());
    }

    @Test
    void aCertificateSwappedSinceItWasAddedIsIgnored() throws Exception {
        TrustedOrganisations.add(store(), contoso.certificate());
        Path added;
        try (var files = Files.list(store())) {
            added = files.filter(f -> f.toString().endsWith(".pem")).findFirst().orElseThrow();
        }
        Files.copy(pemOf(fabrikam), added, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        TrustedOrganisations trusted = TrustedOrganisations.load(store());

        assertTrue(trusted.isEmpty());
        assertEquals(1, trusted.problems().size());
        assertTrue(trusted.problems().get(0).contains("has changed since Contoso Support was trusted"),
                trusted.problems().toString());
    }

    @Test
    void aDamagedListTrustsNobody() throws Exception {
        TrustedOrganisations.add(store(), contoso.certificate());
        Files.writeString(store().resolve(TrustedOrganisations.INDEX_FILE), "{\"organisations\": [");

        TrustedOrganisations trusted = TrustedOrganisations.load(store());

        assertTrue(trusted.isEmpty());
        assertTrue(trusted.problems().get(0).startsWith("trusted.json is not Tandem's list of trusted organisations"),
                trusted.problems().toString());
    }

    @Test
    void aListEntryNamingAFileOutsideTheFolderTrustsNobody() throws Exception {
        contoso.save(dir.resolve("elsewhere"));
        Files.createDirectories(store());
        Files.writeString(store().resolve(TrustedOrganisations.INDEX_FILE), "{\"organisations\": [{\"name\": \"Contoso\","
                + " \"sha256\": \"" + TrustedOrganisations.fingerprint(contoso.certificate()) + "\","
                + " \"file\": \"../elsewhere/ca.pem\", \"added\": \"2026-03-01T09:00:00Z\"}]}", StandardCharsets.UTF_8);

        TrustedOrganisations trusted = TrustedOrganisations.load(store());

        assertTrue(trusted.isEmpty());
        assertEquals(1, trusted.problems().size(), trusted.problems().toString());
    }

    @Test
    void onlyASingleOrganisationCertificateCanBeAdded() throws Exception {
        PemFiles.writeCertificates(dir.resolve("technician.pem"), List.of(dana.certificate()), false);
        Files.writeString(dir.resolve("two.pem"), Files.readString(pemOf(contoso)) + Files.readString(pemOf(fabrikam)));

        IOException technician = assertThrows(IOException.class,
                () -> TrustedOrganisations.readOrganisation(dir.resolve("technician.pem")));
        IOException two = assertThrows(IOException.class, () -> TrustedOrganisations.readOrganisation(dir.resolve("two.pem")));

        assertTrue(technician.getMessage().contains("not an organisation (CA) certificate"), technician.getMessage());
        assertEquals("two.pem holds 2 certificates; an organisation's file holds exactly one", two.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrustedOrganisations.add(store(), dana.certificate()));
        assertFalse(Files.exists(store().resolve(TrustedOrganisations.INDEX_FILE)));
    }

    @Test
    void theFingerprintIsTheOneOpensslPrints() throws Exception {
        Path pem = pemOf(contoso);
        Process openssl;
        try {
            openssl = new ProcessBuilder("openssl", "x509", "-noout", "-fingerprint", "-sha256", "-in", pem.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "openssl is not installed");
            return;
        }
        String printed = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertTrue(openssl.waitFor(30, TimeUnit.SECONDS));

        assertEquals(printed.substring(printed.indexOf('=') + 1), TrustedOrganisations.fingerprint(contoso.certificate()));
    }

    @Test
    void theNameShownIsCleaned() throws Exception {
        OrganisationCa tricky = OrganisationCa.create("Contoso - Verified", AT_ISSUE);

        assertEquals("Contoso", TrustedOrganisations.nameOf(tricky.certificate()));
    }
}
