package org.tandem.shared.screen;

import java.io.Closeable;
import java.io.IOException;
import java.lang.ref.Cleaner;

/** Frees a zstd stream's native memory once its owner is unreachable, when nobody closed it first. */
final class NativeCleaner {
    private static final Cleaner CLEANER = Cleaner.create(r -> {
        Thread thread = new Thread(r, "tandem-screen-codec-cleaner");
        thread.setDaemon(true);
        return thread;
    });

    private NativeCleaner() {}

    /** Closes {@code stream} after {@code owner} is gone; {@code stream} must not refer back to the owner. */
    static Cleaner.Cleanable closeWhenGone(Object owner, Closeable stream) {
        return CLEANER.register(owner, () -> {
            try {
                stream.close();
            } catch (IOException e) {
                // Only native memory was left to free, and close frees it whatever it reports.
            }
        });
    }
}
