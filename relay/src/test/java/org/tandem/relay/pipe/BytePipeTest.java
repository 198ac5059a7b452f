package org.tandem.relay.pipe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BytePipeTest {

    @Test
    void copiesBothWaysAndClosesBothEndsWhenBothInputsEnded() {
        FakeEnd technician = new FakeEnd("to customer");
        FakeEnd customer = new FakeEnd("to technician");
        BytePipe pipe = new BytePipe(technician, customer, 4);

        pipe.pump(technician, -1);
        assertFalse(pipe.isClosed(), "the other direction is still open");
        pipe.pump(customer, -1);

        assertEquals("to customer", customer.received());
        assertEquals("to technician", technician.received());
        assertTrue(technician.outputFinished && customer.outputFinished, "each end got the end of data");
        assertEquals(1, technician.closes.get());
        assertEquals(1, customer.closes.get());
        assertEquals(11, pipe.bytesFrom(technician));
    }

    @Test
    void firstByteGoesAheadOfTheRest() {
        FakeEnd technician = new FakeEnd("ello");
        FakeEnd customer = new FakeEnd("");
        BytePipe pipe = new BytePipe(technician, customer, 1024);

        pipe.pump(technician, 'h');

        assertEquals("hello", customer.received());
    }

    @Test
    void anEndThatLeftClosesThePipeOnceItsDataIsDelivered() {
        FakeEnd technician = new FakeEnd("bye");
        FakeEnd customer = new FakeEnd("never read");
        BytePipe pipe = new BytePipe(technician, customer, 1024);

        pipe.gone(technician);
        assertFalse(pipe.isClosed(), "what the technician sent is not delivered yet");
        pipe.pump(technician, -1);

        assertEquals("bye", customer.received());
        assertTrue(pipe.isClosed());
        assertEquals(1, customer.closes.get());
    }

    @Test
    void aFailedWriteClosesBothEnds() {
        FakeEnd technician = new FakeEnd("data");
        FakeEnd customer = new FakeEnd("");
        customer.failWrites = true;
        BytePipe pipe = new BytePipe(technician, customer, 1024);

        pipe.pump(technician, -1);

        assertTrue(pipe.isClosed());
        assertEquals(1, technician.closes.get());
        assertFalse(customer.outputFinished);
    }

    @Test
    void writingToAnEndThatLeftStillLetsItsOwnDataThrough() {
        FakeEnd technician = new FakeEnd("late reply");
        FakeEnd customer = new FakeEnd("last words");
        customer.failWrites = true;
        BytePipe pipe = new BytePipe(technician, customer, 1024);
        pipe.gone(customer);

        pipe.pump(technician, -1);
        assertFalse(pipe.isClosed(), "the customer's last words are still on their way");
        pipe.pump(customer, -1);

        assertEquals("last words", technician.received());
        assertTrue(pipe.isClosed());
    }

    @Test
    void closeIsIdempotent() {
        FakeEnd a = new FakeEnd("");
        FakeEnd b = new FakeEnd("");
        BytePipe pipe = new BytePipe(a, b, 16);

        pipe.close();
        pipe.close();

        assertEquals(1, a.closes.get());
        assertEquals(1, b.closes.get());
    }

    @Test
    void refusesAnEndThatIsNotPartOfIt() {
        BytePipe pipe = new BytePipe(new FakeEnd(""), new FakeEnd(""), 16);

        assertThrows(IllegalArgumentException.class, () -> pipe.pump(new FakeEnd(""), -1));
    }

    @Test
    void copiesBinaryDataUnchanged() {
        byte[] data = new byte[70_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        FakeEnd technician = new FakeEnd(data);
        FakeEnd customer = new FakeEnd(new byte[0]);

        new BytePipe(technician, customer, 8192).pump(technician, -1);

        assertArrayEquals(data, customer.sink.toByteArray());
    }

    private static final class FakeEnd implements BytePipe.End {
        final InputStream source;
        final ByteArrayOutputStream sink = new ByteArrayOutputStream();
        final AtomicInteger closes = new AtomicInteger();
        boolean outputFinished;
        boolean failWrites;

        FakeEnd(String sends) {
            this(sends.getBytes(StandardCharsets.UTF_8));
        }

        FakeEnd(byte[] sends) {
            this.source = new ByteArrayInputStream(sends);
        }

        String received() {
            return sink.toString(StandardCharsets.UTF_8);
        }

        @Override
        public InputStream input() {
            return source;
        }

        @Override
        public OutputStream output() {
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (failWrites) {
                        throw new IOException("channel closed");
                    }
                    sink.write(b, off, len);
                }
            };
        }

        @Override
        public void finishOutput() {
            outputFinished = true;
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }
}
