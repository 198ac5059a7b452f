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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * <p>What it deletes, checked again for each file at the moment of deleting: regular files and links
 * (the link, never what it points to) that belong to the user Tandem runs as and have not changed for
 * {@code minAge}; then folders that this left empty. It never deletes sockets, pipes or devices,
 * never enters a folder that is not the user's, and leaves alone what programs keep at the top of a
 * shared temporary folder (names starting with a dot, such as {@code .X11-unix}, and the private
 * folders of system services). Where the system allows (Linux, macOS) every step goes through an
 * open handle of its folder, so a link swapped in while it runs cannot lead it elsewhere.
 */
public final class EmptyTempFolder implements Action {
    private static final Logger LOG = LoggerFactory.getLogger(EmptyTempFolder.class);
    private static final int MAX_DEPTH = 64;
    private static final List<String> SERVICE_FOLDERS = List.of("systemd-private-", "snap-private-tmp");

    private final List<Path> folders;
    private final Duration minAge;
    private final UserPrincipal owner;
    private final Clock clock;

    /**
     * @param folders the only folders it may empty; each must exist
     * @param minAge files changed more recently are left alone
     * @param owner whose files it deletes
     */
    public EmptyTempFolder(List<Path> folders, Duration minAge, UserPrincipal owner, Clock clock) {
        this.folders = folders.stream().map(EmptyTempFolder::real).toList();
        this.minAge = Objects.requireNonNull(minAge, "minAge");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (this.folders.isEmpty()) {
            throw new IllegalArgumentException("No folders to empty");
        }
    }

    /** The temporary-files folder of the user Tandem runs as, files older than a day. */
    public static EmptyTempFolder forThisUser() throws IOException {
        UserPrincipal me = Path.of(System.getProperty("java.io.tmpdir")).getFileSystem()
                .getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
        return new EmptyTempFolder(List.of(Path.of(System.getProperty("java.io.tmpdir"))), Duration.ofDays(1), me,
                Clock.systemUTC());
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
            return new Consent.Refuse(checked.problem() + " Tandem only empties " + allowed + ".");
        }
        Path folder = checked.path();
        if (!folders.contains(folder)) {
            return new Consent.Refuse("Tandem only empties " + allowed + "; “" + folder
                    + "” is not a temporary-files folder it may empty.");
        }
        Tally plan = new Tally();
        try {
            sweep(folder, plan, false, ProgressSink.NONE, new CancellationToken());
        } catch (IOException e) {
            return new Consent.Refuse("“" + folder + "” cannot be read: " + e.getMessage());
        }
        if (plan.files == 0) {
            return new Consent.Refuse("There is nothing to delete in “" + folder + "”: no file there both belongs to "
                    + "the customer and is older than " + age() + ".");
        }
        return new Consent.Ask("Delete " + Words.count(plan.files, "old file", "old files") + " ("
                + Words.bytes(plan.bytes) + ") from “" + folder + "”",
                "Only files that belong to you and have not changed for " + age() + " are deleted, in that folder and "
                        + "the folders inside it. Files programs may still be using are left alone. Deleted files "
                        + "cannot be restored.",
                (progress, cancel) -> empty(folder, progress, cancel));
    }

    private ActionReport empty(Path folder, ProgressSink progress, CancellationToken cancel) {
        Tally done = new Tally();
        try {
            sweep(folder, done, true, progress, cancel);
        } catch (IOException e) {
            return ActionReport.failed("Could not empty “" + folder + "”: " + e.getMessage() + " "
                    + Words.count(done.files, "file was", "files were") + " deleted before that.");
        }
        String summary = "Deleted " + Words.count(done.files, "file", "files") + " (" + Words.bytes(done.bytes)
                + ") from “" + folder + "”"
                + (done.folders > 0 ? " and " + Words.count(done.folders, "empty folder", "empty folders") : "") + "."
                + (done.failed > 0 ? " " + Words.count(done.failed, "file", "files") + " could not be deleted." : "");
        Outcome outcome = cancel.isCancelled() ? Outcome.FAILED : Outcome.SUCCEEDED;
        return new ActionReport(outcome, 0, summary, done.failures, 0, ActionTable.EMPTY);
    }

    private String age() {
        return minAge.equals(Duration.ofDays(1)) ? "a day" : Words.duration(minAge);
    }

    private void sweep(Path folder, Tally tally, boolean delete, ProgressSink progress, CancellationToken cancel)
            throws IOException {
        try (Folder top = Folder.open(folder)) {
            sweep(top, true, 0, tally, delete, progress, cancel);
        }
    }

    private void sweep(Folder folder, boolean top, int depth, Tally tally, boolean delete, ProgressSink progress,
            CancellationToken cancel) {
        Instant cutoff = clock.instant().minus(minAge);
        for (Iterator<Path> names = folder.names(); names.hasNext() && !cancel.isCancelled(); ) {
            Path name = names.next().getFileName();
            Attributes attrs;
            try {
                attrs = folder.attributes(name);
            } catch (IOException e) {
                continue; // gone meanwhile, or not ours to read
            }
            if (top && leftAlone(name.toString())) {
                continue;
            }
            boolean mine = owner.equals(attrs.owner());
            boolean old = attrs.modified().isBefore(cutoff);
            if (attrs.folder()) {
                if (!mine || depth >= MAX_DEPTH) {
                    continue;
                }
                try (Folder inside = folder.enter(name)) {
                    sweep(inside, false, depth + 1, tally, delete, progress, cancel);
                } catch (IOException e) {
                    tally.failed(folder.path(name), e);
                    continue;
                }
                if (delete && old && !cancel.isCancelled()) {
                    try {
                        folder.deleteFolder(name);
                        tally.folders++;
                    } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                        // still holds what is not ours or not old: keep it
                    } catch (IOException e) {
                        tally.failed(folder.path(name), e);
                    }
                }
            } else if (attrs.fileOrLink() && mine && old) {
                if (!delete) {
                    tally.add(attrs.size());
                    continue;
                }
                try {
                    folder.deleteFile(name);
                    tally.add(attrs.size());
                    if (tally.files % 200 == 0) {
                        progress.progress(-1, Words.count(tally.files, "file", "files") + " deleted");
                    }
                } catch (NoSuchFileException e) {
                    // someone else removed it first
                } catch (IOException e) {
                    tally.failed(folder.path(name), e);
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

    /** What a sweep needs to know of an entry, read without following links. */
    private record Attributes(boolean folder, boolean fileOrLink, UserPrincipal owner, Instant modified, long size) {
        static Attributes of(BasicFileAttributes attrs, UserPrincipal owner) {
            return new Attributes(attrs.isDirectory(), attrs.isRegularFile() || attrs.isSymbolicLink(), owner,
                    attrs.lastModifiedTime().toInstant(), attrs.size());
        }
    }

    /** What a sweep found or did. */
    private static final class Tally {
        long files;
        long bytes;
        long folders;
        long failed;
        final List<String> failures = new java.util.ArrayList<>();

        void add(long size) {
            files++;
            bytes += size;
        }

        void failed(Path path, IOException e) {
            failed++;
            if (failures.size() < 20) {
                failures.add(path + ": " + e.getMessage());
            }
            LOG.debug("Could not delete {}", path, e);
        }
    }

    /**
     * A folder being swept: through an open handle ({@link SecureDirectoryStream}) where the system
     * has one, by path elsewhere.
     */
    private abstract static class Folder implements Closeable {
        final Path path;
        final DirectoryStream<Path> stream;

        Folder(Path path, DirectoryStream<Path> stream) {
            this.path = path;
            this.stream = stream;
        }

        static Folder open(Path path) throws IOException {
            DirectoryStream<Path> stream = Files.newDirectoryStream(path);
            return stream instanceof SecureDirectoryStream<Path> secure ? new Secure(path, secure) : new ByPath(path, stream);
        }

        Iterator<Path> names() {
            return stream.iterator();
        }

        Path path(Path name) {
            return path.resolve(name);
        }

        abstract Attributes attributes(Path name) throws IOException;

        abstract Folder enter(Path name) throws IOException;

        abstract void deleteFile(Path name) throws IOException;

        abstract void deleteFolder(Path name) throws IOException;

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }

    private static final class Secure extends Folder {
        private final SecureDirectoryStream<Path> secure;

        Secure(Path path, SecureDirectoryStream<Path> secure) {
            super(path, secure);
            this.secure = secure;
        }

        @Override
        Attributes attributes(Path name) throws IOException {
            PosixFileAttributes attrs = secure.getFileAttributeView(name, PosixFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS).readAttributes();
            return Attributes.of(attrs, attrs.owner());
        }

        @Override
        Folder enter(Path name) throws IOException {
            return new Secure(path(name), secure.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS));
        }

        @Override
        void deleteFile(Path name) throws IOException {
            secure.deleteFile(name);
        }

        @Override
        void deleteFolder(Path name) throws IOException {
            secure.deleteDirectory(name);
        }
    }

    private static final class ByPath extends Folder {
        ByPath(Path path, DirectoryStream<Path> stream) {
            super(path, stream);
        }

        @Override
        Attributes attributes(Path name) throws IOException {
            Path entry = path(name);
            return Attributes.of(Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS),
                    Files.getOwner(entry, LinkOption.NOFOLLOW_LINKS));
        }

        @Override
        Folder enter(Path name) throws IOException {
            Path inside = path(name);
            if (Files.isSymbolicLink(inside)) {
                throw new IOException("became a link");
            }
            return new ByPath(inside, Files.newDirectoryStream(inside));
        }

        @Override
        void deleteFile(Path name) throws IOException {
            Files.delete(path(name));
        }

        @Override
        void deleteFolder(Path name) throws IOException {
            Files.delete(path(name));
        }
    }
}
