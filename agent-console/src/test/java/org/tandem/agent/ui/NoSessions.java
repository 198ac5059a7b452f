package org.tandem.agent.ui;

import java.nio.file.Path;
import java.time.Clock;

/** A console window's view models for tests that open no session: everything runs on the calling thread. */
final class NoSessions {
    private NoSessions() {}

    static ConsoleWorkspace workspace(Path dataDir) {
        return new ConsoleWorkspace(Runnable::run, Runnable::run, Runnable::run, (listener, logOpened) -> {
            throw new AssertionError("no session in this test");
        }, dataDir, Clock.systemDefaultZone());
    }
}
