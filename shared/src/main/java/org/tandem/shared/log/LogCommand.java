package org.tandem.shared.log;

import java.util.concurrent.Callable;
import org.tandem.shared.cli.CommandLineOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tandem log}: check a session log, show it, or make the customer's recap from it.
 * Exit codes: 0 done (and for {@code verify}: intact), 1 altered or failed, 2 wrong command line,
 * 3 ({@code verify} only) intact so far but not closed.
 */
@Command(
        name = "log",
        mixinStandardHelpOptions = true,
        description = "Check, show or recap a session log.",
        subcommands = {VerifyLogCommand.class, ShowLogCommand.class, RecapLogCommand.class, CrossCheckLogCommand.class})
public final class LogCommand implements Callable<Integer> {
    static final int FAILED = CommandLineOptions.FAILED;
    static final int NOT_CLOSED = 3;

    @Spec
    CommandSpec spec;

    /** The command line, ready to {@link CommandLine#execute}: failures print one line, not a stack trace. */
    public static CommandLine commandLine(LogCommand command) {
        return CommandLineOptions.withOneLineFailures(command);
    }

    public static void main(String[] args) {
        System.exit(commandLine(new LogCommand()).execute(args));
    }

    /** Without a subcommand there is nothing to do. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: verify, show, recap or cross-check");
    }
}
