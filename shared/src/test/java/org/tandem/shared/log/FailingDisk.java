package org.tandem.shared.log;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.time.Clock;

/** A real session log file on a disk that the test can make fail, for the journal's failure policy. */
public final class FailingDisk {
    private CountingFileChannel channel;

    /** A writer on {@code file}; it works until {@link #fail()}. */
    public SessionLogWriter writer(Path file, String session, String ownActor, KeyPair key) throws IOException {
        return SessionLogWriter.create(file, session, ownActor, key, 100, Clock.systemUTC(),
                path -> channel = new CountingFileChannel(FileChannel.open(path, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE, StandardOpenOption.APPEND)));
    }

    /** Every write from now on fails. */
    public void fail() {
        channel.failFromNowOn();
    }
}
