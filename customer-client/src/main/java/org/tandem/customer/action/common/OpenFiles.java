package org.tandem.customer.action.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Which files the programs on this computer hold open, where the system can tell. */
public interface OpenFiles {

    /** For a system that cannot tell: nothing may be promised about files in use. */
    OpenFiles UNKNOWN = new OpenFiles() {
        @Override
        public boolean canTell() {
            return false;
        }

        @Override
        public Set<Path> now() {
            return Set.of();
        }
    };

    /** Whether {@link #now} says anything; when false it is always empty. */
    boolean canTell();

    /**
     * The absolute paths of the files open right now, as far as this user may see.
     *
     * @throws IOException when the system cannot be asked, so nothing should be taken as not in use
     */
    Set<Path> now() throws IOException;

    /** {@code /proc} where there is one (Linux), {@link #UNKNOWN} elsewhere. */
    static OpenFiles ofThisSystem() {
        Path proc = Path.of("/proc");
        return Files.isDirectory(proc.resolve("self").resolve("fd")) ? new ProcOpenFiles(proc) : UNKNOWN;
    }
}
