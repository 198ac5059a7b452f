package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.agent.session.AgentSession;
import org.tandem.agent.session.AgentState;

/**
 * New session while the relay is down: the console says it could not reach the relay and offers to try
 * again for the same customer, as after a code that could not be used; it does not read as a session that
 * was held and ended.
 */
class RelayDownTest {
    private final ExecutorService worker = Executors.newCachedThreadPool();
    private final LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void aRelayThatCannotBeReachedOffersToTryAgainForTheSameCustomer() throws Exception {
        int[] tries = {0};
        ConsoleViewModel model = new ConsoleViewModel(fx::add, listener -> new AgentSession(new AgentSession.Parts(() -> {
            tries[0]++;
            throw new IOException("Cannot reach the relay at 127.0.0.1:2222: Connection refused",
                    new ConnectException("Connection refused"));
        }, Optional.empty(), new SecureRandom(), id -> null), "Dana", listener, worker, Duration.ofSeconds(5)));
        model.customerReferenceProperty().set("Ticket 4711");

        model.newSession();
        runFxUntil(() -> model.stateProperty().get() == AgentState.ENDED);

        assertTrue(model.newCodeOfferedProperty().get(), "a try that never reached the relay is offered again");
        assertEquals("The session could not start: the console could not reach Tandem's relay. Check that this computer "
                + "is connected to the network and that the relay is running, then press New code.",
                model.statusProperty().get());
        model.newCode();
        runFxUntil(() -> tries[0] == 2 && model.stateProperty().get() == AgentState.ENDED);
        assertEquals("Ticket 4711", model.sessionCustomerProperty().get(), "the same customer");
    }

    /** Runs what the model hands the JavaFX thread, here on the test's thread, until {@code done} holds. */
    private void runFxUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!done.getAsBoolean()) {
            Runnable next = fx.poll(Math.max(1, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("nothing more came to the JavaFX thread");
            }
            next.run();
        }
    }
}
