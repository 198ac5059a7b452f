package org.tandem.customer.action.linux;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tandem.customer.action.CancellationToken;
import org.tandem.customer.action.InstalledProgram;
import org.tandem.customer.action.command.Command;
import org.tandem.customer.action.command.CommandResult;
import org.tandem.customer.action.command.CommandRunner;

/** Asks Debian's package database ({@code dpkg-query}) what is installed. */
public final class Dpkg {
    /** One line a package, fields separated by tabs; dpkg-query reads the escapes itself. */
    static final String FORMAT = "${Package}\\t${Version}\\t${Installed-Size}\\t${db:Status-Abbrev}\\t${Essential}"
            + "\\t${Priority}\\t${binary:Summary}\\n";
    /** What a Debian package name may be; anything else is refused before any command runs. */
    public static final Pattern PACKAGE_NAME = Pattern.compile("[a-z0-9][a-z0-9+.-]+");
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_PACKAGES = 100_000;

    /**
     * One package as {@code dpkg-query} lists it.
     *
     * @param installedKib the {@code Installed-Size} field, in KiB; -1 when missing
     * @param status {@code db:Status-Abbrev}: wanted state, current state, error flag ("ii ")
     */
    public record Package(String name, String version, long installedKib, String status, boolean essential,
            String priority, String summary) {

        public boolean installed() {
            return status.length() >= 2 && status.charAt(1) == 'i';
        }

        /** Part of the base system: marked essential, or of required priority. */
        public boolean partOfTheSystem() {
            return essential || priority.equals("required");
        }

        public InstalledProgram program() {
            return new InstalledProgram(name, name, version, installedKib < 0 ? -1 : installedKib * 1024);
        }
    }

    private final CommandRunner runner;
    private final Path dpkgQuery;

    public Dpkg(CommandRunner runner, Path dpkgQuery) {
        this.runner = runner;
        this.dpkgQuery = dpkgQuery;
    }

    /** Every installed package. */
    public List<Package> installed(CancellationToken cancel) throws IOException, InterruptedException {
        List<Package> packages = new ArrayList<>();
        CommandResult result = runner.run(query(List.of()), line -> {
            if (packages.size() < MAX_PACKAGES) {
                parse(line).filter(Package::installed).ifPresent(packages::add);
            }
        }, cancel);
        if (result.ending() != CommandResult.Ending.EXITED || result.exitStatus() != 0) {
            throw new IOException("dpkg-query ended with status " + result.exitStatus() + lastLine(result));
        }
        return packages;
    }

    /** The package of that name as the database knows it, installed or not; empty when unknown. */
    public Optional<Package> find(String name, CancellationToken cancel) throws IOException, InterruptedException {
        if (!PACKAGE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a package name: " + name);
        }
        List<Package> found = new ArrayList<>();
        CommandResult result = runner.run(query(List.of("--", name)),
                line -> parse(line).filter(p -> p.name().equals(name)).ifPresent(found::add), cancel);
        if (result.ending() != CommandResult.Ending.EXITED || result.exitStatus() > 1) {
            throw new IOException("dpkg-query ended with status " + result.exitStatus() + lastLine(result));
        }
        return found.stream().findFirst();
    }

    private Command query(List<String> names) {
        List<String> arguments = new ArrayList<>(List.of(dpkgQuery.toString(), "-W", "-f=" + FORMAT));
        arguments.addAll(names);
        return Command.of(QUERY_TIMEOUT, arguments).withEnvironment("LC_ALL", "C");
    }

    /** Parses one line of {@link #FORMAT}; empty for anything else. */
    public static Optional<Package> parse(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length < 7 || fields[0].isEmpty()) {
            return Optional.empty();
        }
        long size;
        try {
            size = fields[2].isBlank() ? -1 : Long.parseLong(fields[2].trim());
        } catch (NumberFormatException e) {
            size = -1;
        }
        return Optional.of(new Package(fields[0], fields[1], size, fields[3], fields[4].equals("yes"), fields[5],
                fields[6]));
    }

    private static String lastLine(CommandResult result) {
        List<String> lines = result.lastLines();
        return lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1);
    }
}
