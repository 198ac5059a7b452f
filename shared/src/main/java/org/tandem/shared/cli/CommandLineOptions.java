package org.tandem.shared.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The one way every Tandem entry point reads its command line: {@code --help} prints the usage and
 * exits 0; a wrong or unknown option prints what is wrong and the usage, then exits 2.
 */
public final class CommandLineOptions {
    public static final int USAGE_ERROR = 2;

    private CommandLineOptions() {}

    /** Fills the picocli-annotated {@code options} from {@code args}, or exits the process. */
    public static <T> T parseOrExit(T options, String[] args) {
        Result result = parse(options, args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (result != Result.RUN) {
            System.exit(result == Result.HELP ? 0 : USAGE_ERROR);
        }
        return options;
    }

    /** Exit code of a command that ran and failed (as opposed to a wrong command line, 2). */
    public static final int FAILED = 1;

    /**
     * A command line with subcommands, ready to {@link CommandLine#execute}: a failure prints one line
     * ("tandem log verify: …") and exits {@link #FAILED}, never a stack trace; a wrong command line
     * exits 2 as picocli does.
     */
    public static CommandLine withOneLineFailures(Object command) {
        return new CommandLine(command)
                .setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
                    commandLine.getErr().println(
                            "tandem " + commandLine.getCommandSpec().qualifiedName() + ": " + exception.getMessage());
                    commandLine.getErr().flush();
                    return FAILED;
                });
    }

    /** What {@link #parse} decided. */
    public enum Result { RUN, HELP, USAGE_ERROR }

    /** Fills {@code options}; prints help or the error itself. */
    public static Result parse(Object options, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(options);
        try {
            commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            err.println(e.getMessage());
            commandLine.usage(err);
            err.flush();
            return Result.USAGE_ERROR;
        }
        if (commandLine.isUsageHelpRequested()) {
            commandLine.usage(out);
            out.flush();
            return Result.HELP;
        }
        return Result.RUN;
    }
}
