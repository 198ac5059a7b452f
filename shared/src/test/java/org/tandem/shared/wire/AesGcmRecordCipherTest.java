package org.tandem.shared.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AesGcmRecordCipherTest {
    private static final byte[] KEY = filled(32, 0x11);
    private static final byte[] OTHER_KEY = filled(32, 0x22);
    private static final byte[] NONCE_BASE = filled(12, 0x33);
    private static final String DIRECTION = "technician to customer";
    private static final byte[] HELLO = "hello, customer".getBytes(StandardCharsets.UTF_8);

    private final AesGcmRecordCipher sender = new AesGcmRecordCipher(KEY, NONCE_BASE, DIRECTION);
    private final AesGcmRecordCipher receiver = new AesGcmRecordCipher(KEY, NONCE_BASE, DIRECTION);

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 15, 16, 17, 1000, RecordReader.MAX_PLAINTEXT})
    void roundTripsAnyPlaintextIncludingEmpty(int size) throws RecordException {
        byte[] plaintext = new byte[size];
        Arrays.fill(plaintext, (byte) 'x');

        byte[] sealed = sender.seal(plaintext);

        assertEquals(size + sender.overhead(), sealed.length);
        assertArrayEquals(plaintext, receiver.open(sealed));
    }

    @Test
    void overheadIsTheTag() {
        assertEquals(16, sender.overhead());
    }

    @Test
    void theSamePlaintextSealsDifferentlyEachTime() throws RecordException {
        byte[] first = sender.seal(HELLO);
        byte[] second = sender.seal(HELLO);

        assertFalse(Arrays.equals(first, second));
        assertArrayEquals(HELLO, receiver.open(first));
        assertArrayEquals(HELLO, receiver.open(second));
    }

    @Test
    void theCiphertextDoesNotContainThePlaintext() {
        byte[] sealed = sender.seal(HELLO);

        assertEquals(-1, indexOf(sealed, HELLO));
    }

    static IntStream everyByteOfASealedRecord() {
        return IntStream.range(0, HELLO.length + 16);
    }

    @ParameterizedTest
    @MethodSource("everyByteOfASealedRecord")
    void flippingAnyByteFailsTheIntegrityCheck(int index) {
        byte[] sealed = sender.seal(HELLO);
        sealed[index] ^= 0x01;

        RecordException e = assertThrows(RecordException.class, () -> receiver.open(sealed));
        assertEquals(AesGcmRecordCipher.INTEGRITY_FAILURE, e.getMessage());
    }

    @Test
    void aReplayedRecordIsRefused() throws RecordException {
        byte[] sealed = sender.seal(HELLO);
        receiver.open(sealed);

        RecordException e = assertThrows(RecordException.class, () -> receiver.open(sealed));
        assertEquals(AesGcmRecordCipher.INTEGRITY_FAILURE, e.getMessage());
    }

    @Test
    void reorderedRecordsAreRefused() {
        byte[] first = sender.seal("first".getBytes(StandardCharsets.UTF_8));
        byte[] second = sender.seal("second".getBytes(StandardCharsets.UTF_8));

        assertThrows(RecordException.class, () -> receiver.open(second));
        assertThrows(RecordException.class, () -> receiver.open(first));
    }

    @Test
    void aDroppedRecordMakesTheNextOneFail() {
        sender.seal("lost on the way".getBytes(StandardCharsets.UTF_8));
        byte[] next = sender.seal(HELLO);

        assertThrows(RecordException.class, () -> receiver.open(next));
    }

    @Test
    void afterOneFailureEveryLaterRecordIsRefused() {
        byte[] first = sender.seal(HELLO);
        byte[] second = sender.seal(HELLO);
        byte[] tampered = first.clone();
        tampered[0] ^= 1;

        assertThrows(RecordException.class, () -> receiver.open(tampered));
        assertThrows(RecordException.class, () -> receiver.open(first));
        assertThrows(RecordException.class, () -> receiver.open(second));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 15})
    void aRecordShorterThanATagIsRefused(int size) {
        assertThrows(RecordException.class, () -> receiver.open(new byte[size]));
    }

    @Test
    void theOtherDirectionsKeyCannotOpenARecord() {
        AesGcmRecordCipher otherDirection = new AesGcmRecordCipher(OTHER_KEY, NONCE_BASE, "customer to technician");

        assertThrows(RecordException.class, () -> otherDirection.open(sender.seal(HELLO)));
    }

    @Test
    void aRecordReflectedToItsSenderFailsEvenUnderTheSameKey() {
        AesGcmRecordCipher reflected = new AesGcmRecordCipher(KEY, NONCE_BASE, "customer to technician");

        assertThrows(RecordException.class, () -> reflected.open(sender.seal(HELLO)));
    }

    @Test
    void aDifferentNonceBaseCannotOpenARecord() {
        AesGcmRecordCipher otherBase = new AesGcmRecordCipher(KEY, filled(12, 0x34), DIRECTION);

        assertThrows(RecordException.class, () -> otherBase.open(sender.seal(HELLO)));
    }

    @Test
    void theCounterIsXoredIntoTheLastEightBytesBigEndian() throws RecordException {
        // Record 1 under base B must equal record 0 under base B ^ 1 (last byte): proves the layout.
        byte[] base = NONCE_BASE.clone();
        byte[] shifted = NONCE_BASE.clone();
        shifted[11] ^= 1;
        AesGcmRecordCipher counting = new AesGcmRecordCipher(KEY, base, DIRECTION);
        counting.seal(HELLO);
        byte[] recordOne = counting.seal(HELLO);

        assertArrayEquals(HELLO, new AesGcmRecordCipher(KEY, shifted, DIRECTION).open(recordOne));
    }

    @Test
    void sealingRefusesOnceTheCounterIsUsedUp() throws RecordException {
        AesGcmRecordCipher nearlyDone = new AesGcmRecordCipher(KEY, NONCE_BASE, DIRECTION, -2L);
        AesGcmRecordCipher nearlyDoneReceiver = new AesGcmRecordCipher(KEY, NONCE_BASE, DIRECTION, -2L);

        byte[] last = nearlyDone.seal(HELLO);
        assertArrayEquals(HELLO, nearlyDoneReceiver.open(last));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> nearlyDone.seal(HELLO));
        assertTrue(e.getMessage().contains("start a new session"));
        assertThrows(RecordException.class, () -> nearlyDoneReceiver.open(last));
    }

    @Test
    void keysAndNoncesOfTheWrongSizeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AesGcmRecordCipher(new byte[16], NONCE_BASE, DIRECTION));
        assertThrows(IllegalArgumentException.class, () -> new AesGcmRecordCipher(KEY, new byte[8], DIRECTION));
    }

    @Test
    void toStringNamesTheDirectionButNotTheKey() {
        assertTrue(sender.toString().contains(DIRECTION));
        assertNotEquals(-1, sender.toString().indexOf("AesGcm"));
    }

    private static byte[] filled(int size, int value) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
