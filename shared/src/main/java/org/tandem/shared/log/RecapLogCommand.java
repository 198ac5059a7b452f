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

/** {@code tandem log recap FILE}: the customer's recap of the session, from its log. */
@Command(
        name = "recap",
        mixinStandardHelpOptions = true,
        description = "Write the recap of a session for the customer, made from its log, with a line saying "
                + "whether the log is intact.")
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LogVerification integrity = SessionLogVerifier.verify(file);
        List<LogEntry> entries = LogReader.read(file);
        RecapGenerator recaps = new RecapGenerator(zone);
        String recap = format == Format.html ? recaps.html(entries, integrity) : recaps.markdown(entries, integrity);
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
