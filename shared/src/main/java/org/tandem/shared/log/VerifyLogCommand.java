package org.tandem.shared.log;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tandem log verify FILE}: is the log as it was written? */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Check that a session log was not altered. Prints \"intact (N events, closed)\" and exits 0, "
                + "\"not closed: verifies up to event N\" and exits 3, or \"broken at line N: reason\" and exits 1.")
final class VerifyLogCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The session log.")
    Path file;

    @Option(names = "--signer", paramLabel = "KEY",
            description = "Also require every checkpoint to be signed by this key (base64 X.509, as in the log's checkpoints).")
    String signer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Optional<PublicKey> expected = Optional.empty();
        if (signer != null) {
            try {
                expected = Optional.of(Ed25519Signatures.publicKey(signer));
            } catch (GeneralSecurityException e) {
                throw new ParameterException(spec.commandLine(), "--signer is not a base64 Ed25519 public key", e, null, signer);
            }
        }
        LogVerification result = SessionLogVerifier.verify(file, expected);
        spec.commandLine().getOut().println(result.describe());
        spec.commandLine().getOut().flush();
        if (result instanceof LogVerification.Intact) {
            return 0;
        }
        return result instanceof LogVerification.NotClosed ? LogCommand.NOT_CLOSED : LogCommand.FAILED;
    }
}
