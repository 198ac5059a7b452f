package org.tandem.relay.pipe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.sshd.common.future.CloseFuture;
import org.apache.sshd.common.future.DefaultCloseFuture;
import org.apache.sshd.common.future.SshFutureListener;
import org.apache.sshd.common.io.AbstractIoWriteFuture;
import org.apache.sshd.common.io.IoOutputStream;
import org.apache.sshd.common.io.IoWriteFuture;
import org.apache.sshd.common.util.buffer.Buffer;
import org.junit.jupiter.api.Test;

class AsyncPipeTest {
    private final FakeEnd technician = new FakeEnd();
    private final FakeEnd customer = new FakeEnd();
    private final AsyncPipe pipe = new AsyncPipe(technician, customer);

    @Test
    void bytesCrossAndTheSendersWindowIsReleasedOnlyOnceTheyWereWrittenOn() {
        pipe.forward(technician, "hello".getBytes(), 0, 5);

        assertEquals(0, technician.released, "nothing released while the write is pending");
        assertEquals(5, customer.out.pendingBytes());

        customer.out.completeAll();

        assertArrayEquals("hello".getBytes(), customer.out.written.toByteArray());
        assertEquals(5, technician.released);
        assertEquals(5, pipe.bytesFrom(technician));
    }

    @Test
    void aSlowReaderHoldsEverythingQueuedUntilItsWritesComplete() {
        for (int i = 0; i < 10; i++) {
            pipe.forward(customer, new byte[1000], 0, 1000);
        }

        assertEquals(1, technician.out.pending.size(), "one write at a time");
        assertEquals(10_000, technician.writer().queuedBytes());
        assertEquals(0, customer.released);

        technician.out.completeAll();

        assertEquals(10_000, customer.released);
        assertEquals(10_000, technician.out.written.size());
        assertEquals(0, technician.writer().queuedBytes());
        assertTrue(technician.out.writes <= 2, "what queued meanwhile went out merged: " + technician.out.writes);
    }

    @Test
    void theEndOfOneInputIsPassedOnAfterTheLastBytes() {
        pipe.forward(technician, "bye".getBytes(), 0, 3);
        pipe.inputEnded(technician);

        assertFalse(customer.endOfData, "not before the bytes went out");
        customer.out.completeAll();
        assertTrue(customer.endOfData);
        assertFalse(pipe.isClosed(), "the other direction is still open");
    }

    @Test
    void whenOneEndGoesTheOtherIsClosedOnceWhatWasSentToItWentOut() {
        pipe.forward(technician, "last".getBytes(), 0, 4);
        pipe.gone(technician);

        assertFalse(customer.closed);
        customer.out.completeAll();

        assertTrue(customer.closed);
        assertTrue(technician.closed);
        assertTrue(pipe.isClosed());
    }

    @Test
    void aFailedWriteClosesThePipe() {
        pipe.forward(technician, "x".getBytes(), 0, 1);

        customer.out.failAll();

        assertTrue(pipe.isClosed());
        assertEquals(0, technician.released);
    }

    @Test
    void theCallersArrayIsCopied() {
        byte[] data = "abc".getBytes();
        pipe.forward(technician, data, 0, 3);
        data[0] = 'z';
        customer.out.completeAll();

        assertArrayEquals("abc".getBytes(), customer.out.written.toByteArray());
    }

    @Test
    void anEndThatIsNotPartOfThePipeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> pipe.forward(new FakeEnd(), new byte[1], 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new AsyncPipe(technician, technician));
    }

    private final class FakeEnd implements AsyncPipe.End {
        final FakeOut out = new FakeOut();
        final ChannelWriter writer = new ChannelWriter(out, new ChannelWriter.Target() {
            @Override
            public void endOfData() {
                endOfData = true;
            }

            @Override
            public void failed(IOException e) {
                pipe.close();
            }
        });
        long released;
        boolean closed;
        boolean endOfData;

        @Override
        public ChannelWriter writer() {
            return writer;
        }

        @Override
        public void releaseWindow(int bytes) {
            released += bytes;
        }

        @Override
        public void closeEnd() {
            closed = true;
        }
    }

    /** Writes complete when the test says so, as an SSH channel's do when the peer's window opens. */
    private static final class FakeOut implements IoOutputStream {
        final Deque<Pending> pending = new ArrayDeque<>();
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        int writes;

        @Override
        public IoWriteFuture writeBuffer(Buffer buffer) {
            if (!pending.isEmpty()) {
                throw new IllegalStateException("a write is pending already");
            }
            writes++;
            Pending write = new Pending(buffer.getCompactData());
            pending.add(write);
            return write;
        }

        int pendingBytes() {
            return pending.stream().mapToInt(p -> p.data.length).sum();
        }

        void completeAll() {
            while (!pending.isEmpty()) {
                Pending write = pending.poll();
                written.writeBytes(write.data);
                write.setValue(Boolean.TRUE);
            }
        }

        void failAll() {
            while (!pending.isEmpty()) {
                pending.poll().setValue(new IOException("channel closed"));
            }
        }

        @Override
        public CloseFuture close(boolean immediately) {
            DefaultCloseFuture future = new DefaultCloseFuture(this, null);
            future.setClosed();
            return future;
        }

        @Override
        public void addCloseFutureListener(SshFutureListener<CloseFuture> listener) {
        }

        @Override
        public void removeCloseFutureListener(SshFutureListener<CloseFuture> listener) {
        }

        @Override
        public boolean isClosed() {
            return false;
        }

        @Override
        public boolean isClosing() {
            return false;
        }
    }

    private static final class Pending extends AbstractIoWriteFuture {
        final byte[] data;

        Pending(byte[] data) {
            super("test", null);
            this.data = data;
        }
    }
}
