package org.tandem.agent.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import org.tandem.agent.session.AgentSession;
import org.tandem.agent.session.SessionRendezvous;
import org.tandem.shared.relay.client.RelayLink;

/**
 * Console sessions that get a real code (nameplate 482) and wait for a customer who never comes,
 * until the code is given back; for window tests that need sessions but no customer.
 */
final class WaitingSessions implements AutoCloseable {
    private final ExecutorService worker = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "console-test-waiting");
        thread.setDaemon(true);
        return thread;
    });
    private final List<CountDownLatch> waiting = new CopyOnWriteArrayList<>();
    private final Path dataDir;
    private final String nameplate;

    WaitingSessions(Path dataDir) {
        this(dataDir, "482");
    }

    /** @param nameplate what the relay hands out: a real relay's are ten digits, shown as two groups of five */
    WaitingSessions(Path dataDir, String nameplate) {
        this.dataDir = dataDir;
        this.nameplate = nameplate;
    }

    /** A console window whose every New session gets a code and waits. */
    SessionsViewModel window() {
        return new SessionsViewModel(this::workspace);
    }

    ConsoleWorkspace workspace() {
        CountDownLatch customerNeverComes = new CountDownLatch(1);
        waiting.add(customerNeverComes);
        SessionRendezvous.Factory relay = () -> new SessionRendezvous() {
            @Override
            public String nameplate() {
                return nameplate;
            }

            @Override
            public RelayLink awaitCustomer(Duration timeout) throws IOException {
                try {
                    customerNeverComes.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("The code was given back");
            }

            @Override
            public void cancel() {
                customerNeverComes.countDown();
            }
        };
        return new ConsoleWorkspace(Platform::runLater, worker, Runnable::run,
                (listener, logOpened) -> new AgentSession(new AgentSession.Parts(relay, Optional.empty(),
                        new SecureRandom(), id -> { throw new IOException("no log in this test"); }), "Dana", listener,
                        worker, Duration.ofMinutes(1)),
                dataDir, Clock.systemDefaultZone());
    }

    @Override
    public void close() {
        waiting.forEach(CountDownLatch::countDown);
        worker.shutdownNow();
    }
}
