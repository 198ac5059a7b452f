package org.tandem.customer.action.macos;

import java.io.IOException;
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
import org.tandem.customer.action.common.ClamavScan;

/**
 * The actions of a Mac: apps and installer receipts for programs, ClamAV for scans where it is
 * installed. Removing programs is not offered yet, and says so.
 */
public final class MacActions {
    private MacActions() {}

    public static ActionCatalog catalog(CommandRunner runner) {
        return new ActionCatalog(PortableSystemInfo.osName(), actions(runner));
    }

    static List<Action> actions(CommandRunner runner) {
        List<Action> actions = new ArrayList<>();
        actions.add(new PortableSystemInfo());
        Optional<Path> mdls = runner.locate("mdls");
        Optional<Path> pkgutil = runner.locate("pkgutil");
        if (mdls.isPresent() && pkgutil.isPresent()) {
            MacApplications apps = new MacApplications(runner, mdls.get(), pkgutil.get(),
                    List.of(Path.of("/Applications"), Path.of(System.getProperty("user.home"), "Applications")));
            actions.add(new InstalledPrograms(apps::list));
        } else {
            actions.add(new UnavailableAction(ActionDescriptors.installedPrograms(),
                    "This computer lacks macOS's mdls and pkgutil, which list its programs.",
                    NotPossibleHere.NO_PROGRAM_LIST));
        }
        actions.add(new PortableProcesses());
        actions.add(runner.locate("clamscan").<Action>map(clamscan -> new ClamavScan(runner, clamscan, Optional.empty()))
                .orElseGet(() -> new UnavailableAction(ActionDescriptors.malwareScan("ClamAV"),
                        "No malware scanner Tandem can use is installed on this Mac (ClamAV's clamscan was not found).",
                        NotPossibleHere.NO_MALWARE_SCANNER)));
        actions.add(new DiskUsage());
        actions.add(new UnavailableAction(ActionDescriptors.uninstallProgram(), "Tandem cannot remove programs on macOS "
                + "yet; the customer can drag the app from Applications to the Bin.", NotPossibleHere.NOT_ON_A_MAC_YET));
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
