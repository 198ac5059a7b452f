package org.tandem.shared.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Closeable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.log.Checkpoint;
import org.tandem.shared.log.LogVerification;
import org.tandem.shared.log.SessionLogVerifier;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.ssh.Ed25519Keys;
import org.tandem.shared.wire.UnprotectedRecordCipher;

/**
 * How long the side that ends a session waits for the other side's receipt. On a slow link the
 * goodbye and the receipt queue behind whatever the link still carries, and the other side writes
 * its journal to disk before it answers: a receipt may come well after a few seconds from a side
 * that is plainly there. The waits here are driven by hand ({@link HandTimer}), never by the clock.
 */
class SessionLogbookReceiptTest {
    private static final String SESSION = "5e55104d0c0ffee0";
    private static final long LIMIT_SECONDS = 10;

    @TempDir
    Path dir;
    private final HandTimer timer = new HandTimer();
    private final BlockingQueue<SessionMessage> technicianHeard = new LinkedBlockingQueue<>();
    private final CompletableFuture<SessionEnding> customerChannelEnded = new CompletableFuture<>();
    private final List<AutoCloseable> cleanup = new ArrayList<>();
    private SessionLogbook customerBook;
    private SessionChannel customer;
    private SessionChannel technician;

    @AfterEach
    void closeEverything() throws Exception {
        for (AutoCloseable c : cleanup) {
            c.close();
        }
    }

    @Test
    void aReceiptSlowerThanAFewSecondsFromASideStillThereIsStored() throws Exception {
        connect();
        customerBook.endByUs(customer, SessionEnding.CUSTOMER_ENDED);
        Checkpoint customersFinal = awaitCustomersGoodbye();

        // Much longer than the old fixed wait, while the connection is alive (the technician's side answers).
        timer.advance(Duration.ofSeconds(30));
        assertFalse(customerBook.closed().isDone(), "the customer's log still waits for the technician's receipt");
        assertTrue(customer.isOpen(), "the connection is kept for the receipt");

        technician.send(new ControlMessage.LogCheckpoint(technicianFinal(customersFinal).toMap()));
        customerBook.closed().get(LIMIT_SECONDS, TimeUnit.SECONDS);
        LogVerification verdict = SessionLogVerifier.verify(dir.resolve("customer.log"));
        LogVerification.Intact intact = assertInstanceOf(LogVerification.Intact.class, verdict, verdict.describe());
        assertTrue(intact.receipt().isPresent(), "the customer's log holds the technician's receipt: " + verdict.describe());
        assertEquals(SessionEnding.CUSTOMER_ENDED,
                awaitCustomerChannelEnd("the channel closes once the receipt is stored"));
        assertFalse(customer.isOpen());
    }

    /** How the customer's channel ended, once it has: the log is closed first, then the channel, on one thread. */
    private SessionEnding awaitCustomerChannelEnd(String what) throws Exception {
        try {
            return customerChannelEnded.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError(what + ": the customer's channel was open after " + LIMIT_SECONDS + " s", e);
        }
    }

    @Test
    void aSideThatIsThereButNeverAnswersIsGivenUpAtTheReceiptLimit() throws Exception {
        connect();
        customerBook.endByUs(customer, SessionEnding.CUSTOMER_ENDED);
        awaitCustomersGoodbye();

        timer.advance(SessionLogbook.RECEIPT_LIMIT.minusSeconds(1));
        assertFalse(customerBook.closed().isDone(), "still waiting just before the limit");
        timer.advance(Duration.ofSeconds(1));

        customerBook.closed().get(LIMIT_SECONDS, TimeUnit.SECONDS);
        LogVerification verdict = SessionLogVerifier.verify(dir.resolve("customer.log"));
        LogVerification.Intact intact = assertInstanceOf(LogVerification.Intact.class, verdict, verdict.describe());
        assertTrue(intact.closed());
        assertFalse(intact.receipt().isPresent(), "no receipt came, and none is made up");
        assertEquals(SessionEnding.CUSTOMER_ENDED, awaitCustomerChannelEnd("the channel is closed at the limit"));
        assertFalse(customer.isOpen());
        assertEquals(java.util.Optional.of(SessionEnding.CUSTOMER_ENDED), customerBook.ending());
    }

    @Test
    void aConnectionLostWhileWaitingClosesTheLogWithoutAReceiptAtOnce() throws Exception {
        connect();
        customerBook.endByUs(customer, SessionEnding.CUSTOMER_ENDED);
        awaitCustomersGoodbye();

        technician.close(); // the other side's pipe goes away: the customer's channel reads its end
        customerBook.closed().get(LIMIT_SECONDS, TimeUnit.SECONDS);
        LogVerification.Intact intact = assertInstanceOf(LogVerification.Intact.class,
                SessionLogVerifier.verify(dir.resolve("customer.log")));
        assertFalse(intact.receipt().isPresent());
        assertEquals(0, timer.ran(), "no timer was needed to notice it");
    }

    /** The customer's journal and channel as the client wires them, and a technician's channel that answers heartbeats. */
    private void connect() throws Exception {
        SessionLogWriter writer = SessionLogWriter.create(dir.resolve("customer.log"), SESSION, "customer",
                Ed25519Keys.generate(), 20, Clock.systemUTC());
        customerBook = new SessionLogbook(writer, "customer", timer);
        MemoryStream toTechnician = new MemoryStream();
        MemoryStream toCustomer = new MemoryStream();
        Closeable pipe = () -> {
            toTechnician.close();
            toCustomer.close();
        };
        customer = new SessionChannel(toCustomer.in, toTechnician.out, pipe, new UnprotectedRecordCipher(),
                new UnprotectedRecordCipher());
        technician = new SessionChannel(toTechnician.in, toCustomer.out, pipe, new UnprotectedRecordCipher(),
                new UnprotectedRecordCipher());
        cleanup.add(customer);
        cleanup.add(technician);
        SessionLogbook book = customerBook;
        customer.start(new SessionListener() {
            @Override
            public void received(SessionMessage message) {
                if (message instanceof ControlMessage.LogCheckpoint checkpoint) {
                    book.receivedCheckpoint(checkpoint.checkpoint());
                }
            }

            @Override
            public void ended(SessionEndReason reason) {
                book.lost(reason.ending());
                customerChannelEnded.complete(reason.ending());
            }
        }, "receipt-test-customer");
        technician.start(new SessionListener() {
            @Override
            public void received(SessionMessage message) {
                technicianHeard.add(message);
            }

            @Override
            public void ended(SessionEndReason reason) {
            }
        }, "receipt-test-technician");
    }

    /** The technician's side hears the customer end the session, then gets the customer's final checkpoint. */
    private Checkpoint awaitCustomersGoodbye() throws InterruptedException {
        SessionMessage first = technicianHeard.poll(LIMIT_SECONDS, TimeUnit.SECONDS);
        assertInstanceOf(ControlMessage.SessionEnd.class, first);
        SessionMessage second = technicianHeard.poll(LIMIT_SECONDS, TimeUnit.SECONDS);
        ControlMessage.LogCheckpoint checkpoint = assertInstanceOf(ControlMessage.LogCheckpoint.class, second);
        return Checkpoint.fromMap(checkpoint.checkpoint());
    }

    /** The technician's own final checkpoint of the same session, as its log writes it. */
    private Checkpoint technicianFinal(Checkpoint customers) throws Exception {
        try (SessionLogWriter writer = SessionLogWriter.create(dir.resolve("technician.log"), customers.session(),
                "technician:Dana", Ed25519Keys.generate(), 20, Clock.systemUTC())) {
            return writer.finish();
        }
    }

    /** A timer that runs what is due when the test moves its time on. */
    private static final class HandTimer implements SessionLogbook.ReceiptTimer {
        private record Task(long due, Runnable task) {}

        private final List<Task> waiting = new ArrayList<>();
        private long now;
        private int ran;

        @Override
        public synchronized void after(Duration delay, Runnable task) {
            waiting.add(new Task(now + delay.toNanos(), task));
        }

        void advance(Duration by) {
            List<Task> due = new ArrayList<>();
            synchronized (this) {
                now += by.toNanos();
                waiting.removeIf(task -> task.due() <= now && due.add(task));
                ran += due.size();
            }
            due.forEach(task -> task.task().run());
        }

        synchronized int ran() {
            return ran;
        }
    }
}
