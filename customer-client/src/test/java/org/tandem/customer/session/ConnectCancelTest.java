package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.customer.control.InputInjector;
import org.tandem.customer.control.OwnWindows;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.testing.PatternFrameSource;
import org.tandem.shared.testing.SocketLinks;

/**
 * A Cancel that comes while the relay is still being reached, then the relay's late answer: a link to
 * a technician ready to pair, or a failure. Neither may open, show or say anything.
 */
class ConnectCancelTest {
    private static final SessionCode CODE = SessionCode.parse("482-193 775");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final AtomicBoolean journalOpened = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final CountDownLatch joining = new CountDownLatch(1);
    private final CountDownLatch relayAnswers = new CountDownLatch(1);
    private ScreenSharer sharer;

    @AfterEach
    void stop() {
        worker.shutdownNow();
        if (sharer != null) {
            sharer.close();
        }
    }

    /** A joiner that cannot be stopped midway: it returns (or fails) only when the test lets the relay answer. */
    private RelayJoiner slowRelay(Answer answer) {
        return code -> {
            joining.countDown();
            try {
                relayAnswers.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
            return answer.give();
        };
    }

    @FunctionalInterface
    private interface Answer {
        RelayLink give() throws IOException;
    }

    private CustomerSession session(RelayJoiner joiner) {
        sharer = new ScreenSharer(() -> new PatternFrameSource(10, 10), TileScreenEncoder::new, Duration.ZERO);
        CustomerControl control = new CustomerControl(new InputInjector() {
            @Override
            public void inject(InputEvent event) {
                throw new AssertionError("nothing may be injected");
            }

            @Override
            public void releaseAll() {
            }
        }, Clock.systemUTC(), Duration.ofSeconds(2), OwnWindows.NONE, (granted, detail) -> { });
        return new CustomerSession(new CustomerSession.Parts(joiner,
                (hello, transcript) -> new IdentityVerdict.Unverified("", "", "test"), sharer, control,
                id -> {
                    journalOpened.set(true);
                    throw new IOException("no journal may be opened after a cancel");
                },
                (journal, consent, listener) -> { throw new AssertionError("no actions"); },
                request -> CompletableFuture.completedFuture(false)),
                new CustomerSessionListener() {
                    @Override
                    public void stateChanged(CustomerState state, String detail) {
                        heard.add(state + ": " + detail);
                    }

                    @Override
                    public void paired(String checkString) {
                        heard.add("paired");
                    }

                    @Override
                    public void technicianIdentified(IdentityVerdict verdict) {
                        heard.add("identified");
                    }
                }, worker, Duration.ofSeconds(60));
    }

    @Test
    void aLinkThatArrivesAfterTheCancelIsClosedAndNoSessionOpens() throws Exception {
        SocketLinks.Pair links = SocketLinks.open();
        CustomerSession session = session(slowRelay(links::first));
        session.connect(CODE);
        assertTrue(joining.await(WAIT.toSeconds(), TimeUnit.SECONDS));

        assertTrue(session.cancelConnecting(), "Cancel stops a try under way");
        relayAnswers.countDown();
        worker.submit(() -> { }).get(WAIT.toSeconds(), TimeUnit.SECONDS); // the abandoned try has run its course

        assertEquals(List.of("CONNECTING: Reaching Tandem's connection server…", "IDLE: Connection cancelled."), heard);
        assertFalse(journalOpened.get(), "a journal was opened for a cancelled try");
        assertEquals(CustomerState.IDLE, session.state());
        assertEquals(-1, assertTimeoutPreemptively(WAIT, () -> links.second().input().read()),
                "the late link is closed, without a word sent on it");
    }

    @Test
    void aFailureThatArrivesAfterTheCancelSaysNothing() throws Exception {
        CustomerSession session = session(slowRelay(() -> {
            throw new java.net.SocketTimeoutException("The relay at 127.0.0.1:4022 did not answer within 15 s");
        }));
        session.connect(CODE);
        assertTrue(joining.await(WAIT.toSeconds(), TimeUnit.SECONDS));

        session.cancelConnecting();
        relayAnswers.countDown();
        worker.submit(() -> { }).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertEquals(List.of("CONNECTING: Reaching Tandem's connection server…", "IDLE: Connection cancelled."), heard);
    }

    @Test
    void cancelDoesNothingOnceTheTryFailedOnItsOwn() throws Exception {
        relayAnswers.countDown();
        CustomerSession session = session(slowRelay(() -> {
            throw new java.net.ConnectException("Connection refused");
        }));
        session.connect(CODE);
        worker.submit(() -> { }).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertFalse(session.cancelConnecting(), "nothing to cancel");
        assertEquals(List.of("CONNECTING: Reaching Tandem's connection server…",
                "ENDED: " + ConnectFailureWords.UNREACHABLE), heard);
    }
}
