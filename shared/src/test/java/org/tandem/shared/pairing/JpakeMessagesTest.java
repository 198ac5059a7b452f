package org.tandem.shared.pairing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
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
        alice.validateRound2PayloadReceived(messages.decodeRound2(messages.encodeRound2(b2)));
        bob.validateRound2PayloadReceived(messages.decodeRound2(messages.encodeRound2(a2)));
        BigInteger aliceKey = alice.calculateKeyingMaterial();
        BigInteger bobKey = bob.calculateKeyingMaterial();
        ECJPAKERound3Payload a3 = alice.createRound3PayloadToSend(aliceKey);
        ECJPAKERound3Payload b3 = bob.createRound3PayloadToSend(bobKey);

        alice.validateRound3PayloadReceived(messages.decodeRound3(messages.encodeRound3(b3)), aliceKey);
        bob.validateRound3PayloadReceived(messages.decodeRound3(messages.encodeRound3(a3)), bobKey);
        assertEquals(aliceKey, bobKey);
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

        byte[] encoded = messages.encodeRound3(payload);

        assertEquals(1 + "tandem-customer".length() + 32, encoded.length);
        assertEquals(new BigInteger(tag), messages.decodeRound3(encoded).getMacTag());
    }

    @Test
    void aMacTagWiderThanThirtyTwoBytesCannotBeEncoded() {
        ECJPAKERound3Payload payload = new ECJPAKERound3Payload("tandem-customer", BigInteger.ONE.shiftLeft(256));

        assertThrows(IllegalArgumentException.class, () -> messages.encodeRound3(payload));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 17, 100, JpakeMessages.MAX_PAYLOAD + 1})
    void shortOrOversizePayloadsArePairingExceptions(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 0x21);

        assertThrows(PairingException.class, () -> messages.decodeRound1(bytes));
        assertThrows(PairingException.class, () -> messages.decodeRound2(bytes));
        assertThrows(PairingException.class, () -> messages.decodeRound3(bytes));
    }

    @Test
    void aRound3WithTrailingBytesIsRefused() {
        byte[] encoded = messages.encodeRound3(new ECJPAKERound3Payload("tandem-customer", BigInteger.TEN));

        assertThrows(PairingException.class, () -> messages.decodeRound3(Arrays.copyOf(encoded, encoded.length + 1)));
    }

    @Test
    void aRound2WithAnInvalidPointIsRefused() throws Exception {
        ECJPAKEParticipant alice = new ECJPAKEParticipant("tandem-technician", "193775".toCharArray());
        ECJPAKEParticipant bob = new ECJPAKEParticipant("tandem-customer", "193775".toCharArray());
        bob.createRound1PayloadToSend();
        bob.validateRound1PayloadReceived(alice.createRound1PayloadToSend());
        byte[] encoded = messages.encodeRound2(bob.createRound2PayloadToSend());
        int pointStart = 1 + "tandem-customer".length() + 1;
        encoded[pointStart] = 0x07;

        assertThrows(PairingException.class, () -> messages.decodeRound2(encoded));
    }

    @Test
    void aNullPayloadIsAPairingException() {
        assertThrows(PairingException.class, () -> messages.decodeRound1(null));
    }

    private static byte[] uncompressed(byte[] compressed) {
        return ECJPAKECurves.NIST_P256.getCurve().decodePoint(compressed).getEncoded(false);
    }
}
