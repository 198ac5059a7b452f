package org.tandem.shared.wire;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordReaderTest {
    private static final int MAX = RecordReader.MAX_PLAINTEXT;

    static Stream<Arguments> sizesAndCiphers() {
        List<Arguments> cases = new ArrayList<>();
        for (int size : new int[] {0, 1, 2, 1000, MAX - 1, MAX}) {
            cases.add(arguments(size, "unprotected", (Supplier<RecordCipher>) UnprotectedRecordCipher::new));
            cases.add(arguments(size, "checksum", (Supplier<RecordCipher>) CountingChecksumRecordCipher::new));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} bytes, {1} cipher")
    @MethodSource("sizesAndCiphers")
    void readsBackWhatTheWriterWrote(int size, String name, Supplier<RecordCipher> cipher) throws Exception {
        byte[] plaintext = noise(size, size);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        new RecordWriter(wire, cipher.get()).write(plaintext);

        RecordReader reader = new RecordReader(new ByteArrayInputStream(wire.toByteArray()), cipher.get());

        assertArrayEquals(plaintext, reader.read().orElseThrow());
        assertEquals(Optional.empty(), reader.read());
    }

    @Test
    void readsManyRecordsInOrderThenEndsCleanly() throws Exception {
        List<byte[]> sent = new ArrayList<>();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        RecordWriter writer = new RecordWriter(wire, new CountingChecksumRecordCipher());
        for (int i = 0; i < 50; i++) {
            byte[] plaintext = noise(i * 37, i);
            sent.add(plaintext);
            writer.write(plaintext);
        }

        RecordReader reader = new RecordReader(new ByteArrayInputStream(wire.toByteArray()), new CountingChecksumRecordCipher());

        for (byte[] expected : sent) {
            assertArrayEquals(expected, reader.read().orElseThrow());
        }
        assertEquals(Optional.empty(), reader.read());
        assertEquals(Optional.empty(), reader.read(), "the end stays the end");
    }

    @Test
    void readsRecordsThatArriveOneByteAtATime() throws Exception {
        byte[] first = noise(5000, 1);
        byte[] second = noise(3, 2);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        RecordWriter writer = new RecordWriter(wire, new UnprotectedRecordCipher());
        writer.write(first);
        writer.write(second);

        RecordReader reader = new RecordReader(new TricklingInputStream(wire.toByteArray()), new UnprotectedRecordCipher());

        assertArrayEquals(first, reader.read().orElseThrow());
        assertArrayEquals(second, reader.read().orElseThrow());
        assertEquals(Optional.empty(), reader.read());
    }

    @Test
    void emptyStreamReadsAsAnEndBetweenRecords() throws Exception {
        RecordReader reader = new RecordReader(new ByteArrayInputStream(new byte[0]), new UnprotectedRecordCipher());

        assertEquals(Optional.empty(), reader.read());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void streamEndingInsideTheHeaderIsRefused(int headerBytes) {
        RecordReader reader = reader(Arrays.copyOf(new byte[] {0, 0, 0, 8}, headerBytes));

        RecordException e = assertThrows(RecordException.class, reader::read);
        assertTrue(e.getMessage().contains("header"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 9})
    void streamEndingInsideTheRecordIsRefused(int bodyBytes) {
        byte[] wire = new byte[4 + bodyBytes];
        wire[3] = 10;

        RecordException e = assertThrows(RecordException.class, () -> reader(wire).read());
        assertTrue(e.getMessage().contains("inside a record"), e.getMessage());
    }

    static Stream<Arguments> oversizeLengths() {
        return Stream.of(
                arguments(MAX + 1L),
                arguments(MAX + 1000L),
                arguments(0x7FFF_FFFFL),
                arguments(0x8000_0000L),
                arguments(0xFFFF_FFFFL));
    }

    @ParameterizedTest
    @MethodSource("oversizeLengths")
    void refusesALengthOverTheLimitWithoutReadingTheRecord(long length) {
        byte[] body = noise(64, 3);
        ByteArrayInputStream in = new ByteArrayInputStream(concat(header(length), body));

        RecordException e = assertThrows(RecordException.class, () -> new RecordReader(in, new UnprotectedRecordCipher()).read());

        assertTrue(e.getMessage().contains("over the"), e.getMessage());
        assertEquals(body.length, in.available(), "the reader went on reading after an oversize length");
    }

    @ParameterizedTest
    @ValueSource(longs = {0x7FFF_FFFFL, 0xFFFF_FFFFL})
    void refusesAHugeLengthWithoutAllocatingIt(long length) throws Exception {
        com.sun.management.ThreadMXBean threads = allocationCounter();
        RecordReader reader = reader(concat(header(length), new byte[16]));
        assertThrows(RecordException.class, reader::read); // warm up: load classes, link call sites

        reader = reader(concat(header(length), new byte[16]));
        RecordReader cold = reader;
        long before = threads.getCurrentThreadAllocatedBytes();
        assertThrows(RecordException.class, cold::read);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertTrue(allocated < MAX, "refusing the record allocated " + allocated + " bytes");
    }

    @Test
    void theLimitMakesRoomForTheCiphersOverhead() throws Exception {
        // A full plaintext takes MAX + 1 bytes on the wire with this cipher: allowed. One more is not.
        byte[] wire = concat(header(MAX + 2L), new byte[MAX + 2]);

        RecordException e = assertThrows(RecordException.class,
                () -> new RecordReader(new ByteArrayInputStream(wire), new CountingChecksumRecordCipher()).read());
        assertTrue(e.getMessage().contains((MAX + 1) + "-byte limit"), e.getMessage());
    }

    @Test
    void aRecordTheCipherRefusesIsNotHandedOn() {
        RecordException refusal = new RecordException("bad tag");
        RecordCipher refusing = new RecordCipher() {
            @Override
            public byte[] seal(byte[] plaintext) {
                return plaintext;
            }

            @Override
            public byte[] open(byte[] record) throws RecordException {
                throw refusal;
            }

            @Override
            public int overhead() {
                return 0;
            }
        };
        RecordReader reader = new RecordReader(new ByteArrayInputStream(new byte[] {0, 0, 0, 1, 42}), refusing);

        assertSame(refusal, assertThrows(RecordException.class, reader::read));
    }

    @Test
    void everyFlippedBitInARecordIsCaughtByTheCipher() throws Exception {
        byte[] wire = sealedRecords(noise(20, 4));
        List<Executable> checks = new ArrayList<>();
        for (int bit = 4 * 8; bit < wire.length * 8; bit++) {
            byte[] corrupted = wire.clone();
            corrupted[bit / 8] ^= (byte) (1 << (bit % 8));
            int flipped = bit;
            checks.add(() -> {
                RecordReader reader = new RecordReader(new ByteArrayInputStream(corrupted), new CountingChecksumRecordCipher());
                RecordException e = assertThrows(RecordException.class, reader::read, "bit " + flipped);
                assertTrue(e.getMessage().contains("failed its check"), e.getMessage());
            });
        }
        assertAll(checks);
    }

    @Test
    void aReplayedRecordIsCaughtByTheCipher() throws Exception {
        byte[] first = sealedRecords(noise(10, 5));
        RecordReader reader = new RecordReader(new ByteArrayInputStream(concat(first, first)), new CountingChecksumRecordCipher());

        assertArrayEquals(noise(10, 5), reader.read().orElseThrow());
        assertThrows(RecordException.class, reader::read);
    }

    @Test
    void recordsOutOfOrderAreCaughtByTheCipher() throws Exception {
        byte[] both = sealedRecords(noise(10, 6), noise(12, 7));
        int firstLength = 4 + 10 + 1;
        byte[] swapped = concat(Arrays.copyOfRange(both, firstLength, both.length), Arrays.copyOf(both, firstLength));

        RecordReader reader = new RecordReader(new ByteArrayInputStream(swapped), new CountingChecksumRecordCipher());

        assertThrows(RecordException.class, reader::read);
    }

    @Test
    void anEmptyRecordTooShortForTheCipherIsRefused() {
        RecordReader reader = new RecordReader(new ByteArrayInputStream(header(0)), new CountingChecksumRecordCipher());

        assertThrows(RecordException.class, reader::read);
    }

    private static byte[] sealedRecords(byte[]... plaintexts) throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        RecordWriter writer = new RecordWriter(wire, new CountingChecksumRecordCipher());
        for (byte[] plaintext : plaintexts) {
            writer.write(plaintext);
        }
        return wire.toByteArray();
    }

    private static RecordReader reader(byte[] wire) {
        return new RecordReader(new ByteArrayInputStream(wire), new UnprotectedRecordCipher());
    }

    private static byte[] header(long length) {
        return new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] noise(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static com.sun.management.ThreadMXBean allocationCounter() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "this JVM cannot count allocated bytes");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "this JVM cannot count allocated bytes");
        return threads;
    }

    /** A peer whose bytes arrive one at a time. */
    private static final class TricklingInputStream extends FilterInputStream {
        TricklingInputStream(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1));
        }
    }
}
