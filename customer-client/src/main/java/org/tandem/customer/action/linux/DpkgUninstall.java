package org.tandem.customer.action.linux;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.customer.action.Action;
import org.tandem.customer.action.ActionDescriptors;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.CustomerOutcomeWords;
import org.tandem.customer.action.CancellationToken;
import org.tandem.customer.action.Consent;
import org.tandem.customer.action.command.Command;
import org.tandem.customer.action.command.CommandResult;
import org.tandem.customer.action.command.CommandRunner;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.action.ActionTable;

/**
 * Removes one Debian package with {@code dpkg --remove}. Only dpkg, not apt: apt would also remove
 * every package that depends on it, which is more than the customer was asked about, while dpkg
 * refuses and says which package needs it. The name is checked strictly and passed after
 * {@code --}; packages that are part of the base system are refused. Settings files stay, as with
 * any removal that is not a purge.
 */
public final class DpkgUninstall implements Action {
    private static final Duration REMOVE_TIMEOUT = Duration.ofMinutes(10);

    private final CommandRunner runner;
    private final Dpkg dpkg;
    private final List<String> remove;

    /**
     * @param dpkg where the package list comes from
     * @param elevate what to put before {@code dpkg} to get administrator rights ({@code pkexec}),
     *     or an empty list when Tandem already runs as the administrator
     * @param dpkgProgram the {@code dpkg} program
     */
    public DpkgUninstall(CommandRunner runner, Dpkg dpkg, List<String> elevate, Path dpkgProgram) {
        this.runner = runner;
        this.dpkg = dpkg;
        List<String> command = new ArrayList<>(elevate);
        command.addAll(List.of(dpkgProgram.toString(), "--remove"));
        this.remove = List.copyOf(command);
    }

    @Override
    public ActionDescriptor descriptor() {
        return ActionDescriptors.uninstallProgram();
    }

    @Override
    public Duration timeout() {
        return REMOVE_TIMEOUT.plusMinutes(1);
    }

    @Override
    public Consent consentFor(Map<String, String> parameters) {
        String name = parameters.getOrDefault(ActionDescriptors.PROGRAM, "").strip();
        if (!Dpkg.PACKAGE_NAME.matcher(name).matches() || name.length() > 128) {
            return new Consent.Refuse("“" + name + "” is not a package name; give the id from the list of installed "
                    + "programs, such as “firefox-esr”.", CustomerOutcomeWords.UNKNOWN_PROGRAM);
        }
        Optional<Dpkg.Package> found;
        try {
            found = dpkg.find(name, new CancellationToken());
        } catch (IOException e) {
            return new Consent.Refuse("The package list could not be read: " + e.getMessage(),
                    CustomerOutcomeWords.PROGRAMS_UNREADABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Consent.Refuse("Checking the package was interrupted.");
        }
        if (found.isEmpty() || !found.get().installed()) {
            return new Consent.Refuse("No program called “" + name + "” is installed on this computer.");
        }
        Dpkg.Package installed = found.get();
        if (installed.partOfTheSystem()) {
            return new Consent.Refuse("“" + name + "” is part of the operating system itself; Tandem will not remove it.");
        }
        String described = installed.program().described();
        return new Consent.Ask("Uninstall " + described,
                "This removes the program from this computer; its settings files stay. If other programs need it, "
                        + "nothing is removed and you will see why.",
                (progress, cancel) -> uninstall(installed, described, cancel));
    }

    private ActionReport uninstall(Dpkg.Package target, String described, CancellationToken cancel)
            throws InterruptedException {
        List<String> arguments = new ArrayList<>(remove);
        arguments.addAll(List.of("--", target.name()));
        Command command = Command.of(REMOVE_TIMEOUT, arguments)
                .withEnvironment("DEBIAN_FRONTEND", "noninteractive")
                .withEnvironment("LC_ALL", "C");
        CommandResult result;
        try {
            result = runner.run(command, line -> { }, cancel);
        } catch (IOException e) {
            return ActionReport.failed("dpkg could not be started: " + e.getMessage());
        }
        boolean stillInstalled;
        try {
            stillInstalled = dpkg.find(target.name(), new CancellationToken()).map(Dpkg.Package::installed).orElse(false);
        } catch (IOException e) {
            return result.report(Outcome.FAILED, result.endedWords("dpkg")
                    + ", but whether " + described + " is gone could not be checked: " + e.getMessage(), ActionTable.EMPTY);
        }
        if (result.succeeded() && !stillInstalled) {
            return result.report(Outcome.SUCCEEDED, "Removed " + described + ".", ActionTable.EMPTY);
        }
        if (!stillInstalled) {
            return result.report(Outcome.SUCCEEDED, "Removed " + described + "; " + result.endedWords("dpkg") + ".",
                    ActionTable.EMPTY);
        }
        return result.report(Outcome.FAILED, described + " was not removed: " + result.endedWords("dpkg")
                + problem(result), ActionTable.EMPTY);
    }

    /** The line that says what went wrong, when dpkg said it. */
    private static String problem(CommandResult result) {
        return result.lastLines().stream()
                .filter(line -> line.startsWith("dpkg:") || line.contains("depends on") || line.contains("lock"))
                .findFirst().map(line -> ". " + line.strip()).orElse(".");
    }
}
