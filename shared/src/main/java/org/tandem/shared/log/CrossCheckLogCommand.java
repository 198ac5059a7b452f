package org.tandem.shared.log;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandem log cross-check MINE THEIRS}: do the two sides' logs of a session vouch for each other? */
@Command(
        name = "cross-check",
        mixinStandardHelpOptions = true,
        description = "Check both sides' logs of one session: each must be intact and hold the other's final "
                + "checkpoint as its receipt. Exits 0 when they agree, 1 when not.")
final class CrossCheckLogCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MINE", description = "One side's log.")
    Path mine;

    @Parameters(index = "1", paramLabel = "THEIRS", description = "The other side's log of the same session.")
    Path theirs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CrossCheck check = SessionLogVerifier.crossCheck(mine, theirs);
        PrintWriter out = spec.commandLine().getOut();
        if (check.consistent()) {
            out.println("consistent: both logs are intact and hold each other's final checkpoint");
        } else {
            check.problems().forEach(problem -> out.println("inconsistent: " + problem));
        }
        out.flush();
        return check.consistent() ? 0 : LogCommand.FAILED;
    }
}
