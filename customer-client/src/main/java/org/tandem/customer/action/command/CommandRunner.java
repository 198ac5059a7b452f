package org.tandem.customer.action.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.tandem.customer.action.CancellationToken;

/** Runs programs for actions. The real one is {@link ProcessCommandRunner}; tests use a fake. */
public interface CommandRunner {

    /**
     * Runs the command on the calling thread until it exits, times out or is cancelled; a stopped
     * command's whole process tree is ended. Output is read line by line as it comes: each line goes
     * to {@code lines} (cut to {@link BoundedLines#MAX_LINE_CHARS}) and only the last ones are kept,
     * so a command that prints megabytes costs no more memory than one that prints a page.
     *
     * @throws IOException when the program cannot be started
     */
    CommandResult run(Command command, Consumer<String> lines, CancellationToken cancel)
            throws IOException, InterruptedException;

    /** Where a program of that name is, when this computer has it. */
    Optional<Path> locate(String program);
}
