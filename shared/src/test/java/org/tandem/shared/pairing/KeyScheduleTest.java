package org.tandem.shared.pairing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.tandem.shared.wire.AesGcmRecordCipher;
import org.tandem.shared.wire.RecordException;

class KeyScheduleTest {
    private static final BigInteger KEYING_MATERIAL = new BigInteger("1234567890abcdef1234567890abcdef", 16);
    private static final byte[] ML_KEM_SECRET = filled(32, 0x4B);
    private static final byte[] X25519_SECRET = filled(32, 0x19);
    private static final byte[] TRANSCRIPT = filled(32, 0x5A);
    private static final byte[] PLAINTEXT = "plaintext".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSameInputsGiveTheSameKeysOnBothSides() throws RecordException {
        KeySchedule technician = derive(KEYING_MATERIAL, TRANSCRIPT);
        KeySchedule customer = derive(KEYING_MATERIAL, TRANSCRIPT);

        assertEquals(technician.checkString(), customer.checkString());
        byte[] sealed = technician.cipherFrom(PairingRole.TECHNICIAN).seal(PLAINTEXT);
        assertArrayEquals(PLAINTEXT, customer.cipherFrom(PairingRole.TECHNICIAN).open(sealed));
    }

    @Test
    void bothSidesDeriveTheSameResumeSecretAndAPublicTokenUnlikeIt() {
        ResumeSecret technician = derive(KEYING_MATERIAL, TRANSCRIPT).resumeSecret();
        ResumeSecret customer = derive(KEYING_MATERIAL, TRANSCRIPT).resumeSecret();

        assertArrayEquals(technician.secret(), customer.secret());
        assertEquals(technician.token(), customer.token());
        assertEquals(2 * ResumeSecret.TOKEN_BYTES, technician.token().length());
        String secretHex = java.util.HexFormat.of().formatHex(technician.secret());
        assertFalse(secretHex.contains(technician.token().substring(0, 8)), "the token is not a piece of the secret");
        byte[] otherTranscript = TRANSCRIPT.clone();
        otherTranscript[0] ^= 1;
        assertNotEquals(technician.token(), derive(KEYING_MATERIAL, otherTranscript).resumeSecret().token());
    }

    @Test
    void theTwoDirectionsHaveUnrelatedKeys() {
        KeySchedule keys = derive(KEYING_MATERIAL, TRANSCRIPT);

        byte[] sealed = keys.cipherFrom(PairingRole.TECHNICIAN).seal(PLAINTEXT);

        assertThrows(RecordException.class, () -> keys.cipherFrom(PairingRole.CUSTOMER).open(sealed));
    }

    @Test
    void aDifferentTranscriptGivesDifferentKeys() {
        KeySchedule one = derive(KEYING_MATERIAL, TRANSCRIPT);
        byte[] otherTranscript = TRANSCRIPT.clone();
        otherTranscript[31] ^= 1;
        KeySchedule other = derive(KEYING_MATERIAL, otherTranscript);

        byte[] sealed = one.cipherFrom(PairingRole.CUSTOMER).seal(PLAINTEXT);

        assertThrows(RecordException.class, () -> other.cipherFrom(PairingRole.CUSTOMER).open(sealed));
    }

    @Test
    void keysDifferWhenOnlyTheMlKemSecretDiffers() {
        byte[] otherMlKem = ML_KEM_SECRET.clone();
        otherMlKem[0] ^= 1;
        KeySchedule one = derive(KEYING_MATERIAL, TRANSCRIPT);
        KeySchedule other = KeySchedule.derive(KEYING_MATERIAL, otherMlKem, X25519_SECRET, TRANSCRIPT);

        byte[] sealed = one.cipherFrom(PairingRole.TECHNICIAN).seal(PLAINTEXT);

        assertThrows(RecordException.class, () -> other.cipherFrom(PairingRole.TECHNICIAN).open(sealed));
        assertNotEquals(one.checkString(), other.checkString());
        assertFalse(Arrays.equals(one.confirmation(PairingRole.CUSTOMER), other.confirmation(PairingRole.CUSTOMER)));
    }

    @Test
    void keysDifferWhenOnlyTheX25519SecretDiffers() {
        byte[] otherX25519 = X25519_SECRET.clone();
        otherX25519[31] ^= (byte) 0x80;
        KeySchedule one = derive(KEYING_MATERIAL, TRANSCRIPT);
        KeySchedule other = KeySchedule.derive(KEYING_MATERIAL, ML_KEM_SECRET, otherX25519, TRANSCRIPT);

        byte[] sealed = one.cipherFrom(PairingRole.CUSTOMER).seal(PLAINTEXT);

        assertThrows(RecordException.class, () -> other.cipherFrom(PairingRole.CUSTOMER).open(sealed));
        assertFalse(Arrays.equals(one.confirmation(PairingRole.TECHNICIAN), other.confirmation(PairingRole.TECHNICIAN)));
    }

    @Test
    void eachSenderHasItsOwnConfirmation() {
        KeySchedule keys = derive(KEYING_MATERIAL, TRANSCRIPT);

        assertEquals(32, keys.confirmation(PairingRole.TECHNICIAN).length);
        assertFalse(Arrays.equals(keys.confirmation(PairingRole.TECHNICIAN), keys.confirmation(PairingRole.CUSTOMER)));
        assertArrayEquals(keys.confirmation(PairingRole.CUSTOMER), derive(KEYING_MATERIAL, TRANSCRIPT).confirmation(PairingRole.CUSTOMER));
    }

    @Test
    void secretsOfTheWrongSizeAreABug() {
        assertThrows(IllegalArgumentException.class,
                () -> KeySchedule.derive(KEYING_MATERIAL, new byte[31], X25519_SECRET, TRANSCRIPT));
        assertThrows(IllegalArgumentException.class,
                () -> KeySchedule.derive(KEYING_MATERIAL, ML_KEM_SECRET, new byte[0], TRANSCRIPT));
    }

    @Test
    void theCheckStringIsSixGroupedDigitsAndFollowsTheKeys() {
        String check = derive(KEYING_MATERIAL, TRANSCRIPT).checkString();
        String other = derive(KEYING_MATERIAL.add(BigInteger.ONE), TRANSCRIPT).checkString();

        assertTrue(check.matches("[0-9]{3} [0-9]{3}"), check);
        assertNotEquals(check, other);
    }

    @Test
    void theCheckStringUsesAsciiDigitsWhateverTheLocale() {
        String expected = derive(KEYING_MATERIAL, TRANSCRIPT).checkString();
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            assertEquals(expected, derive(KEYING_MATERIAL, TRANSCRIPT).checkString());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theCheckStringIsHkdfSha256WithItsOwnLabel() throws Exception {
        // An independent HKDF (RFC 5869) on the JDK's HMAC pins the schedule's definition:
        // input key = J-PAKE key (32 bytes) | ML-KEM secret | X25519 secret, salt = transcript hash.
        byte[] pakeKey = new byte[32];
        byte[] raw = KEYING_MATERIAL.toByteArray();
        System.arraycopy(raw, 0, pakeKey, 32 - raw.length, raw.length);
        byte[] prk = hmac(TRANSCRIPT, concat(concat(pakeKey, ML_KEM_SECRET), X25519_SECRET));
        byte[] info = "tandem v2 check string".getBytes(StandardCharsets.US_ASCII);
        byte[] block = hmac(prk, concat(info, new byte[] {1}));
        long value = ByteBuffer.wrap(block, 0, 8).getLong();
        int digits = (int) Long.remainderUnsigned(value, 1_000_000);

        assertEquals(String.format(Locale.ROOT, "%03d %03d", digits / 1000, digits % 1000),
                derive(KEYING_MATERIAL, TRANSCRIPT).checkString());
    }

    @Test
    void directionLabelsNameSenderAndReceiver() {
        assertEquals("tandem v2 technician to customer", KeySchedule.directionLabel(PairingRole.TECHNICIAN));
        assertEquals("tandem v2 customer to technician", KeySchedule.directionLabel(PairingRole.CUSTOMER));
        AesGcmRecordCipher cipher = derive(KEYING_MATERIAL, TRANSCRIPT).cipherFrom(PairingRole.CUSTOMER);
        assertTrue(cipher.toString().contains("customer to technician"));
    }

    @Test
    void theConfirmationIsHkdfSha256WithItsOwnLabel() throws Exception {
        byte[] pakeKey = new byte[32];
        byte[] raw = KEYING_MATERIAL.toByteArray();
        System.arraycopy(raw, 0, pakeKey, 32 - raw.length, raw.length);
        byte[] prk = hmac(TRANSCRIPT, concat(concat(pakeKey, ML_KEM_SECRET), X25519_SECRET));
        byte[] info = "tandem v2 confirmation from customer".getBytes(StandardCharsets.US_ASCII);

        assertArrayEquals(hmac(prk, concat(info, new byte[] {1})), derive(KEYING_MATERIAL, TRANSCRIPT).confirmation(PairingRole.CUSTOMER));
    }

    private static KeySchedule derive(BigInteger keyingMaterial, byte[] transcript) {
        return KeySchedule.derive(keyingMaterial, ML_KEM_SECRET, X25519_SECRET, transcript);
    }

    private static byte[] hmac(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] filled(int size, int value) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
