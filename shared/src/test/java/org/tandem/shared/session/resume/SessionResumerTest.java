package org.tandem.shared.session.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.shared.message.Protocol;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.pairing.ResumeSecret;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.session.ConnectionLossHandler;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.session.SessionEndReason;
import org.tandem.shared.session.SessionEnding;
import org.tandem.shared.session.SessionListener;
import org.tandem.shared.testing.SocketLinks;
import org.tandem.shared.wire.UnprotectedRecordCipher;

/**
 * The customer's side of a session reconnecting through a stand-in relay: one resume at a time, and
 * nothing left trying once the session is over.
 */
class SessionResumerTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration WINDOW = Duration.ofMinutes(2);
    /** Long enough that no heartbeat and no silence comes into these tests: they cut connections themselves. */
    private static final Duration BEAT = Duration.ofSeconds(20);
    private static final Duration SILENCE = Duration.ofMinutes(1);
    private static final String RESUME_THREAD = "session-resume";

    private final ResumeSecret secret = secret();
    private final List<AutoCloseable> cleanup = new ArrayList<>();
    private final ExecutorService technicianSide = Executors.newCachedThreadPool();
    /** Opened when the test is over: whatever a stand-in still holds goes on. */
    private final CountDownLatch testOver = new CountDownLatch(1);
    private final Reports progress = new Reports();

    @AfterEach
    void closeEverything() throws Exception {
        testOver.countDown();
        for (AutoCloseable c : cleanup) {
            c.close();
        }
        technicianSide.shutdownNow();
    }

    @Test
    void aTryWaitingForTheRelayWhenTheSessionEndsIsAbandonedAndItsThreadEnds() throws Exception {
        BlockingQueue<Thread> trying = new LinkedBlockingQueue<>();
        CountDownLatch abandoned = new CountDownLatch(1);
        Customer customer = customer(new SessionResumer(PairingRole.CUSTOMER, secret, Protocol.VERSION,
                (token, timeout) -> {
                    trying.add(Thread.currentThread());
                    try {
                        testOver.await(); // a frozen relay: the connection neither comes up nor fails
                    } catch (InterruptedException e) {
                        abandoned.countDown();
                        throw new InterruptedIOException("abandoned");
                    }
                    throw new IOException("The relay never answered");
                }, WINDOW, progress), new Heard());

        customer.relayGoesAway();
        Thread resume = trying.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(resume, "the resumer tries to reach the relay");

        customer.channel().close(SessionEnding.CUSTOMER_ENDED);

        assertTrue(abandoned.await(WAIT.toSeconds(), TimeUnit.SECONDS), "the connection attempt under way is given up");
        resume.join(WAIT.toMillis());
        assertFalse(resume.isAlive(), "nothing goes on trying to resume a session that is over");
        assertEquals(List.of("reconnecting", "gave up"), progress.await(2));
    }

    @Test
    void aHandshakeUnderWayWhenTheSessionEndsIsCutOffAndItsConnectionClosed() throws Exception {
        BlockingQueue<RelayLink> silentPeers = new LinkedBlockingQueue<>();
        BlockingQueue<Thread> trying = new LinkedBlockingQueue<>();
        CountDownLatch closed = new CountDownLatch(1);
        Customer customer = customer(new SessionResumer(PairingRole.CUSTOMER, secret, Protocol.VERSION,
                (token, timeout) -> {
                    trying.add(Thread.currentThread());
                    SocketLinks.Pair paired = links();
                    silentPeers.add(paired.second()); // paired, but nobody ever speaks on the other end
                    return closeCounted(paired.first(), closed);
                }, WINDOW, progress), new Heard());

        customer.relayGoesAway();
        Thread resume = trying.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        RelayLink silentPeer = silentPeers.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(silentPeer);
        assertEquals(ResumeHello.BYTES, silentPeer.input().readNBytes(ResumeHello.BYTES).length,
                "the handshake is under way: the customer said hello and waits for the answer");

        customer.channel().close(SessionEnding.CUSTOMER_ENDED);

        assertEquals(0, closed.getCount(), "the session's end closed the connection of the try under way");
        resume.join(WAIT.toMillis());
        assertFalse(resume.isAlive(), "nothing goes on trying to resume a session that is over");
        assertEquals(List.of("reconnecting", "gave up"), progress.await(2));
    }

    @Test
    void aLossWhileTheResumeIsStillFinishingIsTakenOnByTheSameThreadNotASecond() throws Exception {
        BlockingQueue<RelayLink> technicianEnds = new LinkedBlockingQueue<>();
        SessionResumer resumer = new SessionResumer(PairingRole.CUSTOMER, secret, Protocol.VERSION, (token, timeout) -> {
            SocketLinks.Pair paired = links();
            technicianEnds.add(paired.second());
            technicianSide.execute(() -> technicianResumes(paired.second()));
            return paired.first();
        }, WINDOW, progress);
        BlockingQueue<SessionEnding> lossesHandled = new LinkedBlockingQueue<>();
        Heard heard = new Heard();
        heard.holdFirstResume = new CountDownLatch(1);
        Customer customer = customer((channel, cause) -> {
            resumer.lost(channel, cause);
            lossesHandled.add(cause);
        }, heard);
        Set<Thread> before = resumeThreads();

        customer.relayGoesAway();
        assertTrue(heard.firstResumeHeld.await(WAIT.toSeconds(), TimeUnit.SECONDS), "the session resumed once");
        // The new connection drops while the resumer's thread is still telling the session it is back.
        technicianEnds.poll(WAIT.toSeconds(), TimeUnit.SECONDS).close();
        assertEquals(SessionEnding.CONNECTION_LOST, lossesHandled.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(SessionEnding.CONNECTION_LOST, lossesHandled.poll(WAIT.toSeconds(), TimeUnit.SECONDS),
                "the second loss was handed to the resumer");

        Set<Thread> started = resumeThreads();
        started.removeAll(before);
        assertEquals(1, started.size(), "one resume at a time: " + started);

        heard.holdFirstResume.countDown();
        assertEquals(2, heard.awaitResumes(2), "the second loss was resumed too");
        assertEquals(List.of("reconnecting", "resumed", "reconnecting", "resumed"), progress.await(4));
        assertTrue(customer.channel().isOpen() && !customer.channel().isSuspended());
    }

    // ---- plumbing ----

    /** The customer's channel, and the relay's end of its first connection. */
    private record Customer(SessionChannel channel, RelayLink relayEnd) {
        /** The relay goes away: the customer's reader sees its input end. */
        void relayGoesAway() {
            relayEnd.close();
        }
    }

    /** The customer's channel on a connection of its own, handing a lost connection to {@code handler}. */
    private Customer customer(ConnectionLossHandler handler, Heard heard) throws IOException {
        SocketLinks.Pair first = links();
        SessionChannel channel = new SessionChannel(first.first().input(), first.first().output(), first.first()::close,
                new UnprotectedRecordCipher(), new UnprotectedRecordCipher(), BEAT, SILENCE);
        cleanup.add(0, channel);
        channel.resumeOnLoss(handler);
        channel.start(heard, "customer-reader");
        return new Customer(channel, first.second());
    }

    private SocketLinks.Pair links() throws IOException {
        SocketLinks.Pair pair = SocketLinks.open();
        cleanup.add(pair.first());
        cleanup.add(pair.second());
        return pair;
    }

    /** The technician's end of a resumed connection: proves it holds the secret, then only listens. */
    private void technicianResumes(RelayLink end) {
        try {
            new ResumeHandshake(PairingRole.TECHNICIAN, secret, Protocol.VERSION, new SecureRandom())
                    .run(end.input(), end.output(), 0);
        } catch (IOException e) {
            end.close();
        }
    }

    /** {@code link}, counting down {@code closed} when it is closed. */
    private static RelayLink closeCounted(RelayLink link, CountDownLatch closed) {
        return new RelayLink() {
            @Override
            public java.io.InputStream input() {
                return link.input();
            }

            @Override
            public java.io.OutputStream output() {
                return link.output();
            }

            @Override
            public boolean isOpen() {
                return link.isOpen();
            }

            @Override
            public void close() {
                closed.countDown();
                link.close();
            }
        };
    }

    private static Set<Thread> resumeThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && RESUME_THREAD.equals(t.getName()))
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static ResumeSecret secret() {
        byte[] bytes = new byte[ResumeSecret.SECRET_BYTES];
        Arrays.fill(bytes, (byte) 0x33);
        byte[] token = new byte[ResumeSecret.TOKEN_BYTES];
        Arrays.fill(token, (byte) 0x5C);
        return new ResumeSecret(bytes, token);
    }

    /** What the resumer reported, in order. */
    private static final class Reports implements SessionResumer.Progress {
        private final List<String> heard = new ArrayList<>();

        @Override
        public void reconnecting(Instant deadline) {
            add("reconnecting");
        }

        @Override
        public void resumed() {
            add("resumed");
        }

        @Override
        public void gaveUp() {
            add("gave up");
        }

        private synchronized void add(String report) {
            heard.add(report);
            notifyAll();
        }

        /** The reports once there are {@code count}, or as many as came within the wait. */
        synchronized List<String> await(int count) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (heard.size() < count && deadline - System.nanoTime() > 0) {
                TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
            }
            return List.copyOf(heard);
        }
    }

    /** What the customer's session hears; the first resume may be held, as a busy session would hold it. */
    private static final class Heard implements SessionListener {
        volatile CountDownLatch holdFirstResume;
        final CountDownLatch firstResumeHeld = new CountDownLatch(1);
        private int resumes;

        @Override
        public void received(SessionMessage message) {
        }

        @Override
        public void ended(SessionEndReason reason) {
        }

        @Override
        public void connectionResumed() {
            int now;
            synchronized (this) {
                now = ++resumes;
                notifyAll();
            }
            CountDownLatch hold = holdFirstResume;
            if (now == 1 && hold != null) {
                firstResumeHeld.countDown();
                try {
                    hold.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        synchronized int awaitResumes(int count) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (resumes < count && deadline - System.nanoTime() > 0) {
                TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
            }
            return resumes;
        }
    }
}
