package org.tandem.shared.log;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandem log show FILE}: the events as a timeline, one a line. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Print a session log as a readable timeline: time, who, what, and the details in short. "
                + "It does not check the log; use verify for that.")
final class ShowLogCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The session log.")
    Path file;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of the times shown (default: this computer's).")
    ZoneId zone = ZoneId.systemDefault();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LogEntryFormatter formatter = new LogEntryFormatter(zone);
        PrintWriter out = spec.commandLine().getOut();
        formatter.lines(LogReader.read(file)).forEach(out::println);
        out.flush();
        return 0;
    }
}
