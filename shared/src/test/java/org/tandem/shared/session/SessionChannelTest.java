package org.tandem.shared.session;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ControlMessage.Role;
import org.tandem.shared.message.FrameCredit;
import org.tandem.shared.message.InputBatch;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.message.SessionMessageCodec;
import org.tandem.shared.wire.RecordReader;
import org.tandem.shared.wire.RecordWriter;
import org.tandem.shared.wire.UnprotectedRecordCipher;

class SessionChannelTest {
    private static final long TIMEOUT_SECONDS = 10;
    private static final AtomicInteger THREAD_NAMES = new AtomicInteger();

    private final List<AutoCloseable> cleanup = new ArrayList<>();

    @AfterEach
    void closeEverything() throws Exception {
        for (AutoCloseable c : cleanup) {
            c.close();
        }
    }

    // ---- a healthy session ----

    @Test
    void messagesArriveInOrderInBothDirections() throws Exception {
        Ends ends = connectedPair();
        List<SessionMessage> toTechnician = new ArrayList<>();
        toTechnician.add(new ControlMessage.Hello(1, Role.CUSTOMER, "Ana"));
        toTechnician.add(new ControlMessage.ScreenShareStarted(640, 480));
        for (int seq = 0; seq < 100; seq++) {
            toTechnician.add(new ScreenUpdate(seq, 640, 480, seq % 3 == 2, seq == 0, 1, new byte[] {(byte) seq, 0, 0}));
        }
        toTechnician.add(ControlMessage.ScreenShareStopped.byCustomer("Paused"));
        List<SessionMessage> toCustomer = List.of(
                new ControlMessage.Hello(1, Role.TECHNICIAN, "Bo"),
                new FrameCredit(2),
                InputBatch.of(1, new InputEvent.KeyStroke(org.tandem.shared.input.Key.DOWN, true)),
                new ControlMessage.ScreenRefresh());

        for (SessionMessage m : toTechnician) {
            ends.customer.send(m);
        }
        for (SessionMessage m : toCustomer) {
            ends.technician.send(m);
        }

        assertEquals(describe(toTechnician), describe(ends.technicianHears.take(toTechnician.size())));
        assertEquals(describe(toCustomer), describe(ends.customerHears.take(toCustomer.size())));
        assertTrue(ends.customer.isOpen());
        assertTrue(ends.technician.isOpen());
    }

    @Test
    void closingOneSideEndsBothSidesOnceAndThePipeClosingWithoutAGoodbyeIsALostConnection() throws Exception {
        Ends ends = connectedPair();

        ends.customer.close(SessionEnding.CUSTOMER_ENDED);

        assertEquals(new SessionEndReason(SessionEnding.CUSTOMER_ENDED), ends.customerHears.awaitEnd());
        assertFalse(SessionEnding.CUSTOMER_ENDED.failure());
        // A side that ends says so first (the logbook sends session-end); a bare close is a lost connection.
        assertEquals(new SessionEndReason(SessionEnding.CONNECTION_LOST), ends.technicianHears.awaitEnd());
        assertFalse(ends.customer.isOpen());
        assertFalse(ends.technician.isOpen());

        ends.awaitReadersGone();
        ends.customer.close();
        ends.technician.close(SessionEnding.TECHNICIAN_ENDED);
        assertEquals(1, ends.customerHears.endings());
        assertEquals(1, ends.technicianHears.endings());
    }

    @Test
    void closingBothSidesAtOnceStillEndsEachSideExactlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        cleanup.add(pool::shutdownNow);
        for (int round = 0; round < 25; round++) {
            Ends ends = connectedPair();
            CountDownLatch go = new CountDownLatch(1);
            Future<?> customerCloses = pool.submit(() -> {
                go.await();
                ends.customer.close(SessionEnding.CUSTOMER_ENDED);
                return null;
            });
            Future<?> technicianCloses = pool.submit(() -> {
                go.await();
                ends.technician.close(SessionEnding.TECHNICIAN_ENDED);
                return null;
            });

            go.countDown();
            customerCloses.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            technicianCloses.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            ends.customerHears.awaitEnd();
            ends.technicianHears.awaitEnd();
            ends.awaitReadersGone();

            assertEquals(1, ends.customerHears.endings(), "round " + round);
            assertEquals(1, ends.technicianHears.endings(), "round " + round);
        }
    }

    @Test
    void messagesSentJustBeforeClosingStillArrive() throws Exception {
        Ends ends = connectedPair();

        ends.customer.send(ControlMessage.ScreenShareStopped.byCustomer("Stopping"));
        ends.customer.send(new ControlMessage.SessionEnd("Thanks, bye"));
        ends.customer.close();

        ends.technicianHears.awaitEnd();
        assertEquals(List.of(ControlMessage.ScreenShareStopped.byCustomer("Stopping"), new ControlMessage.SessionEnd("Thanks, bye")),
                ends.technicianHears.receivedSoFar());
    }

    // ---- hostile peers ----

    static Stream<Arguments> hostileBytes() {
        return Stream.of(
                arguments("a length prefix of 2 GiB", bytes(0x7F, 0xFF, 0xFF, 0xFF), false, "over the"),
                arguments("a length prefix of 4 GiB - 1", bytes(0xFF, 0xFF, 0xFF, 0xFF), false, "over the"),
                arguments("a record one byte over the limit", header(RecordReader.MAX_PLAINTEXT + 1), false, "over the"),
                arguments("an unknown message kind", record(9, 1, 2, 3), false, "Unknown message kind 9"),
                arguments("an empty record", header(0), false, "Empty message"),
                arguments("JSON that is not a control message", record(concat(bytes(1), "{\"type\":\"take-over\"}".getBytes(UTF_8))),
                        false, "Malformed control message"),
                arguments("a screen update cut short", record(2, 0, 0), false, "cut short"),
                arguments("a screen update for a screen 0 pixels wide", screenUpdateOfWidth(0), false, "out of range"),
                arguments("a record cut off by the connection closing", concat(header(10), bytes(1, 2, 3)), true, "inside a record"),
                arguments("a header cut off by the connection closing", bytes(0, 0), true, "record header"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBytes")
    void garbageFromThePeerEndsTheSessionAsInvalidDataAndTellsThePeer(String name, byte[] garbage, boolean thenClose,
            String problem) throws Exception {
        Pipe toTechnician = pipe();
        Pipe fromTechnician = pipe();
        Listener technicianHears = new Listener();
        SessionChannel technician = channel(toTechnician.in, fromTechnician.out);
        String reader = start(technician, technicianHears);
        new RecordWriter(toTechnician.out, new UnprotectedRecordCipher())
                .write(new SessionMessageCodec().encode(new ControlMessage.Numbered(1, new ControlMessage.Hello(1, Role.CUSTOMER, "Ana"))));

        toTechnician.out.write(garbage);
        toTechnician.out.flush();
        if (thenClose) {
            toTechnician.out.close();
        }

        SessionEndReason reason = technicianHears.awaitEnd();
        // The parser's own words are for the app log; a person reads the catalog's.
        assertEquals(new SessionEndReason(SessionEnding.INVALID_DATA), reason, problem);
        assertTrue(reason.failure());
        assertEquals(List.of(new ControlMessage.SessionEnd("", SessionEnding.INVALID_DATA.code())),
                readAll(fromTechnician), "the sender is told why before the pipe closes");
        assertEquals(List.of(new ControlMessage.Hello(1, Role.CUSTOMER, "Ana")), technicianHears.receivedSoFar(),
                "what came before the garbage is delivered, nothing after");
        awaitGone(reader);
        assertEquals(1, technicianHears.endings());
        assertFalse(technician.isOpen());
        assertThrows(IOException.class, () -> technician.send(new FrameCredit(1)));
    }

    @Test
    void aListenerThatRefusesAMessageEndsTheSessionWithItsReason() throws Exception {
        CountDownLatch allSent = new CountDownLatch(1);
        Listener technicianHears = new Listener(message -> {
            if (message instanceof FrameCredit) {
                awaitQuietly(allSent); // so the customer's last send cannot meet an already closed pipe
                throw new ProtocolException("The customer sent the technician a frame credit");
            }
        });
        Ends ends = connectedPair(new Listener(), technicianHears);

        ends.customer.send(new ControlMessage.Hello(1, Role.CUSTOMER, "Ana"));
        ends.customer.send(new FrameCredit(1));
        ends.customer.send(new ControlMessage.SessionEnd("never read"));
        allSent.countDown();

        SessionEndReason reason = technicianHears.awaitEnd();
        assertEquals(new SessionEndReason(SessionEnding.INVALID_DATA), reason);
        awaitGone(ends.technicianReader);
        assertEquals(List.of(new ControlMessage.Hello(1, Role.CUSTOMER, "Ana"), new FrameCredit(1)),
                technicianHears.receivedSoFar(), "nothing is delivered after the refusal");
        ends.customerHears.awaitEnd();
        assertFalse(ends.customer.isOpen());
        assertEquals(List.of(new ControlMessage.SessionEnd("", SessionEnding.INVALID_DATA.code())),
                ends.customerHears.receivedSoFar(), "the other side hears why before the pipe closes");
    }

    @Test
    void aListenerThatFailsEndsTheSessionAsAFailure() throws Exception {
        Listener technicianHears = new Listener(message -> {
            throw new IllegalStateException("viewer crashed");
        });
        Ends ends = connectedPair(new Listener(), technicianHears);

        ends.customer.send(new FrameCredit(1));

        SessionEndReason reason = technicianHears.awaitEnd();
        assertEquals(new SessionEndReason(SessionEnding.FAULT), reason, "raw exception text reached a person");
        assertTrue(reason.failure());
        awaitGone(ends.technicianReader);
        assertEquals(1, technicianHears.endings());
        ends.customerHears.awaitEnd();
        assertEquals(List.of(new ControlMessage.SessionEnd("", SessionEnding.FAULT.code())),
                ends.customerHears.receivedSoFar(), "the other side hears why before the pipe closes");
    }

    // ---- sending ----

    @Test
    void sendingAfterClosingThrows() throws Exception {
        Ends ends = connectedPair();
        ends.customer.close();

        assertThrows(IOException.class, () -> ends.customer.send(new FrameCredit(1)));
    }

    @Test
    void sendingAfterThePeerEndedThrows() throws Exception {
        Ends ends = connectedPair();
        ends.customer.close();
        ends.technicianHears.awaitEnd();

        assertThrows(IOException.class, () -> ends.technician.send(new FrameCredit(1)));
        assertEquals(1, ends.technicianHears.endings());
    }

    @Test
    void aSendThatFailsOnThePipeEndsTheSessionAsAFailure() throws Exception {
        Pipe toCustomer = pipe();
        Pipe fromCustomer = pipe();
        fromCustomer.in.close(); // nobody reads what the customer writes
        Listener customerHears = new Listener();
        SessionChannel customer = channel(toCustomer.in, fromCustomer.out);
        start(customer, customerHears);

        assertThrows(IOException.class, () -> customer.send(new FrameCredit(1)));

        SessionEndReason reason = customerHears.awaitEnd();
        assertEquals(new SessionEndReason(SessionEnding.CONNECTION_LOST), reason);
        assertTrue(reason.failure());
        assertFalse(customer.isOpen());
    }

    @Test
    void anEndFoundWhileSendingIsToldOutsideTheWriteLockSoTheListenerMayWaitForAnotherWriter() throws Exception {
        Pipe toCustomer = pipe();
        Pipe fromCustomer = pipe(); // nobody reads it: the technician's side never acknowledges anything
        UnprotectedRecordCipher plain = new UnprotectedRecordCipher();
        SessionChannel customer = new SessionChannel(new ChannelLink(toCustomer.in, fromCustomer.out, () -> { }, plain,
                plain), SessionChannel.HEARTBEAT_EVERY, SessionChannel.SILENCE_LIMIT, new ControlOutbox(1, 1 << 20));
        cleanup.add(customer);
        CompletableFuture<SessionEndReason> ended = new CompletableFuture<>();
        CompletableFuture<Boolean> otherWriterGotThrough = new CompletableFuture<>();
        customer.start(new SessionListener() {
            @Override
            public void received(SessionMessage message) {
            }

            @Override
            public void ended(SessionEndReason reason) {
                // As a session's listener may: wait for its own lock, held by a thread that is about to write.
                CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
                    try {
                        customer.resume(InputStream.nullInputStream(), OutputStream.nullOutputStream(), () -> { },
                                plain, plain, 0);
                    } catch (IOException expected) {
                        // the session has ended: refused once the write lock is had
                    }
                });
                try {
                    other.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    otherWriterGotThrough.complete(true);
                } catch (Exception e) {
                    otherWriterGotThrough.complete(false);
                }
                ended.complete(reason);
            }
        }, "customer-reader");

        customer.send(new ControlMessage.ChatSent("1", "kept until acknowledged"));
        assertThrows(IOException.class, () -> customer.send(new ControlMessage.ChatSent("2", "one too many")));

        assertEquals(new SessionEndReason(SessionEnding.STOPPED_ANSWERING), ended.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        assertTrue(otherWriterGotThrough.get(), "the end was told while the sender held the write lock");
    }

    // ---- heartbeat ----

    private static final Duration BEAT = Duration.ofMillis(50);
    private static final Duration SILENCE = Duration.ofMillis(400);

    @Test
    void aPeerThatFallsSilentEndsTheSessionWithinTheLimit() throws Exception {
        Pipe toCustomer = pipe();
        Pipe fromCustomer = pipe();
        Listener customerHears = new Listener();
        // The technician's side is frozen: it never writes and never reads (a stopped relay looks like this).
        SessionChannel customer = new SessionChannel(toCustomer.in, fromCustomer.out, () -> { }, new UnprotectedRecordCipher(),
                new UnprotectedRecordCipher(), BEAT, SILENCE);
        cleanup.add(customer);
        start(customer, customerHears);

        SessionEndReason reason = customerHears.ended.get(5, TimeUnit.SECONDS);
        assertEquals(new SessionEndReason(SessionEnding.STOPPED_ANSWERING), reason);
        assertTrue(reason.failure());
    }

    @Test
    void aSessionEndedForSilenceTellsItsListenerOnAThreadThatCanStillWriteTheJournal() throws Exception {
        Pipe toCustomer = pipe();
        Pipe fromCustomer = pipe();
        CompletableFuture<Boolean> interruptedWhenTold = new CompletableFuture<>();
        Listener customerHears = new Listener() {
            @Override
            public void ended(SessionEndReason reason) {
                // An interrupted thread cannot write a file channel: the journal's end would be lost.
                interruptedWhenTold.complete(Thread.currentThread().isInterrupted());
                super.ended(reason);
            }
        };
        SessionChannel customer = new SessionChannel(toCustomer.in, fromCustomer.out, () -> { }, new UnprotectedRecordCipher(),
                new UnprotectedRecordCipher(), BEAT, SILENCE);
        cleanup.add(customer);
        start(customer, customerHears);

        assertFalse(interruptedWhenTold.get(5, TimeUnit.SECONDS), "the listener heard the end on an interrupted thread");
    }

    @Test
    void heartbeatsKeepAQuietSessionOpenAndNeverReachTheListener() throws Exception {
        Pipe toTechnician = pipe();
        Pipe toCustomer = pipe();
        Listener customerHears = new Listener();
        Listener technicianHears = new Listener();
        SessionChannel customer = new SessionChannel(toCustomer.in, toTechnician.out, () -> { },
                new UnprotectedRecordCipher(), new UnprotectedRecordCipher(), BEAT, SILENCE);
        SessionChannel technician = new SessionChannel(toTechnician.in, toCustomer.out, () -> { },
                new UnprotectedRecordCipher(), new UnprotectedRecordCipher(), BEAT, SILENCE);
        cleanup.add(customer);
        cleanup.add(technician);
        start(customer, customerHears);
        start(technician, technicianHears);

        // Three silence limits with nothing said but heartbeats.
        assertThrows(java.util.concurrent.TimeoutException.class,
                () -> customerHears.ended.get(SILENCE.toMillis() * 3, TimeUnit.MILLISECONDS));
        assertTrue(customer.isOpen() && technician.isOpen());
        assertTrue(customerHears.received.isEmpty() && technicianHears.received.isEmpty(),
                "a heartbeat reached a listener");
        SessionChannel.Quality quality = customer.quality();
        assertTrue(quality.roundTrip().isPresent(), "the heartbeats timed the round trip");
        assertTrue(quality.roundTrip().get().compareTo(SILENCE) < 0, quality.toString());
        assertTrue(quality.bytesSent() > 0 && quality.bytesReceived() > 0, quality.toString());
    }

    @Test
    void aChannelStartsOnlyOnce() throws Exception {
        Ends ends = connectedPair();

        assertThrows(IllegalStateException.class, () -> ends.customer.start(new Listener(), "second reader"));
    }

    // ---- plumbing ----

    /** Both ends of one session, joined by two in-memory pipes. */
    private record Ends(SessionChannel customer, Listener customerHears, String customerReader,
                        SessionChannel technician, Listener technicianHears, String technicianReader) {
        void awaitReadersGone() throws InterruptedException {
            awaitGone(customerReader);
            awaitGone(technicianReader);
        }
    }

    private Ends connectedPair() throws IOException {
        return connectedPair(new Listener(), new Listener());
    }

    private Ends connectedPair(Listener customerHears, Listener technicianHears) throws IOException {
        Pipe toTechnician = pipe();
        Pipe toCustomer = pipe();
        SessionChannel customer = channel(toCustomer.in, toTechnician.out);
        SessionChannel technician = channel(toTechnician.in, toCustomer.out);
        String customerReader = start(customer, customerHears);
        String technicianReader = start(technician, technicianHears);
        return new Ends(customer, customerHears, customerReader, technician, technicianHears, technicianReader);
    }

    private SessionChannel channel(PipedInputStream in, PipedOutputStream out) {
        Closeable pipe = () -> {
            try (in; out) {
                // closes both
            }
        };
        SessionChannel channel = new SessionChannel(in, out, pipe, new UnprotectedRecordCipher(), new UnprotectedRecordCipher());
        cleanup.add(channel);
        return channel;
    }

    private static String start(SessionChannel channel, Listener listener) {
        String name = "session-reader-" + THREAD_NAMES.incrementAndGet();
        channel.start(listener, name);
        return name;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertTrue(latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitGone(String threadName) throws InterruptedException {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals(threadName)) {
                thread.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
                assertFalse(thread.isAlive(), threadName + " is still running");
            }
        }
    }

    private record Pipe(PipedOutputStream out, PipedInputStream in) {}

    /** Every message written into a pipe until it closed, unwrapped from its number; heartbeats and acknowledgements left out. */
    private static List<SessionMessage> readAll(Pipe pipe) throws IOException {
        RecordReader reader = new RecordReader(pipe.in, new UnprotectedRecordCipher());
        SessionMessageCodec codec = new SessionMessageCodec();
        List<SessionMessage> messages = new ArrayList<>();
        for (var record = reader.read(); record.isPresent(); record = reader.read()) {
            SessionMessage message = codec.decode(record.get());
            if (message instanceof ControlMessage.Numbered numbered) {
                messages.add(numbered.message());
            } else if (!(message instanceof ControlMessage.Heartbeat || message instanceof ControlMessage.Acknowledged)) {
                messages.add(message);
            }
        }
        return messages;
    }

    private Pipe pipe() throws IOException {
        PipedOutputStream out = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(out, 1 << 20);
        cleanup.add(in);
        cleanup.add(out);
        return new Pipe(out, in);
    }

    /** What one end hears; calls arrive on its reader thread. */
    private static class Listener implements SessionListener {
        interface Reaction {
            void to(SessionMessage message) throws ProtocolException;
        }

        private final Reaction reaction;
        private final BlockingQueue<SessionMessage> received = new LinkedBlockingQueue<>();
        private final List<SessionMessage> all = new CopyOnWriteArrayList<>();
        private final CompletableFuture<SessionEndReason> ended = new CompletableFuture<>();
        private final AtomicInteger endings = new AtomicInteger();

        Listener() {
            this(message -> {});
        }

        Listener(Reaction reaction) {
            this.reaction = reaction;
        }

        @Override
        public void received(SessionMessage message) throws ProtocolException {
            all.add(message);
            received.add(message);
            reaction.to(message);
        }

        @Override
        public void ended(SessionEndReason reason) {
            endings.incrementAndGet();
            ended.complete(reason);
        }

        List<SessionMessage> take(int count) throws InterruptedException {
            List<SessionMessage> messages = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                SessionMessage message = received.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                assertNotNull(message, "message " + i + " of " + count + " did not arrive");
                messages.add(message);
            }
            return messages;
        }

        List<SessionMessage> receivedSoFar() {
            return List.copyOf(all);
        }

        SessionEndReason awaitEnd() throws Exception {
            return ended.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }

        int endings() {
            return endings.get();
        }
    }

    /** Messages as text, so screen updates (which hold byte arrays) compare by content. */
    private static List<String> describe(List<SessionMessage> messages) {
        return messages.stream().map(m -> {
            if (m instanceof ScreenUpdate u) {
                return "update " + u.frameSeq() + " " + u.screenWidth() + "x" + u.screenHeight() + " last=" + u.lastOfFrame()
                        + " new=" + u.newStream() + " rects=" + u.rectCount() + " " + HexFormat.of().formatHex(u.payload());
            }
            return m.toString();
        }).toList();
    }

    private static byte[] screenUpdateOfWidth(int width) {
        // A valid update of a 640x480 screen whose width is changed after encoding.
        byte[] message = new SessionMessageCodec().encode(new ScreenUpdate(0, 640, 480, true, true, 1, new byte[3]));
        message[5] = (byte) (width >>> 8);
        message[6] = (byte) width;
        return record(message);
    }

    private static byte[] header(int length) {
        return bytes(length >>> 24, length >>> 16, length >>> 8, length);
    }

    private static byte[] record(int... plaintext) {
        return record(bytes(plaintext));
    }

    private static byte[] record(byte[] plaintext) {
        return concat(header(plaintext.length), plaintext);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
