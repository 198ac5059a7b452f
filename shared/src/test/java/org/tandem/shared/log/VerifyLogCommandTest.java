package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.ssh.Ed25519Keys;
import picocli.CommandLine;

/** The exact words of {@code tandem log verify} for a log as written, cut short, and cut and re-signed. */
class VerifyLogCommandTest {
    private static final String UNTRUSTED = "signed by key ";
    private static final String WARNING = ". No key was given to check it against, so this alone cannot rule out a "
            + "log written again and signed with a new key: give the signer's public key with --key FILE, or compare "
            + "both sides' logs with cross-check.";
    private static final String NO_RECEIPT = "holds no receipt from the other side: none came before the log was "
            + "closed, or it was cut off together with the checkpoint after it. Check it with cross-check.";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private VerifierFixtures.Logs logs;
    private String technicianKey;
    private String customerKey;

    @BeforeEach
    void writeLogs() throws Exception {
        logs = VerifierFixtures.write(dir);
        // Fingerprints as the SSH library computes them, independently of the verifier.
        technicianKey = Ed25519Keys.fingerprint(logs.technicianKey().getPublic());
        customerKey = Ed25519Keys.fingerprint(logs.customerKey().getPublic());
    }

    @Test
    void anIntactLogCheckedAgainstTheTechniciansPubFileIsSignedByTheExpectedKey() {
        assertEquals(0, run("verify", "--key", logs.technicianPublicKey().toString(), logs.technicianLog().toString()));

        assertEquals(List.of(
                "intact (45 events, closed)",
                "signed by the expected key: " + technicianKey + ", claimed by technician:Dana Scully",
                "holds the other side's receipt: their final checkpoint, signed by key " + customerKey), lines());
    }

    @Test
    void aPemPublicKeyIsAKnownKeyToo() throws Exception {
        Path pem = dir.resolve("customer-public.pem");
        writePem(pem, "PUBLIC KEY", logs.customerKey().getPublic().getEncoded());

        assertEquals(0, run("verify", "--key", pem.toString(), logs.customerLog().toString()));

        assertEquals(List.of(
                "intact (45 events, closed)",
                "signed by the expected key: " + customerKey + ", claimed by customer",
                "holds the other side's receipt: their final checkpoint, signed by key " + technicianKey), lines());
    }

    @Test
    void withoutAKeyTheVerdictNamesTheKeyAndSaysItWasNotChecked() {
        assertEquals(0, run("verify", logs.technicianLog().toString()));

        assertEquals(List.of(
                "intact (45 events, closed)",
                UNTRUSTED + technicianKey + ", claimed by technician:Dana Scully" + WARNING,
                "holds the other side's receipt: their final checkpoint, signed by key " + customerKey), lines());
    }

    @Test
    void aLogCutShortIsNotClosedAndSaysWhereItStops() throws Exception {
        Path cut = VerifierFixtures.cut(logs.technicianLog(), "cut.log", 20);

        assertEquals(3, run("verify", cut.toString()));

        assertEquals(List.of(
                "not closed (the log stops after event 20; its end is missing or it was cut short)",
                UNTRUSTED + technicianKey + ", claimed by technician:Dana Scully" + WARNING), lines());
    }

    @Test
    void aLogCutBeforeItsFirstCheckpointSaysNothingInItIsSigned() throws Exception {
        Path cut = VerifierFixtures.cut(logs.technicianLog(), "cut.log", 7);

        assertEquals(3, run("verify", "--key", logs.technicianPublicKey().toString(), cut.toString()));

        assertEquals(List.of(
                "not closed (the log stops after event 7; its end is missing or it was cut short)",
                "no checkpoint yet, so nothing in this log is signed"), lines());
    }

    @Test
    void aLogWhoseReceiptAndLastCheckpointWereCutOffSaysTheReceiptIsMissing() throws Exception {
        Path cut = VerifierFixtures.cut(logs.technicianLog(), "cut.log", VerifierFixtures.FINAL_CHECKPOINT_LINE);

        assertEquals(0, run("verify", "--key", logs.technicianPublicKey().toString(), cut.toString()));

        assertEquals(List.of(
                "intact (43 events, closed, no receipt from the other side)",
                "signed by the expected key: " + technicianKey + ", claimed by technician:Dana Scully",
                NO_RECEIPT), lines());
    }

    @Test
    void aLogWhoseLastCheckpointAloneWasCutOffIsNotClosed() throws Exception {
        Path cut = VerifierFixtures.cut(logs.technicianLog(), "cut.log", VerifierFixtures.FINAL_CHECKPOINT_LINE + 1);

        assertEquals(3, run("verify", cut.toString()));

        assertEquals("not closed (the log stops after event 44; its end is missing or it was cut short)", lines().get(0));
    }

    @Test
    void aLogCutShortAndReSignedWithAFreshKeyNamesThatKeyAndFailsAgainstTheKnownOne() throws Exception {
        KeyPair fresh = Ed25519Keys.generate();
        Path forged = VerifierFixtures.resigned(dir, "forged.log", 20, fresh);
        String freshKey = Ed25519Keys.fingerprint(fresh.getPublic());

        assertEquals(0, run("verify", forged.toString()));
        assertEquals(List.of(
                "intact (23 events, closed, no receipt from the other side)",
                UNTRUSTED + freshKey + ", claimed by technician:Dana Scully" + WARNING,
                NO_RECEIPT), lines());

        out.getBuffer().setLength(0);
        assertEquals(1, run("verify", "--key", logs.technicianPublicKey().toString(), forged.toString()));
        assertEquals(List.of("broken at line 11: checkpoint signed by key " + freshKey + ", not by the expected key "
                + technicianKey), lines());
    }

    @Test
    void aClaimedNameCannotRewriteTheLineItIsPrintedOn() throws Exception {
        Path log = dir.resolve("bidi.log");
        String actor = "technician:Dana\u202Edetcepxe\u202C\r\u001B[2K";
        try (SessionLogWriter writer = SessionLogWriter.create(log, SampleSessionLogs.SESSION, actor, logs.technicianKey(), 10,
                new SampleSessionLogs.SteppingClock(VerifierFixtures.START, Duration.ofSeconds(1)))) {
            writer.append(actor, LogEventTypes.CHAT, Map.of("text", "hello"));
        }

        assertEquals(0, run("verify", "--key", logs.technicianPublicKey().toString(), log.toString()));

        assertEquals("signed by the expected key: " + technicianKey
                + ", claimed by technician:Dana\\u202Edetcepxe\\u202C\\u000D\\u001B[2K", lines().get(1));
    }

    @Test
    void theCrossCheckStillTellsTheTwoSidesFromAForgery() throws Exception {
        Path forged = VerifierFixtures.resigned(dir, "forged.log", 20, Ed25519Keys.generate());
        Path cut = VerifierFixtures.cut(logs.technicianLog(), "cut.log", VerifierFixtures.FINAL_CHECKPOINT_LINE);

        assertEquals(0, run("cross-check", logs.technicianLog().toString(), logs.customerLog().toString()));
        assertEquals(List.of("consistent: both logs are intact and hold each other's final checkpoint"), lines());

        out.getBuffer().setLength(0);
        assertEquals(1, run("cross-check", forged.toString(), logs.customerLog().toString()));
        assertEquals(List.of("inconsistent: my log holds no receipt from the other side",
                "inconsistent: the receipt in their log is not the final checkpoint of my log"), lines());

        out.getBuffer().setLength(0);
        assertEquals(1, run("cross-check", cut.toString(), logs.customerLog().toString()));
        assertEquals(List.of("inconsistent: my log holds no receipt from the other side"), lines());
    }

    @Test
    void aKeyFileThatIsNotAnEd25519PublicKeyIsRefusedInPlainWords() throws Exception {
        Path privateKey = logs.technicianPublicKey().resolveSibling("technician");
        Path rsa = Files.writeString(dir.resolve("rsa.pub"), "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ== someone\n");

        assertEquals(2, run("verify", "--key", privateKey.toString(), logs.technicianLog().toString()));
        assertTrue(err.toString().startsWith("--key: technician holds a private key; give the public key instead "
                + "(the .pub file beside it)"), err.toString());

        err.getBuffer().setLength(0);
        assertEquals(2, run("verify", "--key", rsa.toString(), logs.technicianLog().toString()));
        assertTrue(err.toString().startsWith("--key: rsa.pub does not start with ssh-ed25519"), err.toString());

        err.getBuffer().setLength(0);
        assertEquals(2, run("verify", "--key", dir.resolve("absent.pub").toString(), logs.technicianLog().toString()));
        assertTrue(err.toString().startsWith("--key: there is no file "), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertEquals("", out.toString(), "no verdict without the key that was asked for");
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    private static void writePem(Path file, String type, byte[] content) throws Exception {
        StringWriter text = new StringWriter();
        try (PemWriter pem = new PemWriter(text)) {
            pem.writeObject(new PemObject(type, content));
        }
        Files.writeString(file, text.toString(), StandardCharsets.US_ASCII);
    }

    private int run(String... args) {
        CommandLine commandLine = LogCommand.commandLine(new LogCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
