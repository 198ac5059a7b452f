package org.tandem.agent.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.tandem.agent.session.AgentSession;
import org.tandem.agent.session.AgentSessionListener;

/**
 * The console window's sessions with no relay and no log behind them, each run on the calling thread:
 * what a session would report, a test plays through the listener it gave, kept in {@code heard}.
 */
final class OfflineSessions {
    private OfflineSessions() {}

    static SessionsViewModel window(Path dataDir, List<AgentSessionListener> heard) {
        return new SessionsViewModel(() -> new ConsoleWorkspace(Runnable::run, Runnable::run, Runnable::run,
                (listener, logOpened) -> {
                    heard.add(listener);
                    return new AgentSession(new AgentSession.Parts(() -> {
                        throw new IOException("no relay in this test");
                    }, Optional.empty(), new SecureRandom(), id -> {
                        throw new IOException("no log in this test");
                    }), "Dana", listener, task -> { }, Duration.ofMinutes(1));
                }, dataDir, Clock.systemDefaultZone()));
    }
}
