package org.tandem.bench;

import java.util.concurrent.Callable;
import org.tandem.bench.desktop.DesktopCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tandem bench}: benchmarks that run relay, customer and console together on this machine and
 * print their figures as JSON lines. Exit codes: 0 measured (whether or not a target was met), 1 could
 * not measure, 2 wrong command line.
 */
@Command(name = "tandem bench", mixinStandardHelpOptions = true, version = "Tandem benchmarks 0.1",
        description = "Measures Tandem on this machine and prints the figures as JSON lines.",
        subcommands = {ControlCommand.class, DesktopCommand.class, LoadCommand.class, RelayCommand.class, ScreenCommand.class})
public final class BenchMain implements Callable<Integer> {
    static final int FAILED = 1;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, ready to execute: a failure prints one line, not a stack trace. */
    static CommandLine commandLine() {
        return new CommandLine(new BenchMain())
                .setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
                    commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": "
                            + exception.getMessage());
                    commandLine.getErr().flush();
                    return FAILED;
                });
    }

    /** Without a benchmark there is nothing to do. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing benchmark: control, desktop, load, relay or screen");
    }
}
