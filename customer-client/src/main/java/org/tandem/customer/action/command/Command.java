package org.tandem.customer.action.command;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A program to run with its arguments, one array element each: never a shell string, so nothing in
 * an argument (a file name, a package name) is ever interpreted.
 *
 * @param arguments the program (best an absolute path) and its arguments
 * @param timeout how long it may run before its process tree is ended
 * @param environment variables to set on top of the inherited environment
 */
public record Command(List<String> arguments, Duration timeout, Map<String, String> environment) {

    public Command {
        arguments = List.copyOf(arguments);
        if (arguments.isEmpty() || arguments.get(0).isEmpty()) {
            throw new IllegalArgumentException("A command needs a program");
        }
        for (String argument : arguments) {
            if (argument.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("An argument holds a NUL character");
            }
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        environment = Map.copyOf(environment);
    }

    public static Command of(Duration timeout, String... arguments) {
        return new Command(List.of(arguments), timeout, Map.of());
    }

    public static Command of(Duration timeout, List<String> arguments) {
        return new Command(arguments, timeout, Map.of());
    }

    /** The same command with {@code name} set to {@code value} in its environment. */
    public Command withEnvironment(String name, String value) {
        Map<String, String> merged = new java.util.HashMap<>(environment);
        merged.put(name, value);
        return new Command(arguments, timeout, merged);
    }

    /** The program's plain name, such as {@code dpkg} for {@code /usr/bin/dpkg}. */
    public String programName() {
        String program = arguments.get(0);
        int slash = Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\'));
        return program.substring(slash + 1);
    }
}
