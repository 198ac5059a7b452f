package org.tandem.customer.action.platform;

import java.util.List;
import java.util.Locale;
import org.tandem.customer.action.Action;
import org.tandem.customer.action.ActionCatalog;
import org.tandem.customer.action.ActionDescriptors;
import org.tandem.customer.action.NotPossibleHere;
import org.tandem.customer.action.UnavailableAction;
import org.tandem.customer.action.command.CommandRunner;
import org.tandem.customer.action.command.ProcessCommandRunner;
import org.tandem.customer.action.linux.LinuxActions;
import org.tandem.customer.action.macos.MacActions;
import org.tandem.customer.action.windows.WindowsActions;

/** Picks the catalog of the operating system Tandem runs on. */
public final class ActionCatalogFactory {
    private ActionCatalogFactory() {}

    /** The catalog of this computer, running real commands. */
    public static ActionCatalog forThisComputer() {
        return forSystem(System.getProperty("os.name", ""), new ProcessCommandRunner());
    }

    static ActionCatalog forSystem(String osName, CommandRunner runner) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("linux")) {
            return LinuxActions.catalog(runner);
        }
        if (os.startsWith("windows")) {
            return WindowsActions.catalog(runner);
        }
        if (os.startsWith("mac")) {
            return MacActions.catalog(runner);
        }
        String reason = "Tandem has no actions for " + (osName.isBlank() ? "this operating system" : osName) + " yet.";
        List<Action> none = List.of(ActionDescriptors.systemInfo(), ActionDescriptors.installedPrograms(),
                ActionDescriptors.runningProcesses(), ActionDescriptors.malwareScan("a malware scanner"),
                ActionDescriptors.diskUsage(), ActionDescriptors.uninstallProgram(), ActionDescriptors.endProcess(),
                ActionDescriptors.emptyTempFolder("the temporary-files folder"))
                .stream().<Action>map(d -> new UnavailableAction(d, reason, NotPossibleHere.NOT_ON_THIS_SYSTEM)).toList();
        return new ActionCatalog(osName.isBlank() ? "Unknown" : osName, none);
    }
}
