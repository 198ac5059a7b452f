package org.tandem.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.shared.identity.OrganisationCa;
import org.tandem.shared.identity.TechnicianCredentials;
import org.tandem.shared.identity.TrustedOrganisations;

class TrustOrganisationCommandTest {
    private static final Clock AT_ISSUE = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Path store;
    private Path caPem;
    private OrganisationCa contoso;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws Exception {
        store = dir.resolve("customer").resolve(TrustedOrganisations.DIRECTORY_NAME);
        contoso = OrganisationCa.create("Contoso Support", AT_ISSUE);
        contoso.save(dir.resolve("org"));
        caPem = dir.resolve("org").resolve(OrganisationCa.CERTIFICATE_FILE);
    }

    private int run(String typed, boolean yes, Path file) {
        TrustOrganisationCommand command = new TrustOrganisationCommand(store, new BufferedReader(new StringReader(typed)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return command.run(file, yes);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"y\n", "Y\n", "yes\n", " YES \n"})
    void aYesTrustsTheOrganisation(String typed) throws Exception {
        int status = run(typed, false, caPem);

        assertEquals(TrustOrganisationCommand.TRUSTED, status);
        assertTrue(output().contains("Organisation:        Contoso Support\n"), output());
        assertTrue(output().contains("SHA-256 fingerprint: " + TrustedOrganisations.fingerprint(contoso.certificate())),
                output());
        assertTrue(output().contains("Trust technicians of Contoso Support? [y/N] "), output());
        assertTrue(output().endsWith("Trusted: technicians of Contoso Support will be shown as verified.\n"), output());
        assertEquals(List.of(contoso.certificate()), TrustedOrganisations.load(store).certificates());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "n\n", "no\n", "sure\n", "yy\n"})
    void anythingButYesTrustsNobody(String typed) throws Exception {
        int status = run(typed, false, caPem);

        assertEquals(TrustOrganisationCommand.NOT_TRUSTED, status);
        assertTrue(output().endsWith("Not trusted. Nothing changed.\n"), output());
        assertTrue(TrustedOrganisations.load(store).isEmpty());
        assertFalse(Files.exists(store.resolve(TrustedOrganisations.INDEX_FILE)));
    }

    @Test
    void yesOnTheCommandLineDoesNotAsk() throws Exception {
        int status = run("n\n", true, caPem);

        assertEquals(TrustOrganisationCommand.TRUSTED, status);
        assertTrue(output().contains("Trust technicians of Contoso Support? yes (--yes)\n"), output());
        assertEquals(List.of(contoso.certificate()), TrustedOrganisations.load(store).certificates());
    }

    @Test
    void trustingAgainSaysSo() {
        run("y\n", false, caPem);
        out.reset();

        assertEquals(TrustOrganisationCommand.TRUSTED, run("y\n", false, caPem));

        assertTrue(output().endsWith("Contoso Support was already trusted. Nothing changed.\n"), output());
    }

    @Test
    void aMissingFileIsSaidPlainly() {
        Path missing = dir.resolve("nope.pem");

        assertEquals(TrustOrganisationCommand.NOT_TRUSTED, run("y\n", false, missing));

        assertEquals("tandem customer: there is no file " + missing + ". Nothing changed.\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals("", output());
    }

    @Test
    void aTechniciansCertificateIsNotAnOrganisation() throws Exception {
        TechnicianCredentials dana = TechnicianCredentials.issue(contoso, "Dana Scully",
                java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair(), AT_ISSUE);
        dana.save(dir.resolve("dana"));
        Path technicianPem;
        try (var files = Files.list(dir.resolve("dana"))) {
            technicianPem = files.filter(f -> f.getFileName().toString().startsWith("technician")
                    && f.toString().endsWith(".pem")).findFirst().orElseThrow();
        }

        assertEquals(TrustOrganisationCommand.NOT_TRUSTED, run("y\n", false, technicianPem));

        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("tandem customer: " + technicianPem.getFileName()),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(TrustedOrganisations.load(store).isEmpty());
    }
}
