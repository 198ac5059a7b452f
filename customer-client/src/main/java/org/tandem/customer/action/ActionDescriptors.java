package org.tandem.customer.action;

import java.util.List;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ParameterSpec;
import org.tandem.shared.action.ParameterSpec.Kind;

/**
 * The catalog entries every platform offers, with the same ids, words and parameters everywhere;
 * each platform's implementation says whether it is available there.
 */
public final class ActionDescriptors {
    public static final String SYSTEM_INFO = "system-info";
    public static final String INSTALLED_PROGRAMS = "installed-programs";
    public static final String RUNNING_PROCESSES = "running-processes";
    public static final String MALWARE_SCAN = "malware-scan";
    public static final String DISK_USAGE = "disk-usage";
    public static final String UNINSTALL_PROGRAM = "uninstall-program";
    public static final String END_PROCESS = "end-process";
    public static final String EMPTY_TEMP_FOLDER = "empty-temp-folder";

    /** Parameter names. */
    public static final String FILTER = "filter";
    public static final String FOLDERS = "folders";
    public static final String FOLDER = "folder";
    public static final String PROGRAM = "program";
    public static final String PROCESS = "pid";

    private ActionDescriptors() {}

    public static ActionDescriptor systemInfo() {
        return available(SYSTEM_INFO, "Show system information", ActionRisk.READ,
                "Reads the operating system, processor, memory, disks and free space, network interfaces and uptime. "
                        + "Changes nothing.", false, List.of());
    }

    public static ActionDescriptor installedPrograms() {
        return available(INSTALLED_PROGRAMS, "List installed programs", ActionRisk.READ,
                "Reads the list of installed programs with their versions and sizes. Changes nothing.", false,
                List.of(new ParameterSpec(FILTER, "Only programs whose name contains", Kind.TEXT, false)));
    }

    public static ActionDescriptor runningProcesses() {
        return available(RUNNING_PROCESSES, "List running programs", ActionRisk.READ,
                "Reads which programs are running and how much processor time and memory each uses. Changes nothing.",
                false, List.of());
    }

    public static ActionDescriptor malwareScan(String scanner) {
        return available(MALWARE_SCAN, "Scan folders for malware", ActionRisk.SCAN,
                "Reads every file in the folders the customer allows, with " + scanner + ". Changes and deletes "
                        + "nothing; it only reports what it finds.", true,
                List.of(new ParameterSpec(FOLDERS, "Folders to scan, one a line", Kind.PATH_LIST, true)));
    }

    public static ActionDescriptor diskUsage() {
        return available(DISK_USAGE, "Find what fills the disk", ActionRisk.SCAN,
                "Reads the names and sizes (not the contents) of the files in the folder the customer allows, and "
                        + "lists the largest. Changes nothing.", true,
                List.of(new ParameterSpec(FOLDER, "Folder to measure", Kind.PATH, true)));
    }

    public static ActionDescriptor uninstallProgram() {
        return available(UNINSTALL_PROGRAM, "Uninstall a program", ActionRisk.CHANGE,
                "Removes the one program the customer allows, and nothing else. If other programs need it, nothing "
                        + "is removed. Cannot be stopped once it starts.", false,
                List.of(new ParameterSpec(PROGRAM, "Program to remove", Kind.PROGRAM, true)));
    }

    public static ActionDescriptor endProcess() {
        return available(END_PROCESS, "End a running program", ActionRisk.CHANGE,
                "Asks the one program the customer allows to close, and ends it if it has not closed after a few "
                        + "seconds. Anything unsaved in it is lost.", false,
                List.of(new ParameterSpec(PROCESS, "Program to end", Kind.PROCESS, true)));
    }

    /** @param folders the folders it may empty, named in full */
    public static ActionDescriptor emptyTempFolder(String folders) {
        return available(EMPTY_TEMP_FOLDER, "Empty a temporary-files folder", ActionRisk.CHANGE,
                "Deletes old files that belong to the customer from " + folders + " only: nothing that changed in "
                        + "the last day and nothing outside it.", true,
                List.of(new ParameterSpec(FOLDER, "Temporary-files folder", Kind.PATH, true)));
    }

    private static ActionDescriptor available(String id, String title, ActionRisk risk, String touches,
            boolean cancellable, List<ParameterSpec> parameters) {
        return new ActionDescriptor(id, title, risk, touches, cancellable, true, "", parameters);
    }
}
