package org.tandem.customer.action.windows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
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
 * Removes one Windows program by its Uninstall key: with the quiet command its installer registered,
 * or {@code msiexec /x} for Windows Installer packages, or else {@code winget uninstall} by exact id
 * where winget is installed. The command runs as an argument array, never through {@code cmd.exe}.
 */
public final class WindowsUninstall implements Action {
    private static final Duration REMOVE_TIMEOUT = Duration.ofMinutes(15);

    private final CommandRunner runner;
    private final WindowsRegistry registry;
    private final Optional<Path> winget;

    public WindowsUninstall(CommandRunner runner, WindowsRegistry registry, Optional<Path> winget) {
        this.runner = runner;
        this.registry = registry;
        this.winget = winget;
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
        String id = parameters.getOrDefault(ActionDescriptors.PROGRAM, "").strip();
        if (id.isEmpty() || id.length() > 200 || id.chars().anyMatch(c -> Character.isISOControl(c) || c == '\\')) {
            return new Consent.Refuse("“" + id + "” is not a program id; give the id from the list of installed programs.",
                    CustomerOutcomeWords.UNKNOWN_PROGRAM);
        }
        List<RegistryProgram> programs;
        try {
            programs = registry.programs(new CancellationToken());
        } catch (IOException e) {
            return new Consent.Refuse("The list of installed programs could not be read: " + e.getMessage(),
                    CustomerOutcomeWords.PROGRAMS_UNREADABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Consent.Refuse("Checking the program was interrupted.");
        }
        Optional<RegistryProgram> found = programs.stream().filter(p -> p.key().equals(id)).findFirst();
        if (found.isEmpty()) {
            return new Consent.Refuse("No program with the id “" + id + "” is installed on this computer.");
        }
        RegistryProgram program = found.get();
        Optional<List<String>> command = WindowsCommandLine.quietUninstall(program)
                .or(() -> winget.map(w -> WindowsCommandLine.wingetUninstall(w.toString(), id)));
        if (command.isEmpty()) {
            return new Consent.Refuse(program.program().described() + " has no way to be removed without its own "
                    + "windows; the customer can remove it in Settings, Apps.");
        }
        String described = program.program().described();
        return new Consent.Ask("Uninstall " + described,
                "This removes the program from this computer, using its own uninstaller without questions.",
                (progress, cancel) -> uninstall(command.get(), described, cancel));
    }

    private ActionReport uninstall(List<String> command, String described, CancellationToken cancel)
            throws InterruptedException {
        CommandResult result;
        try {
            result = runner.run(Command.of(REMOVE_TIMEOUT, command), line -> { }, cancel);
        } catch (IOException e) {
            return ActionReport.failed("The uninstaller could not be started: " + e.getMessage());
        }
        // 3010: done, a restart is needed to finish (Windows Installer).
        boolean restartNeeded = result.ending() == CommandResult.Ending.EXITED && result.exitStatus() == 3010;
        if (result.succeeded() || restartNeeded) {
            return result.report(Outcome.SUCCEEDED, "Removed " + described + "."
                    + (restartNeeded ? " Windows needs a restart to finish." : ""), ActionTable.EMPTY);
        }
        return result.report(Outcome.FAILED, described + " was not removed: " + result.endedWords("the uninstaller") + ".",
                ActionTable.EMPTY);
    }
}
