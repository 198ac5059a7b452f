package org.tandem.customer.action.common;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.tandem.customer.action.Action;
import org.tandem.customer.action.ActionDescriptors;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.CancellationToken;
import org.tandem.customer.action.Consent;
import org.tandem.customer.action.PathParameter;
import org.tandem.customer.action.ProgressSink;
import org.tandem.customer.action.Words;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionTable;

/**
 * Finds what fills a folder: walks it without following links or entering other drives, and
 * lists the largest folders (up to three levels down) and the largest files. Memory stays bounded
 * whatever the size of the tree: one running total per level and two short top lists.
 */
public final class DiskUsage implements Action {
    static final int TOP = 20;
    static final int FOLDER_DEPTH = 3;
    private static final int PROGRESS_EVERY = 500;

    @Override
    public ActionDescriptor descriptor() {
        return ActionDescriptors.diskUsage();
    }

    @Override
    public Consent consentFor(Map<String, String> parameters) {
        PathParameter.Checked folder = PathParameter.check(parameters.get(ActionDescriptors.FOLDER), false);
        if (!folder.ok()) {
            return folder.refusal();
        }
        Path root = folder.path();
        return new Consent.Ask("Measure what fills “" + root + "”",
                "Tandem reads the names and sizes of the files in it and in the folders inside it (not what is in "
                        + "them), and lists the largest. Nothing is changed.",
                (progress, cancel) -> measure(root, progress, cancel));
    }

    ActionReport measure(Path root, ProgressSink progress, CancellationToken cancel) {
        Walk walk = new Walk(root, progress, cancel);
        try {
            Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE, walk);
        } catch (IOException e) {
            return ActionReport.failed("Could not measure “" + root + "”: " + e.getMessage());
        }
        List<List<String>> rows = new ArrayList<>();
        walk.folders.stream().sorted(Comparator.comparingLong(Entry::size).reversed())
                .forEach(e -> rows.add(List.of("folder", e.path().toString(), Words.bytes(e.size()))));
        walk.files.stream().sorted(Comparator.comparingLong(Entry::size).reversed())
                .forEach(e -> rows.add(List.of("file", e.path().toString(), Words.bytes(e.size()))));
        ActionTable table = ActionTable.fitting(List.of("Kind", "Path", "Size"), rows, ActionTable.BUDGET);
        if (cancel.isCancelled()) {
            return ActionReport.stopped(walk.summary(), List.of(), table);
        }
        return ActionReport.succeeded(walk.summary(), table);
    }

    private record Entry(Path path, long size) {}

    private static final class Walk implements FileVisitor<Path> {
        final Path root;
        final ProgressSink progress;
        final CancellationToken cancel;
        final Object rootDevice;
        final Deque<long[]> totals = new ArrayDeque<>();
        final PriorityQueue<Entry> folders = new PriorityQueue<>(Comparator.comparingLong(Entry::size));
        final PriorityQueue<Entry> files = new PriorityQueue<>(Comparator.comparingLong(Entry::size));
        long total;
        long fileCount;
        long unreadable;
        long otherDrives;

        Walk(Path root, ProgressSink progress, CancellationToken cancel) {
            this.root = root;
            this.progress = progress;
            this.cancel = cancel;
            this.rootDevice = device(root);
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (cancel.isCancelled()) {
                return FileVisitResult.TERMINATE;
            }
            if (rootDevice != null && !rootDevice.equals(device(dir))) {
                otherDrives++;
                return FileVisitResult.SKIP_SUBTREE;
            }
            totals.push(new long[1]);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            fileCount++;
            long size = attrs.size();
            if (!totals.isEmpty()) {
                totals.peek()[0] += size;
            } else {
                total += size; // the root itself is a file
            }
            if (attrs.isRegularFile()) {
                offer(files, new Entry(file, size));
            }
            if (fileCount % PROGRESS_EVERY == 0) {
                progress.progress(-1, Words.count(fileCount, "file", "files") + " measured; now in " + file.getParent());
                if (cancel.isCancelled()) {
                    return FileVisitResult.TERMINATE;
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
            unreadable++;
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
            if (exc != null) {
                unreadable++;
            }
            long size = totals.pop()[0];
            if (totals.isEmpty()) {
                total = size;
            } else {
                totals.peek()[0] += size;
                if (root.relativize(dir).getNameCount() <= FOLDER_DEPTH) {
                    offer(folders, new Entry(dir, size));
                }
            }
            return FileVisitResult.CONTINUE;
        }

        String summary() {
            StringBuilder summary = new StringBuilder();
            if (cancel.isCancelled()) {
                summary.append("Measured ").append(Words.count(fileCount, "file", "files"))
                        .append(" before it stopped.");
                return summary.toString();
            }
            summary.append("“").append(root).append("” holds ").append(Words.bytes(total)).append(" in ")
                    .append(Words.count(fileCount, "file", "files")).append('.');
            folders.stream().max(Comparator.comparingLong(Entry::size)).ifPresent(e -> summary
                    .append(" The largest folder is “").append(root.relativize(e.path())).append("” (")
                    .append(Words.bytes(e.size())).append(")."));
            files.stream().max(Comparator.comparingLong(Entry::size)).ifPresent(e -> summary
                    .append(" The largest file is “").append(root.relativize(e.path())).append("” (")
                    .append(Words.bytes(e.size())).append(")."));
            if (unreadable > 0) {
                summary.append(' ').append(Words.count(unreadable, "item", "items")).append(" could not be read.");
            }
            if (otherDrives > 0) {
                summary.append(otherDrives == 1 ? " 1 folder on another drive was not measured."
                        : " " + Words.count(otherDrives) + " folders on other drives were not measured.");
            }
            return summary.toString();
        }

        private static void offer(PriorityQueue<Entry> top, Entry entry) {
            if (top.size() < TOP) {
                top.add(entry);
            } else if (top.peek().size() < entry.size()) {
                top.poll();
                top.add(entry);
            }
        }

        /** The drive a folder is on, where the system tells (Linux, macOS); null elsewhere. */
        private static Object device(Path dir) {
            try {
                return Files.getAttribute(dir, "unix:dev", LinkOption.NOFOLLOW_LINKS);
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                return null;
            }
        }
    }
}
