package org.tandem.customer.action.common;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Open files as Linux lists them: each {@code /proc/<pid>/fd/<n>} is a link to what process
 * {@code pid} holds open. Only the processes this user may look into are seen, which are all that can
 * hold the user's own temporary files open, short of an administrator's.
 */
final class ProcOpenFiles implements OpenFiles {
    private final Path proc;

    ProcOpenFiles(Path proc) {
        this.proc = proc;
    }

    @Override
    public boolean canTell() {
        return true;
    }

    @Override
    public Set<Path> now() throws IOException {
        Set<Path> open = new HashSet<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(proc, ProcOpenFiles::isProcess)) {
            for (Path process : processes) {
                addOpenedBy(process, open);
            }
        } catch (RuntimeException e) {
            throw new IOException("Cannot list the processes in " + proc, e);
        }
        return open;
    }

    private static void addOpenedBy(Path process, Set<Path> open) {
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(process.resolve("fd"))) {
            for (Path descriptor : descriptors) {
                try {
                    Path target = Files.readSymbolicLink(descriptor);
                    if (target.isAbsolute()) { // not a socket, pipe or anonymous inode
                        open.add(target);
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    // closed meanwhile
                }
            }
        } catch (IOException | SecurityException e) {
            // ended meanwhile, or another user's process
        }
    }

    private static boolean isProcess(Path entry) {
        String name = entry.getFileName().toString();
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }
}
