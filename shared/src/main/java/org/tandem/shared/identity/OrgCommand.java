package org.tandem.shared.identity;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.tandem.shared.cli.CommandLineOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tandem org}: an organisation's administrator creates the organisation CA once, then issues
 * a certificate to each technician. Exit codes: 0 done, 1 refused or failed, 2 wrong command line.
 */
@Command(
        name = "org",
        mixinStandardHelpOptions = true,
        description = "Create your organisation's certificate authority and issue technician certificates, "
                + "so customers can see who is helping them.",
        subcommands = {InitOrganisationCommand.class, AddTechnicianCommand.class})
public final class OrgCommand implements Callable<Integer> {
    static final int FAILED = CommandLineOptions.FAILED;

    private final Clock clock;

    @Spec
    CommandSpec spec;

    public OrgCommand() {
        this(Clock.systemUTC());
    }

    /** With the clock certificates are dated by. */
    public OrgCommand(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The command line, ready to {@link CommandLine#execute}: failures print one line, not a stack trace. */
    public static CommandLine commandLine(OrgCommand command) {
        return CommandLineOptions.withOneLineFailures(command);
    }

    public static void main(String[] args) {
        System.exit(commandLine(new OrgCommand()).execute(args));
    }

    /** Without a subcommand there is nothing to do. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: init or add-technician");
    }

    Clock clock() {
        return clock;
    }
}
