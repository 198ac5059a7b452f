package org.tandem.customer.action.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.tandem.customer.action.common.ClamavScan;
import org.tandem.customer.action.common.DiskUsage;
import org.tandem.customer.action.common.EmptyTempFolder;
import org.tandem.customer.action.common.EndProcess;
import org.tandem.customer.action.common.InstalledPrograms;
import org.tandem.customer.action.common.PortableProcesses;

/**
 * The actions of a Linux computer: {@code /proc} for system information and processes, Debian's
 * dpkg for programs, ClamAV for malware scans. Each action this computer lacks the tools for is
 * listed as unavailable, saying which tool is missing.
 */
public final class LinuxActions {
    /** Where Debian and Ubuntu keep ClamAV's signatures. */
    static final Path CLAMAV_DATABASE = Path.of("/var/lib/clamav");

    private LinuxActions() {}

    /** The catalog of this computer, with its own ClamAV signatures. */
    public static ActionCatalog catalog(CommandRunner runner) {
        return catalog(runner, Optional.empty());
    }

    /**
     * @param clamavDatabase signatures for malware scans instead of ClamAV's own (for tests)
     */
    public static ActionCatalog catalog(CommandRunner runner, Optional<Path> clamavDatabase) {
        LinuxSystemInfo info = new LinuxSystemInfo();
        return new ActionCatalog(info.osName(), actions(runner, info, clamavDatabase));
    }

    static List<Action> actions(CommandRunner runner, LinuxSystemInfo info, Optional<Path> clamavDatabase) {
        List<Action> actions = new ArrayList<>();
        actions.add(info);
        Optional<Path> dpkgQuery = runner.locate("dpkg-query");
        Optional<Path> dpkg = runner.locate("dpkg");
        String noDpkg = "This computer has no Debian package database (dpkg was not found); programs can be listed "
                + "and removed on Debian, Ubuntu and their relatives.";
        Dpkg packages = dpkgQuery.map(query -> new Dpkg(runner, query)).orElse(null);
        actions.add(packages == null
                ? new UnavailableAction(ActionDescriptors.installedPrograms(), noDpkg, NotPossibleHere.NO_PROGRAM_LIST)
                : new InstalledPrograms(cancel -> packages.installed(cancel).stream().map(Dpkg.Package::program).toList()));
        actions.add(Files.isDirectory(Path.of("/proc/self")) ? new LinuxProcesses() : new PortableProcesses());
        actions.add(malwareScan(runner, clamavDatabase));
        actions.add(new DiskUsage());
        actions.add(uninstall(runner, packages, dpkg, noDpkg));
        actions.add(new EndProcess(java.time.Duration.ofSeconds(5),
                process -> EndProcess.programName(process).or(() -> procName(process.pid()))));
        actions.add(emptyTempFolder());
        return actions;
    }

    private static Action malwareScan(CommandRunner runner, Optional<Path> database) {
        Optional<Path> clamscan = runner.locate("clamscan");
        if (clamscan.isEmpty()) {
            return new UnavailableAction(ActionDescriptors.malwareScan("ClamAV"),
                    "ClamAV is not installed on this computer (the clamscan program was not found).",
                    NotPossibleHere.NO_MALWARE_SCANNER);
        }
        if (database.isEmpty() && !ClamavScan.hasSignatures(CLAMAV_DATABASE)) {
            return new UnavailableAction(ActionDescriptors.malwareScan("ClamAV"),
                    "ClamAV is installed but has no virus signatures yet; its updater, freshclam, downloads them.",
                    NotPossibleHere.SCANNER_NOT_READY);
        }
        return new ClamavScan(runner, clamscan.get(), database);
    }

    private static Action uninstall(CommandRunner runner, Dpkg packages, Optional<Path> dpkg, String noDpkg) {
        if (packages == null || dpkg.isEmpty()) {
            return new UnavailableAction(ActionDescriptors.uninstallProgram(), noDpkg, NotPossibleHere.CANNOT_REMOVE_PROGRAMS);
        }
        if (isAdministrator()) {
            return new DpkgUninstall(runner, packages, List.of(), dpkg.get());
        }
        Optional<Path> pkexec = runner.locate("pkexec");
        if (pkexec.isEmpty()) {
            return new UnavailableAction(ActionDescriptors.uninstallProgram(), "Removing programs needs administrator "
                    + "rights, and Tandem has no way to ask for them here (pkexec was not found).",
                    NotPossibleHere.NO_WAY_TO_ASK_ADMIN);
        }
        // pkexec asks the customer for an administrator's password: the system's own consent on top of ours.
        return new DpkgUninstall(runner, packages, List.of(pkexec.get().toString()), dpkg.get());
    }

    private static Action emptyTempFolder() {
        try {
            return EmptyTempFolder.forThisUser();
        } catch (IOException | RuntimeException e) {
            return new UnavailableAction(ActionDescriptors.emptyTempFolder("the temporary-files folder"),
                    "The temporary-files folder could not be found: " + e.getMessage(), NotPossibleHere.NO_TEMP_FOLDER);
        }
    }

    /** Whether Tandem runs as root: {@code /proc/self} belongs to the user a process runs as. */
    static boolean isAdministrator() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<String> procName(long pid) {
        try {
            String status = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "status")),
                    StandardCharsets.UTF_8);
            return Optional.ofNullable(ProcParser.status(status).get("Name"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
