package org.tandem.shared.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.message.SessionMessageCodec;
import org.tandem.shared.wire.RecordReader;
import org.tandem.shared.wire.UnprotectedRecordCipher;
import org.tandem.shared.testing.Waiting;
import java.time.Duration;

/**
 * Writers of one channel take turns in the order they came: a side streaming screen updates as fast
 * as credits allow must not keep its heartbeat, its acknowledgements or the technician's request for
 * control waiting behind it. (On a loaded two-core machine a lock that lets the streaming thread take
 * it back at once kept the acknowledgements out for 20 s, and the other side ended the session for
 * 4,096 unacknowledged messages.)
 */
class SessionChannelFairnessTest {
    private static final long WAIT_SECONDS = 10;

    @RepeatedTest(5)
    void aWriterThatWaitsGoesBeforeTheWriterThatJustWroteComesBack() throws Exception {
        HeldOutput out = new HeldOutput();
        SessionChannel channel = new SessionChannel(InputStream.nullInputStream(), out, () -> { },
                new UnprotectedRecordCipher(), new UnprotectedRecordCipher());
        try {
            Thread streaming = new Thread(() -> {
                sendQuietly(channel, update(1)); // held inside the write until released
                sendQuietly(channel, update(3)); // comes straight back for the next one
            }, "streaming");
            streaming.start();
            assertTrue(out.entered.await(WAIT_SECONDS, TimeUnit.SECONDS), "the first write began");

            Thread heartbeat = new Thread(() -> sendQuietly(channel, update(2)), "heartbeat");
            heartbeat.start();
            Waiting.untilWaiting(heartbeat, "the second writer waits for its turn", Duration.ofSeconds(WAIT_SECONDS));

            out.release.countDown();
            streaming.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            heartbeat.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));

            assertEquals(List.of(1, 2, 3), sequenceOf(out.bytes()), "written in the order the writers came");
        } finally {
            out.release.countDown();
            channel.close();
        }
    }

    private static ScreenUpdate update(int seq) {
        return new ScreenUpdate(seq, 64, 64, true, seq == 1, 1, new byte[] {(byte) seq});
    }

    private static void sendQuietly(SessionChannel channel, SessionMessage message) {
        try {
            channel.send(message);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Integer> sequenceOf(byte[] written) throws Exception {
        RecordReader reader = new RecordReader(new ByteArrayInputStream(written), new UnprotectedRecordCipher());
        SessionMessageCodec codec = new SessionMessageCodec();
        List<Integer> order = new ArrayList<>();
        for (var record = reader.read(); record.isPresent(); record = reader.read()) {
            if (codec.decode(record.get()) instanceof ScreenUpdate update) {
                order.add(update.frameSeq());
            }
        }
        return order;
    }

    /** Keeps the first write waiting until released; records everything written. */
    private static final class HeldOutput extends OutputStream {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final ByteArrayOutputStream written = new ByteArrayOutputStream();
        private boolean held;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            synchronized (this) {
                written.write(b, off, len);
            }
            if (!held) {
                held = true;
                entered.countDown();
                try {
                    release.await(WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        }

        synchronized byte[] bytes() {
            return written.toByteArray();
        }
    }
}
