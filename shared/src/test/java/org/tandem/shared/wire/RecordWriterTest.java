package org.tandem.shared.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordWriterTest {
    private static final long TIMEOUT_SECONDS = 10;

    private final ByteArrayOutputStream wire = new ByteArrayOutputStream();

    @Test
    void framesARecordAsABigEndianLengthAndTheRecord() throws Exception {
        new RecordWriter(wire, new UnprotectedRecordCipher()).write(new byte[] {1, 2, 3});

        assertArrayEquals(new byte[] {0, 0, 0, 3, 1, 2, 3}, wire.toByteArray());
    }

    @Test
    void putsTheSealedRecordOnTheWireAndCountsItsOverheadInTheLength() throws Exception {
        byte[] plaintext = new byte[300];
        Arrays.fill(plaintext, (byte) 'p');

        new RecordWriter(wire, new CountingChecksumRecordCipher()).write(plaintext);

        byte[] bytes = wire.toByteArray();
        assertArrayEquals(new byte[] {0, 0, 0x01, 0x2D}, Arrays.copyOf(bytes, 4), "301 = 300 + 1 byte of overhead");
        assertEquals(4 + 301, bytes.length);
        assertEquals((byte) ('p' ^ 0x5A), bytes[4], "the record is sealed, not plaintext");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, RecordReader.MAX_PLAINTEXT})
    void writesEveryPlaintextSizeUpToTheLimit(int size) throws Exception {
        new RecordWriter(wire, new UnprotectedRecordCipher()).write(new byte[size]);

        byte[] bytes = wire.toByteArray();
        assertEquals(4 + size, bytes.length);
        assertEquals(size, (bytes[0] & 0xFF) << 24 | (bytes[1] & 0xFF) << 16 | (bytes[2] & 0xFF) << 8 | (bytes[3] & 0xFF));
    }

    @Test
    void refusesAPlaintextOverTheLimitBeforeSealingOrWritingAnything() {
        CountingChecksumRecordCipher cipher = new CountingChecksumRecordCipher();
        RecordWriter writer = new RecordWriter(wire, cipher);

        RecordException e = assertThrows(RecordException.class,
                () -> writer.write(new byte[RecordReader.MAX_PLAINTEXT + 1]));

        assertTrue(e.getMessage().contains("limit"), e.getMessage());
        assertEquals(0, wire.size());
        assertEquals(0, cipher.sealedCount());
    }

    @Test
    void eachRecordIsFlushedToTheWire() throws Exception {
        BufferedOutputStream buffered = new BufferedOutputStream(wire, 1 << 20);

        new RecordWriter(buffered, new UnprotectedRecordCipher()).write(new byte[] {9});

        assertEquals(5, wire.size());
    }

    @Test
    void recordsFromConcurrentWritersArriveWholeAndInSealingOrder() throws Exception {
        int threads = 4;
        int recordsEach = 200;
        RecordWriter writer = new RecordWriter(wire, new CountingChecksumRecordCipher());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                byte id = (byte) t;
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 1; i <= recordsEach; i++) {
                        byte[] record = new byte[i * 7];
                        Arrays.fill(record, id);
                        writer.write(record);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        // The reader's cipher checks the record counter, so a record whose sealing and writing were
        // split by another thread's would fail to open here.
        RecordReader reader = new RecordReader(new ByteArrayInputStream(wire.toByteArray()), new CountingChecksumRecordCipher());
        int[] nextLength = new int[threads];
        Arrays.fill(nextLength, 7);
        Optional<byte[]> record;
        int total = 0;
        while ((record = reader.read()).isPresent()) {
            byte[] bytes = record.get();
            int id = bytes[0];
            for (byte b : bytes) {
                assertEquals(id, b, "record mixes bytes of two writers");
            }
            assertEquals(nextLength[id], bytes.length, "records of one writer out of order");
            nextLength[id] += 7;
            total++;
        }
        assertEquals(threads * recordsEach, total);
    }
}
