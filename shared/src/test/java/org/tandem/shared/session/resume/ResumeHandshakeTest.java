package org.tandem.shared.session.resume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.pairing.ResumeSecret;
import org.tandem.shared.session.SessionEnding;
import org.tandem.shared.wire.RecordException;

class ResumeHandshakeTest {
    private static final int VERSION = 6;
    private static final byte[] PLAINTEXT = "after the gap".getBytes(StandardCharsets.UTF_8);
    private final ResumeSecret secret = secret(0x11);

    @Test
    void bothSidesWithTheSecretResumeWithFreshKeysEachWay() throws Exception {
        Run run = Run.between(handshake(PairingRole.TECHNICIAN, secret, VERSION), 7,
                handshake(PairingRole.CUSTOMER, secret, VERSION), 4);
        ResumeHandshake.Resumed technician = run.technician.get(10, TimeUnit.SECONDS);
        ResumeHandshake.Resumed customer = run.customer.get(10, TimeUnit.SECONDS);

        assertArrayEquals(PLAINTEXT, customer.inbound().open(technician.outbound().seal(PLAINTEXT)));
        assertArrayEquals(PLAINTEXT, technician.inbound().open(customer.outbound().seal(PLAINTEXT)));
        assertEquals(4, technician.peerLastReceived(), "the technician learns what the customer received");
        assertEquals(7, customer.peerLastReceived(), "the customer learns what the technician received");
        assertThrows(RecordException.class, () -> technician.inbound().open(technician.outbound().seal(PLAINTEXT)),
                "a record reflected to its sender does not open");
    }

    @Test
    void twoResumesOfOneSessionNeverShareKeys() throws Exception {
        ResumeHandshake.Resumed first = Run.between(handshake(PairingRole.TECHNICIAN, secret, VERSION), 0,
                handshake(PairingRole.CUSTOMER, secret, VERSION), 0).technician.get(10, TimeUnit.SECONDS);
        Run again = Run.between(handshake(PairingRole.TECHNICIAN, secret, VERSION), 0,
                handshake(PairingRole.CUSTOMER, secret, VERSION), 0);
        ResumeHandshake.Resumed second = again.customer.get(10, TimeUnit.SECONDS);

        byte[] sealedFirst = first.outbound().seal(PLAINTEXT);
        assertThrows(RecordException.class, () -> second.inbound().open(sealedFirst));
    }

    @Test
    void aSideWithoutTheSecretIsRefusedOnBothEnds() throws Exception {
        Run run = Run.between(handshake(PairingRole.TECHNICIAN, secret, VERSION), 0,
                handshake(PairingRole.CUSTOMER, secret(0x22), VERSION), 0);

        assertEquals(SessionEnding.INVALID_DATA, refusal(run.technician).ending());
        assertEquals(SessionEnding.INVALID_DATA, refusal(run.customer).ending());
    }

    @Test
    void anotherProtocolVersionEndsAsAVersionMismatch() throws Exception {
        Run run = Run.between(handshake(PairingRole.TECHNICIAN, secret, VERSION), 0,
                handshake(PairingRole.CUSTOMER, secret, VERSION - 1), 0);

        assertEquals(SessionEnding.VERSION_MISMATCH, refusal(run.technician).ending());
        assertEquals(SessionEnding.VERSION_MISMATCH, refusal(run.customer).ending());
    }

    @Test
    void aRelayReplayingTheCustomersEarlierHelloAndProofIsRefused() throws Exception {
        Run recorded = Run.between(handshake(PairingRole.TECHNICIAN, secret, VERSION), 0,
                handshake(PairingRole.CUSTOMER, secret, VERSION), 0);
        recorded.customer.get(10, TimeUnit.SECONDS);
        recorded.technician.get(10, TimeUnit.SECONDS);
        byte[] customerSaid = recorded.customerWrote.toByteArray();

        ResumeException replayed = assertThrows(ResumeException.class, () -> handshake(PairingRole.TECHNICIAN, secret, VERSION)
                .run(new ByteArrayInputStream(customerSaid), new ByteArrayOutputStream(), 0));

        assertEquals(SessionEnding.INVALID_DATA, replayed.ending());
    }

    @Test
    void aRelayReflectingASidesOwnHelloIsRefused() {
        ReflectingPipe mirror = new ReflectingPipe();

        ResumeException reflected = assertThrows(ResumeException.class,
                () -> handshake(PairingRole.CUSTOMER, secret, VERSION).run(mirror.in, mirror.out, 0));

        assertEquals(SessionEnding.INVALID_DATA, reflected.ending());
    }

    @Test
    void aRelayCannotForgeAProofWithoutTheSecret() throws Exception {
        // The relay plays the customer with every public value it has: the token, a well-formed hello, a guessed proof.
        byte[] forged = new byte[ResumeHello.BYTES + ResumeHandshake.PROOF_BYTES];
        byte[] hello = new ResumeHello(VERSION, PairingRole.CUSTOMER, new byte[ResumeHello.NONCE_BYTES], 0).encode();
        System.arraycopy(hello, 0, forged, 0, hello.length);
        byte[] token = secret.token().getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(token, 0, forged, hello.length, ResumeHandshake.PROOF_BYTES);

        ResumeException refused = assertThrows(ResumeException.class, () -> handshake(PairingRole.TECHNICIAN, secret, VERSION)
                .run(new ByteArrayInputStream(forged), new ByteArrayOutputStream(), 0));

        assertEquals(SessionEnding.INVALID_DATA, refused.ending());
    }

    @Test
    void aPipeEndingMidHandshakeIsAnIoFailureNotARefusal() {
        byte[] half = new byte[ResumeHello.BYTES / 2];

        IOException cut = assertThrows(IOException.class, () -> handshake(PairingRole.TECHNICIAN, secret, VERSION)
                .run(new ByteArrayInputStream(half), new ByteArrayOutputStream(), 0));

        assertEquals(java.io.EOFException.class, cut.getClass());
    }

    private static ResumeException refusal(CompletableFuture<ResumeHandshake.Resumed> side) throws Exception {
        ExecutionException failed = assertThrows(ExecutionException.class, () -> side.get(10, TimeUnit.SECONDS));
        return assertInstanceOf(ResumeException.class, failed.getCause());
    }

    private static ResumeHandshake handshake(PairingRole role, ResumeSecret secret, int version) {
        return new ResumeHandshake(role, secret, version, new SecureRandom());
    }

    static ResumeSecret secret(int fill) {
        byte[] bytes = new byte[ResumeSecret.SECRET_BYTES];
        java.util.Arrays.fill(bytes, (byte) fill);
        byte[] token = new byte[ResumeSecret.TOKEN_BYTES];
        java.util.Arrays.fill(token, (byte) 0x7A);
        return new ResumeSecret(bytes, token);
    }

    /** Both sides on threads of their own, over two pipes; what the customer wrote is kept. */
    private static final class Run {
        CompletableFuture<ResumeHandshake.Resumed> technician;
        CompletableFuture<ResumeHandshake.Resumed> customer;
        final ByteArrayOutputStream customerWrote = new ByteArrayOutputStream();

        static Run between(ResumeHandshake technician, long technicianReceived, ResumeHandshake customer,
                long customerReceived) throws IOException {
            Run run = new Run();
            PipedInputStream toCustomer = new PipedInputStream(4096);
            PipedInputStream toTechnician = new PipedInputStream(4096);
            OutputStream technicianOut = new PipedOutputStream(toCustomer);
            OutputStream customerOut = new Tee(new PipedOutputStream(toTechnician), run.customerWrote);
            run.technician = CompletableFuture.supplyAsync(() -> runQuietly(technician, toTechnician, technicianOut,
                    technicianReceived), ResumeHandshakeTest::ownThread);
            run.customer = CompletableFuture.supplyAsync(() -> runQuietly(customer, toCustomer, customerOut,
                    customerReceived), ResumeHandshakeTest::ownThread);
            return run;
        }

        private static ResumeHandshake.Resumed runQuietly(ResumeHandshake handshake, InputStream in, OutputStream out,
                long lastReceived) {
            try {
                return handshake.run(in, out, lastReceived);
            } catch (IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }
    }

    private static void ownThread(Runnable task) {
        Thread thread = new Thread(task, "resume-test");
        thread.setDaemon(true);
        thread.start();
    }

    /** Writes to a pipe and keeps a copy. */
    private static final class Tee extends OutputStream {
        private final OutputStream out;
        private final ByteArrayOutputStream copy;

        Tee(OutputStream out, ByteArrayOutputStream copy) {
            this.out = out;
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            synchronized (copy) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            synchronized (copy) {
                copy.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }

    /** A relay that sends every byte back to where it came from. */
    private static final class ReflectingPipe {
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        final OutputStream out = written;
        final InputStream in = new InputStream() {
            private int position;

            @Override
            public int read() {
                byte[] all = written.toByteArray();
                return position < all.length ? all[position++] & 0xFF : -1;
            }
        };
    }
}
