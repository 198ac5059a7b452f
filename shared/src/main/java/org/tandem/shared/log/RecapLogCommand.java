package org.tandem.shared.log;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tandem log recap FILE}: the recap of the session, from its log: the customer's copy speaks
 * to the customer, the console's copy of the customer. Which copy a file is, is read from the file;
 * {@code --as colleague} writes the console's copy for someone else than the technician who helped
 * (decision 0048), as History's Save recap does (decision 0046).
 */
@Command(
        name = "recap",
        mixinStandardHelpOptions = true,
        description = "Write the recap of a session, made from its log, with a line saying whether the log is "
                + "intact. The customer's log gives the customer's recap, the console's log the technician's.")
final class RecapLogCommand implements Callable<Integer> {
    enum Format { md, html }

    @Parameters(paramLabel = "FILE", description = "The session log.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "md or html (default: ${DEFAULT-VALUE}).")
    Format format = Format.md;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the recap here instead of to standard output.")
    Path out;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of the times in the recap (default: this computer's).")
    ZoneId zone = ZoneId.systemDefault();

    @Option(names = "--as", paramLabel = "SIDE", description = "customer, technician or colleague: whose recap to "
            + "write (default: whose log FILE is). colleague is the technician's recap with the technician named "
            + "where their own copy says \"you\", for someone taking the customer over.")
    Side side;

    enum Side { customer, technician, colleague }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LogVerification integrity = SessionLogVerifier.verify(file);
        List<LogEntry> entries = LogReader.read(file);
        RecapGenerator recaps = new RecapGenerator(zone);
        RecapGenerator.Viewpoint viewpoint = side == null ? RecapGenerator.Viewpoint.of(entries) : switch (side) {
            case customer -> RecapGenerator.Viewpoint.CUSTOMER;
            case technician -> RecapGenerator.Viewpoint.TECHNICIAN;
            case colleague -> RecapGenerator.Viewpoint.COLLEAGUE;
        };
        String recap = format == Format.html ? recaps.html(entries, integrity, viewpoint)
                : recaps.markdown(entries, integrity, viewpoint);
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(recap);
            stdout.flush();
        } else {
            Files.writeString(out, recap, StandardCharsets.UTF_8);
        }
        return 0;
    }
}
