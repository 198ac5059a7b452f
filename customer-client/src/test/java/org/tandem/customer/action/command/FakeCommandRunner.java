package org.tandem.customer.action.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.tandem.customer.action.CancellationToken;

/**
 * A command runner for unit tests: knows the programs it is told about, records every command, and
 * answers each with the output the test scripted for the first arguments that match.
 */
public final class FakeCommandRunner implements CommandRunner {
    /** What a scripted command prints and how it ends: by itself with a status, or stopped by the runner. */
    public record Reply(List<String> lines, int exitStatus, CommandResult.Ending ending) {
        public Reply(List<String> lines, int exitStatus) {
            this(lines, exitStatus, CommandResult.Ending.EXITED);
        }
    }

    private final Map<String, Path> programs = new ConcurrentHashMap<>();
    private final List<Map.Entry<List<String>, Function<Command, Reply>>> scripts = new CopyOnWriteArrayList<>();
    public final List<Command> commands = new CopyOnWriteArrayList<>();

    /** Makes {@code program} exist, at {@code /usr/bin/program}. */
    public FakeCommandRunner has(String program) {
        programs.put(program, Path.of("/usr/bin", program));
        return this;
    }

    /** Commands whose arguments start with {@code prefix} print {@code lines} and exit with {@code status}. */
    public FakeCommandRunner when(List<String> prefix, List<String> lines, int status) {
        return when(prefix, command -> new Reply(lines, status));
    }

    public FakeCommandRunner when(List<String> prefix, Function<Command, Reply> reply) {
        scripts.add(0, Map.entry(prefix, reply));
        return this;
    }

    @Override
    public CommandResult run(Command command, Consumer<String> lines, CancellationToken cancel) throws IOException {
        commands.add(command);
        for (Map.Entry<List<String>, Function<Command, Reply>> script : scripts) {
            List<String> prefix = script.getKey();
            if (command.arguments().size() >= prefix.size() && command.arguments().subList(0, prefix.size()).equals(prefix)) {
                Reply reply = script.getValue().apply(command);
                BoundedLines kept = new BoundedLines(BoundedLines.DEFAULT_CAPACITY);
                for (String line : reply.lines()) {
                    kept.add(line);
                    lines.accept(line);
                }
                return new CommandResult(reply.ending(), reply.exitStatus(), kept.last(), kept.total());
            }
        }
        throw new IOException("Cannot run program \"" + command.arguments().get(0) + "\": not scripted");
    }

    @Override
    public Optional<Path> locate(String program) {
        return Optional.ofNullable(programs.get(program));
    }

    /** The arguments of every command run, in order. */
    public List<List<String>> arguments() {
        List<List<String>> all = new ArrayList<>();
        commands.forEach(c -> all.add(c.arguments()));
        return all;
    }
}
