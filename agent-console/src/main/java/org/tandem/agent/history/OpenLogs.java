package org.tandem.agent.history;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The logs this console is writing now: one for each session running in one of its tabs, from when its
 * log opens until the session has ended (decision 0050). Such a log is not closed yet because its
 * session goes on, not because the console stopped in the middle of it, and only the console that
 * runs it can tell the two apart; so every window that lists past sessions is handed this set. Safe to
 * use from any thread; a listener hears a change on the thread that made it.
 */
public final class OpenLogs {
    private final Set<Path> open = ConcurrentHashMap.newKeySet();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** The session whose log is {@code log} has begun: its log is open. */
    public void opened(Path log) {
        if (open.add(key(log))) {
            listeners.forEach(Runnable::run);
        }
    }

    /** The session whose log is {@code log} has ended: its log is closed, or never will be. */
    public void closed(Path log) {
        if (open.remove(key(log))) {
            listeners.forEach(Runnable::run);
        }
    }

    /** Whether this console is writing {@code log} now. */
    public boolean contains(Path log) {
        return open.contains(key(log));
    }

    /**
     * Tells {@code listener} of every log opened or closed from now on.
     *
     * @return what stops telling it
     */
    public Runnable onChange(Runnable listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private static Path key(Path log) {
        return log.toAbsolutePath().normalize();
    }
}
