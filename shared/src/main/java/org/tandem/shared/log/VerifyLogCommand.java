package org.tandem.shared.log;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tandem log verify FILE [--key PUBKEY]}: is the log as it was written, and who signed it?
 * The first line is the verdict; the next ones name the key that signed the checkpoints and, for a
 * closed log, the other side's receipt.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Check that a session log was not altered, and name the key that signed it.",
            "Prints \"intact (N events, closed)\" and exits 0, \"not closed (the log stops after event N; …)\" and "
                    + "exits 3, or \"broken at line N: reason\" and exits 1; then the signer's key fingerprint and "
                    + "whether it was checked against a known key."})
final class VerifyLogCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(VerifyLogCommand.class);

    @Parameters(paramLabel = "FILE", description = "The session log.")
    Path file;

    @Option(names = "--key", paramLabel = "PUBKEY",
            description = "The signer's Ed25519 public key (an OpenSSH .pub file or a PEM public key): "
                    + "every checkpoint must be signed with it, else the log fails.")
    Path key;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Optional<PublicKey> expected = Optional.empty();
        if (key != null) {
            try {
                expected = Optional.of(Ed25519PublicKeyFile.read(key));
            } catch (IOException e) {
                LOG.debug("Cannot read the key file {}", key, e);
                throw new ParameterException(spec.commandLine(), "--key: " + e.getMessage(), e, null, key.toString());
            }
        }
        LogVerificationReport report = SessionLogVerifier.report(file, expected);
        PrintWriter out = spec.commandLine().getOut();
        out.println(report.verdict().describe());
        if (!(report.verdict() instanceof LogVerification.Broken)) {
            out.println(report.signer().map(VerifyLogCommand::signedBy)
                    .orElse("no checkpoint yet, so nothing in this log is signed"));
        }
        if (report.verdict() instanceof LogVerification.Intact intact) {
            out.println(intact.receipt()
                    .map(receipt -> "holds the other side's receipt: their final checkpoint, signed by key "
                            + receipt.signerFingerprint())
                    .orElse("holds no receipt from the other side: none came before the log was closed, or it was "
                            + "cut off together with the checkpoint after it. Check it with cross-check."));
        }
        out.flush();
        if (report.verdict() instanceof LogVerification.Intact) {
            return 0;
        }
        return report.verdict() instanceof LogVerification.NotClosed ? LogCommand.NOT_CLOSED : LogCommand.FAILED;
    }

    private static String signedBy(LogSigner signer) {
        String claim = ", claimed by " + visible(signer.claimedBy());
        return signer.expected()
                ? "signed by the expected key: " + signer.fingerprint() + claim
                : "signed by key " + signer.fingerprint() + claim + ". No key was given to check it against, so "
                        + "this alone cannot rule out a log written again and signed with a new key: "
                        + "give the signer's public key with --key FILE, or compare both sides' logs with cross-check.";
    }

    /** The actor as written in the log, with characters that could rewrite the terminal line shown as escapes. */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            int type = Character.getType(codePoint);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (hidden) {
                out.append(String.format("\\u%04X", codePoint));
            } else {
                out.appendCodePoint(codePoint);
            }
        });
        return out.toString();
    }
}
