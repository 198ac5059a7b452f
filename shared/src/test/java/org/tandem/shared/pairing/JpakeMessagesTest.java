package org.tandem.shared.pairing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKECurves;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKEParticipant;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKERound1Payload;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKERound2Payload;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKERound3Payload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JpakeMessagesTest {
    private final JpakeMessages messages = new JpakeMessages();

    @Test
    void round1SurvivesTheWireAndStillVerifies() throws Exception {
        ECJPAKEParticipant alice = new ECJPAKEParticipant("tandem-technician", "193775".toCharArray());
        ECJPAKEParticipant bob = new ECJPAKEParticipant("tandem-customer", "193775".toCharArray());
        ECJPAKERound1Payload sent = alice.createRound1PayloadToSend();

        JpakeMessages.Round1 received = messages.decodeRound1(messages.encodeRound1(7, sent));

        assertEquals(7, received.protocolVersion());
        assertEquals("tandem-technician", received.payload().getParticipantId());
        assertEquals(sent.getGx1(), received.payload().getGx1());
        assertEquals(sent.getKnowledgeProofForX2().getr(), received.payload().getKnowledgeProofForX2().getr());
        bob.createRound1PayloadToSend();
        bob.validateRound1PayloadReceived(received.payload());
    }

    @Test
    void allThreeRoundsSurviveTheWireForAWholeExchange() throws Exception {
        ECJPAKEParticipant alice = new ECJPAKEParticipant("tandem-technician", "000001".toCharArray());
        ECJPAKEParticipant bob = new ECJPAKEParticipant("tandem-customer", "000001".toCharArray());
        ECJPAKERound1Payload a1 = alice.createRound1PayloadToSend();
        ECJPAKERound1Payload b1 = bob.createRound1PayloadToSend();
        alice.validateRound1PayloadReceived(messages.decodeRound1(messages.encodeRound1(1, b1)).payload());
        bob.validateRound1PayloadReceived(messages.decodeRound1(messages.encodeRound1(1, a1)).payload());
        ECJPAKERound2Payload a2 = alice.createRound2PayloadToSend();
        ECJPAKERound2Payload b2 = bob.createRound2PayloadToSend();
        byte[] ciphertext = filled(HybridKeyExchange.CIPHERTEXT_BYTES, 0x3C);
        JpakeMessages.Round2 fromBob = messages.decodeRound2(messages.encodeRound2(new JpakeMessages.Round2(b2, ciphertext)));
        JpakeMessages.Round2 fromAlice = messages.decodeRound2(messages.encodeRound2(new JpakeMessages.Round2(a2, new byte[0])));
        alice.validateRound2PayloadReceived(fromBob.payload());
        bob.validateRound2PayloadReceived(fromAlice.payload());
        assertArrayEquals(ciphertext, fromBob.ciphertext());
        assertEquals(0, fromAlice.ciphertext().length);
        BigInteger aliceKey = alice.calculateKeyingMaterial();
        BigInteger bobKey = bob.calculateKeyingMaterial();
        ECJPAKERound3Payload a3 = alice.createRound3PayloadToSend(aliceKey);
        ECJPAKERound3Payload b3 = bob.createRound3PayloadToSend(bobKey);

        byte[] confirmation = filled(JpakeMessages.CONFIRMATION_BYTES, 0x11);
        JpakeMessages.Round3 bobRound3 = messages.decodeRound3(messages.encodeRound3(new JpakeMessages.Round3(b3, confirmation)));

        alice.validateRound3PayloadReceived(bobRound3.payload(), aliceKey);
        bob.validateRound3PayloadReceived(messages.decodeRound3(messages.encodeRound3(round3(a3))).payload(), bobKey);
        assertEquals(aliceKey, bobKey);
        assertArrayEquals(confirmation, bobRound3.confirmation());
    }

    @Test
    void uncompressedPointsAreAcceptedAndReencodedCanonically() throws Exception {
        Round1Parts parts = Round1Parts.fromCustomer();
        byte[] canonical = parts.encode();
        parts.gx1 = uncompressed(parts.gx1);
        parts.v2 = uncompressed(parts.v2);

        JpakeMessages.Round1 decoded = messages.decodeRound1(parts.encode());

        assertArrayEquals(canonical, messages.encodeRound1(decoded.protocolVersion(), decoded.payload()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "-1", "255", "-128", "57896044618658097711785492504343953926634992332820282019728792003956564819967",
        "-57896044618658097711785492504343953926634992332820282019728792003956564819968"})
    void macTagsOfAnySignRoundTripInThirtyTwoBytes(String tag) throws Exception {
        ECJPAKERound3Payload payload = new ECJPAKERound3Payload("tandem-customer", new BigInteger(tag));

        byte[] encoded = messages.encodeRound3(round3(payload));

        assertEquals(1 + "tandem-customer".length() + 32 + 32, encoded.length);
        assertEquals(new BigInteger(tag), messages.decodeRound3(encoded).payload().getMacTag());
    }

    @Test
    void aMacTagWiderThanThirtyTwoBytesCannotBeEncoded() {
        ECJPAKERound3Payload payload = new ECJPAKERound3Payload("tandem-customer", BigInteger.ONE.shiftLeft(256));

        assertThrows(IllegalArgumentException.class, () -> messages.encodeRound3(round3(payload)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 17, 100, JpakeMessages.MAX_PAYLOAD + 1})
    void shortOrOversizePayloadsArePairingExceptions(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 0x21);

        assertThrows(PairingException.class, () -> messages.decodeRound1(bytes));
        assertThrows(PairingException.class, () -> messages.decodeRound2(bytes));
        assertThrows(PairingException.class, () -> messages.decodeRound3(bytes));
        assertThrows(PairingException.class, () -> messages.decodeKeyShare(bytes));
    }

    @Test
    void aRound3WithTrailingBytesIsRefused() {
        byte[] encoded = messages.encodeRound3(round3(new ECJPAKERound3Payload("tandem-customer", BigInteger.TEN)));

        assertThrows(PairingException.class, () -> messages.decodeRound3(Arrays.copyOf(encoded, encoded.length + 1)));
    }

    @Test
    void aRound3WithoutItsHybridConfirmationIsRefused() {
        byte[] encoded = messages.encodeRound3(round3(new ECJPAKERound3Payload("tandem-customer", BigInteger.TEN)));

        PairingException e = assertThrows(PairingException.class,
                () -> messages.decodeRound3(Arrays.copyOf(encoded, encoded.length - JpakeMessages.CONFIRMATION_BYTES)));
        assertTrue(e.getMessage().contains("cut short"), e.getMessage());
    }

    @Test
    void keySharesOfBothRolesSurviveTheWire() throws Exception {
        JpakeMessages.KeyShare technician = HybridKeyExchange.start(PairingRole.TECHNICIAN, new SecureRandom()).share();
        JpakeMessages.KeyShare customer = HybridKeyExchange.start(PairingRole.CUSTOMER, new SecureRandom()).share();

        byte[] technicianBytes = messages.encodeKeyShare(technician);
        JpakeMessages.KeyShare decoded = messages.decodeKeyShare(technicianBytes);

        assertEquals(32 + 2 + HybridKeyExchange.ENCAPSULATION_KEY_BYTES, technicianBytes.length);
        assertArrayEquals(technician.x25519PublicKey(), decoded.x25519PublicKey());
        assertArrayEquals(technician.encapsulationKey(), decoded.encapsulationKey());
        assertArrayEquals(customer.x25519PublicKey(), messages.decodeKeyShare(messages.encodeKeyShare(customer)).x25519PublicKey());
        assertEquals(32 + 2, messages.encodeKeyShare(customer).length);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 32, HybridKeyExchange.ENCAPSULATION_KEY_BYTES - 1, HybridKeyExchange.ENCAPSULATION_KEY_BYTES + 1})
    void aKeyShareWithAnEncapsulationKeyOfTheWrongLengthIsRefused(int length) {
        byte[] share = new byte[32 + 2 + length];
        share[32] = (byte) (length >>> 8);
        share[33] = (byte) length;

        PairingException e = assertThrows(PairingException.class, () -> messages.decodeKeyShare(share));
        assertTrue(e.getMessage().contains("ML-KEM-768 key of " + length + " bytes instead of 1184"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1000, HybridKeyExchange.CIPHERTEXT_BYTES - 1, HybridKeyExchange.CIPHERTEXT_BYTES + 1})
    void aRound2WithACiphertextOfTheWrongLengthIsRefused(int length) throws Exception {
        byte[] genuine = messages.encodeRound2(new JpakeMessages.Round2(customerRound2(), new byte[0]));
        byte[] spoiled = Arrays.copyOf(genuine, genuine.length + length);
        spoiled[genuine.length - 2] = (byte) (length >>> 8);
        spoiled[genuine.length - 1] = (byte) length;

        PairingException e = assertThrows(PairingException.class, () -> messages.decodeRound2(spoiled));
        assertTrue(e.getMessage().contains("ML-KEM-768 ciphertext of " + length + " bytes instead of 1088"), e.getMessage());
    }

    @Test
    void aCiphertextLongerThanItsLengthSaysIsRefused() throws Exception {
        byte[] genuine = messages.encodeRound2(new JpakeMessages.Round2(customerRound2(),
                new byte[HybridKeyExchange.CIPHERTEXT_BYTES]));

        PairingException e = assertThrows(PairingException.class, () -> messages.decodeRound2(Arrays.copyOf(genuine, genuine.length + 1)));
        assertTrue(e.getMessage().contains("trailing"), e.getMessage());
        assertThrows(PairingException.class, () -> messages.decodeRound2(Arrays.copyOf(genuine, genuine.length - 1)));
    }

    @Test
    void aRound2WithAnInvalidPointIsRefused() throws Exception {
        ECJPAKEParticipant alice = new ECJPAKEParticipant("tandem-technician", "193775".toCharArray());
        ECJPAKEParticipant bob = new ECJPAKEParticipant("tandem-customer", "193775".toCharArray());
        bob.createRound1PayloadToSend();
        bob.validateRound1PayloadReceived(alice.createRound1PayloadToSend());
        byte[] encoded = messages.encodeRound2(new JpakeMessages.Round2(bob.createRound2PayloadToSend(), new byte[0]));
        int pointStart = 1 + "tandem-customer".length() + 1;
        encoded[pointStart] = 0x07;

        assertThrows(PairingException.class, () -> messages.decodeRound2(encoded));
    }

    @Test
    void aNullPayloadIsAPairingException() {
        assertThrows(PairingException.class, () -> messages.decodeRound1(null));
    }

    private static ECJPAKERound2Payload customerRound2() throws Exception {
        ECJPAKEParticipant alice = new ECJPAKEParticipant("tandem-technician", "193775".toCharArray());
        ECJPAKEParticipant bob = new ECJPAKEParticipant("tandem-customer", "193775".toCharArray());
        bob.createRound1PayloadToSend();
        bob.validateRound1PayloadReceived(alice.createRound1PayloadToSend());
        return bob.createRound2PayloadToSend();
    }

    private static JpakeMessages.Round3 round3(ECJPAKERound3Payload payload) {
        return new JpakeMessages.Round3(payload, new byte[JpakeMessages.CONFIRMATION_BYTES]);
    }

    private static byte[] filled(int size, int value) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static byte[] uncompressed(byte[] compressed) {
        return ECJPAKECurves.NIST_P256.getCurve().decodePoint(compressed).getEncoded(false);
    }
}
