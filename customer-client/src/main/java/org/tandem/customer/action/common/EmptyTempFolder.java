package org.tandem.customer.action.common;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.customer.action.Action;
import org.tandem.customer.action.ActionDescriptors;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.CancellationToken;
import org.tandem.customer.action.Consent;
import org.tandem.customer.action.PathParameter;
import org.tandem.customer.action.ProgressSink;
import org.tandem.customer.action.Words;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.action.ActionTable;

/**
 * Deletes old files of the customer's from a temporary-files folder, and only from the folders it
 * was made with: any other folder is refused, however it is spelled.
 *
 * <p>What the customer is asked about is exactly what it deletes: when consent is asked it lists the
 * regular files and links (the link, never what it points to) that belong to the user Tandem runs as
 * and have not changed for {@code minAge}, and the run deletes those files and no others, then the
 * listed folders that this left empty. A file that appeared since, or was replaced or changed since
 * (another file, or another modification time), is left alone. Where the system can tell which files
 * programs hold open ({@link OpenFiles}; on Linux through {@code /proc}), a file open when consent is
 * asked is not listed, and one open when the run starts is left alone and reported; elsewhere the
 * customer is promised nothing about files in use. It never deletes sockets, pipes or devices, never
 * enters a folder that is not the user's, and leaves alone what programs keep at the top of a shared
 * temporary folder (names starting with a dot, such as {@code .X11-unix}, and the private folders of
 * system services). Where the system allows (Linux, macOS) every step goes through an open handle of
 * its folder, so a link swapped in while it runs cannot lead it elsewhere.
 */
public final class EmptyTempFolder implements Action {
    private static final Logger LOG = LoggerFactory.getLogger(EmptyTempFolder.class);
    private static final int MAX_DEPTH = 64;
    private static final int MAX_LISTED = 20;
    private static final List<String> SERVICE_FOLDERS = List.of("systemd-private-", "snap-private-tmp");

    private final List<Path> folders;
    private final Duration minAge;
    private final UserPrincipal owner;
    private final Clock clock;
    private final OpenFiles openFiles;

    /**
     * @param folders the only folders it may empty; each must exist
     * @param minAge files changed more recently are left alone
     * @param owner whose files it deletes
     * @param openFiles which files are in use, so that they are left alone
     */
    public EmptyTempFolder(List<Path> folders, Duration minAge, UserPrincipal owner, Clock clock, OpenFiles openFiles) {
        this.folders = folders.stream().map(EmptyTempFolder::real).toList();
        this.minAge = Objects.requireNonNull(minAge, "minAge");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.openFiles = Objects.requireNonNull(openFiles, "openFiles");
        if (this.folders.isEmpty()) {
            throw new IllegalArgumentException("No folders to empty");
        }
    }

    /** The temporary-files folder of the user Tandem runs as, files older than a day. */
    public static EmptyTempFolder forThisUser() throws IOException {
        UserPrincipal me = Path.of(System.getProperty("java.io.tmpdir")).getFileSystem()
                .getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
        return new EmptyTempFolder(List.of(Path.of(System.getProperty("java.io.tmpdir"))), Duration.ofDays(1), me,
                Clock.systemUTC(), OpenFiles.ofThisSystem());
    }

    @Override
    public ActionDescriptor descriptor() {
        return ActionDescriptors.emptyTempFolder(folders.stream().map(f -> "“" + f + "”").collect(Collectors.joining(" or ")));
    }

    @Override
    public Consent consentFor(Map<String, String> parameters) {
        PathParameter.Checked checked = PathParameter.check(parameters.get(ActionDescriptors.FOLDER), false);
        String allowed = folders.stream().map(f -> "“" + f + "”").collect(Collectors.joining(" or "));
        if (!checked.ok()) {
            return new Consent.Refuse(checked.problem() + " Tandem only empties " + allowed + ".", checked.toCustomer());
        }
        Path folder = checked.path();
        if (!folders.contains(folder)) {
            return new Consent.Refuse("Tandem only empties " + allowed + "; “" + folder
                    + "” is not a temporary-files folder it may empty.");
        }
        PlannedFolder plan;
        try {
            Set<Path> inUse = openFiles.now();
            try (SweptFolder top = SweptFolder.open(folder)) {
                plan = plan(top, null, true, 0, inUse);
            }
        } catch (IOException e) {
            LOG.warn("Cannot list what to delete in {}", folder, e);
            return new Consent.Refuse("“" + folder + "” cannot be read, so nothing will be deleted.");
        }
        if (plan.files() == 0) {
            return new Consent.Refuse("There is nothing to delete in “" + folder + "”: no file there both belongs to "
                    + "the customer and is older than " + age() + (openFiles.canTell() ? " and not in use" : "") + ".",
                    "There is nothing to delete in “" + folder + "”: none of your files there is older than " + age()
                    + (openFiles.canTell() ? " and not in use" : "") + ", so nothing was done.");
        }
        LOG.info("Listed {} file(s) to delete in {}", plan.files(), folder);
        return new Consent.Ask("Delete " + Words.count(plan.files(), "old file", "old files") + " ("
                + Words.bytes(plan.bytes()) + ") from “" + folder + "”",
                "Only files that belong to you and have not changed for " + age() + " are deleted, in that folder and "
                        + "the folders inside it: exactly the files listed now, none that appear or change later. "
                        + (openFiles.canTell() ? "Files a program has open are left alone. " : "")
                        + "Deleted files cannot be restored.",
                (progress, cancel) -> empty(folder, plan, progress, cancel));
    }

    private ActionReport empty(Path folder, PlannedFolder plan, ProgressSink progress, CancellationToken cancel) {
        Tally done = new Tally();
        try {
            Set<Path> inUse = openFiles.now();
            try (SweptFolder top = SweptFolder.open(folder)) {
                delete(top, plan, inUse, done, progress, cancel);
            }
        } catch (IOException e) {
            LOG.warn("Could not empty {}", folder, e);
            return ActionReport.failed("Could not empty “" + folder + "”: it could not be read. "
                    + Words.count(done.files, "file was", "files were") + " deleted before that.");
        }
        LOG.info("Deleted {} file(s) from {}; {} in use, {} changed since consent, {} failed", done.files, folder,
                done.inUse, done.changed, done.failed);
        String summary = "Deleted " + Words.count(done.files, "file", "files") + " (" + Words.bytes(done.bytes)
                + ") from “" + folder + "”"
                + (done.folders > 0 ? " and " + Words.count(done.folders, "empty folder", "empty folders") : "") + "."
                + (done.inUse > 0 ? " " + Words.count(done.inUse, "file", "files") + " in use "
                        + (done.inUse == 1 ? "was" : "were") + " left alone." : "")
                + (done.changed > 0 ? " " + Words.count(done.changed, "file", "files") + " changed since you agreed "
                        + (done.changed == 1 ? "was" : "were") + " left alone." : "")
                + (done.failed > 0 ? " " + Words.count(done.failed, "file", "files") + " could not be deleted." : "");
        if (cancel.isCancelled()) {
            return ActionReport.stopped(summary, done.lines, ActionTable.EMPTY);
        }
        return new ActionReport(Outcome.SUCCEEDED, 0, summary, done.lines, 0, ActionTable.EMPTY);
    }

    private String age() {
        return minAge.equals(Duration.ofDays(1)) ? "a day" : Words.duration(minAge);
    }

    /** Lists what a run may delete in {@code folder}: old files of the owner's that no program has open. */
    private PlannedFolder plan(SweptFolder folder, EntryAttributes self, boolean top, int depth, Set<Path> inUse) {
        Instant cutoff = clock.instant().minus(minAge);
        PlannedFolder plan = new PlannedFolder(self);
        for (Iterator<Path> names = folder.names(); names.hasNext(); ) {
            Path name = names.next().getFileName();
            EntryAttributes attrs;
            try {
                attrs = folder.attributes(name);
            } catch (IOException e) {
                continue; // gone meanwhile, or not ours to read
            }
            if (top && leftAlone(name.toString()) || !owner.equals(attrs.owner())) {
                continue;
            }
            if (attrs.folder()) {
                if (depth >= MAX_DEPTH) {
                    continue;
                }
                try (SweptFolder inside = folder.enter(name)) {
                    PlannedFolder planned = plan(inside, attrs, false, depth + 1, inUse);
                    plan.folders.put(name, planned);
                } catch (IOException e) {
                    LOG.debug("Cannot look into {}", folder.path(name), e);
                }
            } else if (attrs.fileOrLink() && attrs.modified().isBefore(cutoff) && !inUse.contains(folder.path(name))) {
                plan.files.put(name, attrs);
            }
        }
        return plan;
    }

    /** Deletes what {@code plan} lists in {@code folder}, each file only if it is still the one listed. */
    private void delete(SweptFolder folder, PlannedFolder plan, Set<Path> inUse, Tally tally, ProgressSink progress,
            CancellationToken cancel) {
        Instant cutoff = clock.instant().minus(minAge);
        for (Map.Entry<Path, EntryAttributes> file : plan.files.entrySet()) {
            if (cancel.isCancelled()) {
                return;
            }
            Path name = file.getKey();
            EntryAttributes now;
            try {
                now = folder.attributes(name);
            } catch (IOException e) {
                continue; // someone else removed it first
            }
            if (!now.sameAs(file.getValue()) || !now.modified().isBefore(cutoff)) {
                tally.changed++;
                LOG.info("Left {} alone: it changed since the customer agreed", folder.path(name));
                continue;
            }
            if (inUse.contains(folder.path(name))) {
                tally.inUse(folder.path(name));
                continue;
            }
            try {
                folder.deleteFile(name);
                tally.add(now.size());
                if (tally.files % 200 == 0) {
                    progress.progress(-1, Words.count(tally.files, "file", "files") + " deleted");
                }
            } catch (NoSuchFileException e) {
                // someone else removed it first
            } catch (IOException e) {
                tally.failed(folder.path(name), e);
            }
        }
        for (Map.Entry<Path, PlannedFolder> inside : plan.folders.entrySet()) {
            if (cancel.isCancelled()) {
                return;
            }
            Path name = inside.getKey();
            PlannedFolder planned = inside.getValue();
            try {
                if (!folder.attributes(name).sameFolderAs(planned.self)) {
                    continue; // replaced since: not what the customer agreed to
                }
                try (SweptFolder opened = folder.enter(name)) {
                    delete(opened, planned, inUse, tally, progress, cancel);
                }
            } catch (IOException e) {
                LOG.debug("Cannot go into {}", folder.path(name), e);
                continue;
            }
            if (planned.self.modified().isBefore(cutoff) && !cancel.isCancelled()) {
                try {
                    folder.deleteFolder(name);
                    tally.folders++;
                } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                    // still holds what is not ours, not old, in use or new: keep it
                } catch (IOException e) {
                    LOG.debug("Could not delete the folder {}", folder.path(name), e);
                }
            }
        }
    }

    private static boolean leftAlone(String name) {
        return name.startsWith(".") || SERVICE_FOLDERS.stream().anyMatch(name::startsWith);
    }

    private static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("Temporary-files folder " + folder + " cannot be used: " + e.getMessage(), e);
        }
    }

    /** The files listed in one folder, and the folders inside it, as the customer was asked about them. */
    private static final class PlannedFolder {
        final EntryAttributes self;
        final Map<Path, EntryAttributes> files = new LinkedHashMap<>();
        final Map<Path, PlannedFolder> folders = new LinkedHashMap<>();

        PlannedFolder(EntryAttributes self) {
            this.self = self;
        }

        long files() {
            return files.size() + folders.values().stream().mapToLong(PlannedFolder::files).sum();
        }

        long bytes() {
            return files.values().stream().mapToLong(EntryAttributes::size).sum()
                    + folders.values().stream().mapToLong(PlannedFolder::bytes).sum();
        }
    }

    /** What a run did. */
    private static final class Tally {
        long files;
        long bytes;
        long folders;
        long inUse;
        long changed;
        long failed;
        final List<String> lines = new ArrayList<>();

        void add(long size) {
            files++;
            bytes += size;
        }

        void inUse(Path path) {
            inUse++;
            LOG.info("Left {} alone: a program has it open", path);
            if (lines.size() < MAX_LISTED) {
                lines.add("In use, left alone: " + path);
            }
        }

        void failed(Path path, IOException e) {
            failed++;
            LOG.warn("Could not delete {}", path, e);
            if (lines.size() < MAX_LISTED) {
                lines.add("Could not be deleted: " + path);
            }
        }
    }

}
