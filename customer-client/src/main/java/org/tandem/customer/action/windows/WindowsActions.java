package org.tandem.customer.action.windows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tandem.customer.action.Action;
import org.tandem.customer.action.ActionCatalog;
import org.tandem.customer.action.ActionDescriptors;
import org.tandem.customer.action.NotPossibleHere;
import org.tandem.customer.action.UnavailableAction;
import org.tandem.customer.action.command.CommandRunner;
import org.tandem.customer.action.common.DiskUsage;
import org.tandem.customer.action.common.EmptyTempFolder;
import org.tandem.customer.action.common.EndProcess;
import org.tandem.customer.action.common.InstalledPrograms;
import org.tandem.customer.action.common.PortableProcesses;
import org.tandem.customer.action.common.PortableSystemInfo;

/**
 * The actions of a Windows computer: the registry's Uninstall keys for programs, their own quiet
 * uninstallers (or winget) for removal, Microsoft Defender for malware scans.
 */
public final class WindowsActions {
    private WindowsActions() {}

    public static ActionCatalog catalog(CommandRunner runner) {
        return new ActionCatalog(PortableSystemInfo.osName(), actions(runner, defenderScanner()));
    }

    /** Where Microsoft Defender keeps its command-line scanner. */
    static Optional<Path> defenderScanner() {
        String programFiles = System.getenv("ProgramFiles");
        if (programFiles == null) {
            return Optional.empty();
        }
        Path scanner = Path.of(programFiles, "Windows Defender", "MpCmdRun.exe");
        return Files.isRegularFile(scanner) ? Optional.of(scanner) : Optional.empty();
    }

    static List<Action> actions(CommandRunner runner, Optional<Path> mpCmdRun) {
        List<Action> actions = new ArrayList<>();
        actions.add(new PortableSystemInfo());
        Optional<WindowsRegistry> registry = runner.locate("reg").map(reg -> new WindowsRegistry(runner, reg));
        String noRegistry = "The Windows registry cannot be read here (reg.exe was not found).";
        actions.add(registry.<Action>map(r -> new InstalledPrograms(
                        cancel -> r.programs(cancel).stream().map(RegistryProgram::program).toList()))
                .orElseGet(() -> new UnavailableAction(ActionDescriptors.installedPrograms(), noRegistry,
                        NotPossibleHere.NO_PROGRAM_LIST)));
        actions.add(new PortableProcesses());
        actions.add(mpCmdRun.<Action>map(path -> new DefenderScan(runner, path))
                .orElseGet(() -> new UnavailableAction(ActionDescriptors.malwareScan("Microsoft Defender"),
                        "Microsoft Defender's command-line scanner (MpCmdRun.exe) was not found on this computer.",
                        NotPossibleHere.NO_MALWARE_SCANNER)));
        actions.add(new DiskUsage());
        actions.add(registry.<Action>map(r -> new WindowsUninstall(runner, r, runner.locate("winget")))
                .orElseGet(() -> new UnavailableAction(ActionDescriptors.uninstallProgram(), noRegistry,
                        NotPossibleHere.CANNOT_REMOVE_PROGRAMS)));
        actions.add(EndProcess.withProgramNames());
        try {
            actions.add(EmptyTempFolder.forThisUser());
        } catch (IOException | RuntimeException e) {
            actions.add(new UnavailableAction(ActionDescriptors.emptyTempFolder("the temporary-files folder"),
                    "The temporary-files folder could not be found: " + e.getMessage(), NotPossibleHere.NO_TEMP_FOLDER));
        }
        return actions;
    }
}
