package org.tandem.agent.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.shared.relay.client.RelayLink;

/**
 * The technician gives up asking the relay for a code (Cancel, or End session), and then the relay
 * answers after all, with a code or with a failure: nothing of it may show.
 */
class CancelConnectingTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final CountDownLatch asking = new CountDownLatch(1);
    private final CountDownLatch relayAnswers = new CountDownLatch(1);
    private final AtomicBoolean codeGivenBack = new AtomicBoolean();

    private final AgentSessionListener listener = new AgentSessionListener() {
        @Override
        public void stateChanged(AgentState next, String detail) {
            heard.add(next + ": " + detail);
        }

        @Override
        public void codeReady(String code) {
            heard.add("code " + code);
        }

        @Override
        public void paired(String checkString) {
            heard.add("paired");
        }

        @Override
        public void controlChanged(ControlState next, String detail) {
        }
    };

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    /** A relay that cannot be stopped midway: it answers only when the test lets it. */
    private AgentSession session(Answer answer) {
        SessionRendezvous.Factory slowRelay = () -> {
            asking.countDown();
            try {
                relayAnswers.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
            return answer.give();
        };
        return new AgentSession(new AgentSession.Parts(slowRelay, Optional.empty(), new SecureRandom(),
                id -> { throw new AssertionError("no log: nothing was paired"); }), "Dana", listener, worker, WAIT);
    }

    @FunctionalInterface
    private interface Answer {
        SessionRendezvous give() throws IOException;
    }

    /** A code the relay reserved; giving it back is noted. */
    private SessionRendezvous lateCode() {
        return new SessionRendezvous() {
            @Override
            public String nameplate() {
                return "4821393750";
            }

            @Override
            public RelayLink awaitCustomer(Duration timeout) throws IOException {
                throw new AssertionError("nobody may wait for a customer under a code given up");
            }

            @Override
            public void cancel() {
                codeGivenBack.set(true);
            }
        };
    }

    /** Lets the relay answer, then waits until what the abandoned try did has run its course. */
    private void relayAnswersLate() throws Exception {
        relayAnswers.countDown();
        worker.submit(() -> { }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void aCodeThatComesAfterTheCancelIsGivenBackAndNeverShown() throws Exception {
        AgentSession session = session(this::lateCode);
        session.start("Alice");
        assertTrue(asking.await(WAIT.toSeconds(), TimeUnit.SECONDS));

        assertTrue(session.cancelConnecting());
        relayAnswersLate();

        assertEquals(List.of("CREATING: Asking the relay for a session code…", "IDLE: Connection cancelled."), heard);
        assertTrue(codeGivenBack.get(), "the late code was not given back to the relay");
        assertEquals(AgentState.IDLE, session.state());
    }

    @Test
    void aFailureThatComesAfterTheCancelSaysNothing() throws Exception {
        AgentSession session = session(() -> {
            throw new java.net.SocketTimeoutException("The relay at 127.0.0.1:4022 did not answer within 15 s");
        });
        session.start("Alice");
        assertTrue(asking.await(WAIT.toSeconds(), TimeUnit.SECONDS));

        session.cancelConnecting();
        relayAnswersLate();

        assertEquals(List.of("CREATING: Asking the relay for a session code…", "IDLE: Connection cancelled."), heard);
    }

    @Test
    void aCodeThatComesAfterEndSessionDoesNotBringTheSessionBack() throws Exception {
        AgentSession session = session(this::lateCode);
        session.start("Alice");
        assertTrue(asking.await(WAIT.toSeconds(), TimeUnit.SECONDS));

        session.end();
        relayAnswersLate();

        assertEquals(List.of("CREATING: Asking the relay for a session code…",
                "ENDED: You ended the session before the customer joined."), heard);
        assertTrue(codeGivenBack.get(), "the late code was not given back to the relay");
        assertEquals(AgentState.ENDED, session.state());
    }

    @Test
    void cancelDoesNothingOnceTheCodeIsShown() throws Exception {
        relayAnswers.countDown();
        AgentSession session = session(() -> new SessionRendezvous() {
            @Override
            public String nameplate() {
                return "4821393750";
            }

            @Override
            public RelayLink awaitCustomer(Duration timeout) throws IOException {
                throw new IOException("nobody came");
            }

            @Override
            public void cancel() {
            }
        });
        session.start("Alice");
        worker.submit(() -> { }).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertFalse(session.cancelConnecting(), "End session is for a code shown");
    }
}
