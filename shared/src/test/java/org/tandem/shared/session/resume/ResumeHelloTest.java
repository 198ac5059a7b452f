package org.tandem.shared.session.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.session.SessionEnding;

class ResumeHelloTest {
    private final ResumeHello hello = new ResumeHello(6, PairingRole.CUSTOMER, nonce(3), 41);

    @Test
    void aHelloSurvivesItsWireForm() throws ResumeException {
        assertEquals(hello, ResumeHello.decode(hello.encode()));
        assertEquals(ResumeHello.BYTES, hello.encode().length);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, ResumeHello.BYTES - 1, ResumeHello.BYTES + 1})
    void aHelloOfAnotherLengthIsRefused(int length) {
        assertThrows(ResumeException.class, () -> ResumeHello.decode(new byte[length]));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 8})
    void aChangedMagicOrRoleIsRefusedAsInvalidData(int position) {
        byte[] bytes = hello.encode();
        bytes[position] = (byte) 0x7F;

        ResumeException refused = assertThrows(ResumeException.class, () -> ResumeHello.decode(bytes));

        assertEquals(SessionEnding.INVALID_DATA, refused.ending());
    }

    @Test
    void aNegativeSequenceNumberIsRefused() {
        byte[] bytes = hello.encode();
        bytes[ResumeHello.BYTES - Long.BYTES] = (byte) 0x80;

        assertThrows(ResumeException.class, () -> ResumeHello.decode(bytes));
    }

    @Test
    void randomBytesAreEitherAHelloOrARefusalNeverACrash() {
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = hello.encode();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            try {
                assertEquals(ResumeHello.BYTES, ResumeHello.decode(bytes).encode().length);
            } catch (ResumeException expected) {
                assertEquals(SessionEnding.INVALID_DATA, expected.ending());
            }
        }
    }

    private static byte[] nonce(int seed) {
        byte[] nonce = new byte[ResumeHello.NONCE_BYTES];
        new Random(seed).nextBytes(nonce);
        return nonce;
    }
}
