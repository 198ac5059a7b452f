package org.tandem.shared.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.identity.IdentityVerdict.Verified;
import picocli.CommandLine;

class OrgCommandTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void initCreatesTheOrganisationCa() throws Exception {
        Path data = dir.resolve("org");

        assertEquals(0, run("init", "--name", "Contoso Support", "--data", data.toString()));

        assertTrue(Files.isRegularFile(data.resolve("ca.pem")));
        assertTrue(Files.isRegularFile(data.resolve("ca-key.pem")));
        assertEquals("Contoso Support", OrganisationCa.load(data).name());
        assertTrue(out.toString().contains(data.resolve("ca.pem").toString()), out.toString());
        assertTrue(out.toString().contains("tandem customer --trust ca.pem"), out.toString());
        assertTrue(out.toString().contains(TrustedOrganisations.fingerprint(OrganisationCa.load(data).certificate())),
                out.toString());
    }

    @Test
    void initRefusesToOverwriteAnExistingCa() throws Exception {
        Path data = dir.resolve("org");
        run("init", "--name", "Contoso Support", "--data", data.toString());
        byte[] key = Files.readAllBytes(data.resolve("ca-key.pem"));

        assertEquals(1, run("init", "--name", "Someone Else", "--data", data.toString()));

        assertArrayEquals(key, Files.readAllBytes(data.resolve("ca-key.pem")));
        assertTrue(err.toString().contains("refusing to overwrite"), err.toString());
    }

    @Test
    void addTechnicianWithoutAKeyMakesOne() throws Exception {
        Path data = dir.resolve("org");
        Path out = dir.resolve("dana");
        run("init", "--name", "Contoso Support", "--data", data.toString());

        assertEquals(0, run("add-technician", "--name", "Dana Scully", "--data", data.toString(),
                "--out", out.toString()));

        TechnicianCredentials dana = TechnicianCredentials.load(out);
        assertEquals("Dana Scully", dana.technicianName());
        assertEquals("Contoso Support", dana.organisationName());
        assertVerifiedBy(OrganisationCa.load(data), dana);
        assertArrayEquals(Ed25519KeyConverter.rawPublicKey(dana.keyPair().getPublic()),
                Ed25519KeyConverter.rawPublicKey(authorizedKey("Dana Scully")));
    }

    @Test
    void addTechnicianCertifiesTheirOpenSshKey() throws Exception {
        Path data = dir.resolve("org");
        Path out = dir.resolve("dana");
        KeyPair sshKey = KeyPairGenerator.getInstance("Ed25519", new BouncyCastleProvider()).generateKeyPair();
        Path keyFile = dir.resolve("id_ed25519");
        try (OutputStream file = Files.newOutputStream(keyFile)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(sshKey, "dana@laptop", null, file);
        }
        assertTrue(Files.readString(keyFile).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----"));
        run("init", "--name", "Contoso Support", "--data", data.toString());

        assertEquals(0, run("add-technician", "--name", "Dana Scully", "--data", data.toString(),
                "--key", keyFile.toString(), "--out", out.toString()));

        TechnicianCredentials dana = TechnicianCredentials.load(out);
        assertArrayEquals(Ed25519KeyConverter.rawPublicKey(sshKey.getPublic()),
                Ed25519KeyConverter.rawPublicKey(dana.certificate().getPublicKey()));
        assertArrayEquals(Ed25519KeyConverter.rawPublicKey(sshKey.getPublic()),
                Ed25519KeyConverter.rawPublicKey(authorizedKey("Dana Scully")));
        assertVerifiedBy(OrganisationCa.load(data), dana);
    }

    @Test
    void addTechnicianDefaultsToAFolderUnderTheOrganisation() throws Exception {
        Path data = dir.resolve("org");
        run("init", "--name", "Contoso Support", "--data", data.toString());

        assertEquals(0, run("add-technician", "--name", "Dana Scully", "--data", data.toString()));

        assertTrue(Files.isRegularFile(data.resolve("technicians/dana-scully/technician.pem")));
    }

    @Test
    void addTechnicianRefusesToOverwriteUnlessForced() throws Exception {
        Path data = dir.resolve("org");
        Path out = dir.resolve("dana");
        run("init", "--name", "Contoso Support", "--data", data.toString());
        String[] add = {"add-technician", "--name", "Dana Scully", "--data", data.toString(), "--out", out.toString()};
        run(add);
        byte[] first = Files.readAllBytes(out.resolve("technician.pem"));

        assertEquals(1, run(add));
        assertArrayEquals(first, Files.readAllBytes(out.resolve("technician.pem")));

        String[] forced = List.of(add).toArray(new String[add.length + 1]);
        forced[add.length] = "--force";
        assertEquals(0, run(forced));
        assertFalse(Arrays.equals(first, Files.readAllBytes(out.resolve("technician.pem"))));
    }

    @Test
    void addTechnicianNeedsAnOrganisationFirst() {
        assertEquals(1, run("add-technician", "--name", "Dana Scully", "--data", dir.resolve("none").toString()));

        assertTrue(err.toString().contains("tandem org init"), err.toString());
    }

    @Test
    void addTechnicianExplainsAKeyItCannotUse() throws Exception {
        Path data = dir.resolve("org");
        run("init", "--name", "Contoso Support", "--data", data.toString());
        Path notAKey = Files.writeString(dir.resolve("id_ed25519.pub"), "ssh-ed25519 AAAA dana@laptop\n");

        assertEquals(1, run("add-technician", "--name", "Dana Scully", "--data", data.toString(),
                "--key", notAKey.toString(), "--out", dir.resolve("dana").toString()));

        assertTrue(err.toString().startsWith("tandem org add-technician: "), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, run("init", "--name", "Contoso", "--colour", "blue"));
        assertTrue(err.toString().contains("--colour"), err.toString());
        assertTrue(err.toString().contains("Usage:"), err.toString());
    }

    @Test
    void badNameIsAUsageError() {
        assertEquals(2, run("init", "--name", " ", "--data", dir.toString()));
        assertFalse(OrganisationCa.existsIn(dir));
    }

    @Test
    void missingSubcommandIsAUsageError() {
        assertEquals(2, run());
    }

    @Test
    void helpWorksEverywhere() {
        assertEquals(0, run("--help"));
        assertEquals(0, run("init", "--help"));
        assertEquals(0, run("add-technician", "--help"));
        assertTrue(out.toString().contains("--key"), out.toString());
    }

    private int run(String... args) {
        CommandLine commandLine = OrgCommand.commandLine(new OrgCommand(Clock.fixed(NOW, ZoneOffset.UTC)));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** The key in the authorized_keys line the command printed for {@code name}. */
    private PublicKey authorizedKey(String name) throws Exception {
        String line = out.toString().lines().filter(l -> l.startsWith("ssh-ed25519 ")).findFirst().orElseThrow();
        AuthorizedKeyEntry entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line);
        assertEquals(name, entry.getComment());
        return entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
    }

    private static void assertVerifiedBy(OrganisationCa ca, TechnicianCredentials credentials) {
        byte[] transcript = new byte[32];
        assertEquals(new Verified(credentials.technicianName(), credentials.organisationName()),
                TrustedOrganisations.of(List.of(ca.certificate()))
                        .verify(IdentityProof.sign(credentials, transcript), transcript, NOW.plusSeconds(60)));
    }
}
