package org.tandem.shared.pairing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.shared.pairing.Handshakes.CODE;
import static org.tandem.shared.pairing.Handshakes.failed;
import static org.tandem.shared.pairing.Handshakes.start;
import static org.tandem.shared.pairing.Handshakes.technician;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKECurves;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKEParticipant;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKERound2Payload;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKERound3Payload;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.shared.message.Protocol;

/** What a hostile relay or peer might send instead of a customer's round 1, and later rounds. */
class PairingHandshakeHostileInputTest {
    private static final JpakeMessages MESSAGES = new JpakeMessages();

    static Stream<Arguments> hostileFirstMessages() {
        return Stream.of(
                hostile("nothing at all", () -> new byte[0], "closed the connection"),
                hostile("a header cut short", () -> Arrays.copyOf(Round1Parts.fromCustomer().frame(1), 3),
                        "closed the connection"),
                hostile("a frame cut short", () -> {
                    byte[] frame = Round1Parts.fromCustomer().frame(1);
                    return Arrays.copyOf(frame, frame.length - 10);
                }, "inside a pairing message"),
                hostile("a 2 GiB frame", () -> new byte[] {0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1}, "limit"),
                hostile("a 4 GiB frame", () -> new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1}, "limit"),
                hostile("a frame one byte over the limit", () -> new byte[] {0, 0, 0x10, 0x01, 1}, "limit"),
                hostile("an empty frame", () -> new byte[] {0, 0, 0, 0, 1}, "limit"),
                hostile("round 2 instead of round 1", () -> Round1Parts.fromCustomer().frame(2), "Expected pairing message 1"),
                hostile("an unknown message type", () -> Round1Parts.fromCustomer().frame(0x7F), "got type 127"),
                hostile("a payload cut short inside its frame", () -> {
                    byte[] payload = Round1Parts.fromCustomer().encode();
                    return Round1Parts.frame(1, Arrays.copyOf(payload, payload.length - 1));
                }, "cut short"),
                hostile("trailing bytes", () -> {
                    byte[] payload = Round1Parts.fromCustomer().encode();
                    return Round1Parts.frame(1, Arrays.copyOf(payload, payload.length + 1));
                }, "trailing"),
                hostile("a garbage point", () -> spoiled(parts -> parts.gx1 = filled(33, 0x05)), "SEC1"),
                hostile("a point at infinity", () -> spoiled(parts -> parts.gx2 = new byte[] {0}), "SEC1"),
                hostile("a point of the wrong length", () -> spoiled(parts -> parts.gx1 = Arrays.copyOf(parts.gx1, 32)), "SEC1"),
                hostile("an x beyond the field", () -> spoiled(parts -> {
                    parts.gx1 = filled(33, 0xFF);
                    parts.gx1[0] = 0x02;
                }), "not on P-256"),
                hostile("a point not on the curve", () -> spoiled(parts -> parts.gx1 = offCurve(parts.gx1)), "not on P-256"),
                hostile("a proof point not on the curve", () -> spoiled(parts -> parts.v2 = offCurve(parts.v2)), "not on P-256"),
                hostile("a proof scalar above the group order", () -> spoiled(parts -> parts.r1 = filled(32, 0xFF)), "outside the group"),
                hostile("a forged proof", () -> spoiled(parts -> parts.r1[31] ^= 1), "did not verify"),
                hostile("swapped points", () -> spoiled(parts -> {
                    byte[] first = parts.gx1;
                    parts.gx1 = parts.gx2;
                    parts.gx2 = first;
                }), "did not verify"),
                hostile("an empty participant id", () -> spoiled(parts -> parts.id = new byte[0]), "participant id"),
                hostile("a participant id with control characters", () -> spoiled(parts -> parts.id = new byte[] {'a', 0x0A}),
                        "printable"),
                hostile("an unknown participant", () -> Round1Parts.genuine("mallory", CODE.secret()).frame(1),
                        "unexpected participant"),
                hostile("the technician's own id", () -> Round1Parts.genuine("tandem-technician", CODE.secret()).frame(1),
                        "reflecting"),
                hostile("protocol version 0", () -> spoiled(parts -> parts.version = 0), "version 0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFirstMessages")
    void aHostileFirstMessageIsAPairingFailure(String name, Supplier<byte[]> input, String reason) {
        PairingHandshake handshake = technician(CODE);

        PairingException e = assertThrows(PairingException.class,
                () -> handshake.run(new ByteArrayInputStream(input.get()), new ByteArrayOutputStream()));

        assertFalse(e.codeMismatch());
        assertTrue(e.getMessage().contains(reason), () -> name + ": " + e.getMessage());
    }

    @Test
    void aForgedRound2IsAPairingFailureNotACodeMismatch() throws Exception {
        MemoryPipe pipe = new MemoryPipe();
        CompletableFuture<PairingResult> tech = start(technician(CODE), pipe.first());
        ScriptedCustomer customer = new ScriptedCustomer(pipe.second());
        ECJPAKERound2Payload genuine = customer.exchangeRound1AndMakeRound2();
        ECPoint forgedA = ECJPAKECurves.NIST_P256.getG().multiply(BigInteger.valueOf(7)).normalize();

        customer.sendRound2(new ECJPAKERound2Payload(genuine.getParticipantId(), forgedA, genuine.getKnowledgeProofForX2s()));

        PairingException e = failed(tech);
        assertFalse(e.codeMismatch());
        assertTrue(e.getMessage().contains("did not verify"), e.getMessage());
    }

    @Test
    void aRound3FromSomeoneElseIsRefused() throws Exception {
        MemoryPipe pipe = new MemoryPipe();
        CompletableFuture<PairingResult> tech = start(technician(CODE), pipe.first());
        ScriptedCustomer customer = new ScriptedCustomer(pipe.second());
        customer.sendRound2(customer.exchangeRound1AndMakeRound2());
        customer.receive(HandshakeFrames.ROUND_2);

        customer.send(HandshakeFrames.ROUND_3, MESSAGES.encodeRound3(new JpakeMessages.Round3(
                new ECJPAKERound3Payload("mallory", BigInteger.ONE), new byte[JpakeMessages.CONFIRMATION_BYTES])));

        PairingException e = failed(tech);
        assertFalse(e.codeMismatch());
        assertTrue(e.getMessage().contains("unexpected participant"), e.getMessage());
    }

    @Test
    void anAlteredConfirmationReadsAsACodeMismatch() throws Exception {
        MemoryPipe pipe = new MemoryPipe();
        CompletableFuture<PairingResult> tech = start(technician(CODE), pipe.first());
        ScriptedCustomer customer = new ScriptedCustomer(pipe.second());
        customer.sendRound2(customer.exchangeRound1AndMakeRound2());
        customer.participant.validateRound2PayloadReceived(
                MESSAGES.decodeRound2(customer.receive(HandshakeFrames.ROUND_2)).payload());
        BigInteger key = customer.participant.calculateKeyingMaterial();
        BigInteger tag = customer.participant.createRound3PayloadToSend(key).getMacTag();

        customer.send(HandshakeFrames.ROUND_3, MESSAGES.encodeRound3(new JpakeMessages.Round3(
                new ECJPAKERound3Payload(PairingRole.CUSTOMER.participantId(), tag.add(BigInteger.ONE)),
                new byte[JpakeMessages.CONFIRMATION_BYTES])));

        PairingException e = failed(tech);
        assertTrue(e.codeMismatch());
        assertEquals("The code did not match", e.getMessage());
    }

    /** A customer driven step by step from the test, so each message can be spoiled. */
    private static final class ScriptedCustomer {
        final ECJPAKEParticipant participant =
                new ECJPAKEParticipant(PairingRole.CUSTOMER.participantId(), CODE.secret().toCharArray());
        final HybridKeyExchange hybrid = HybridKeyExchange.start(PairingRole.CUSTOMER, new SecureRandom());
        private final MemoryPipe.End end;

        ScriptedCustomer(MemoryPipe.End end) {
            this.end = end;
        }

        ECJPAKERound2Payload exchangeRound1AndMakeRound2() throws Exception {
            send(HandshakeFrames.ROUND_1, MESSAGES.encodeRound1(Protocol.VERSION, participant.createRound1PayloadToSend()));
            send(HandshakeFrames.KEY_SHARE, MESSAGES.encodeKeyShare(hybrid.share()));
            participant.validateRound1PayloadReceived(MESSAGES.decodeRound1(receive(HandshakeFrames.ROUND_1)).payload());
            hybrid.acceptPeerShare(MESSAGES.decodeKeyShare(receive(HandshakeFrames.KEY_SHARE)));
            return participant.createRound2PayloadToSend();
        }

        void sendRound2(ECJPAKERound2Payload payload) throws Exception {
            send(HandshakeFrames.ROUND_2, MESSAGES.encodeRound2(new JpakeMessages.Round2(payload, hybrid.encapsulation())));
        }

        void send(int type, byte[] payload) throws Exception {
            HandshakeFrames.write(end.out(), type, payload);
        }

        byte[] receive(int type) throws Exception {
            return HandshakeFrames.read(end.in(), type);
        }
    }

    private static Arguments hostile(String name, Supplier<byte[]> input, String reason) {
        return Arguments.of(name, input, reason);
    }

    private static byte[] spoiled(Consumer<Round1Parts> spoil) {
        Round1Parts parts = Round1Parts.fromCustomer();
        spoil.accept(parts);
        return parts.frame(HandshakeFrames.ROUND_1);
    }

    /** The same x with y moved by one: an uncompressed encoding that fails the curve equation. */
    private static byte[] offCurve(byte[] compressed) {
        ECPoint point = ECJPAKECurves.NIST_P256.getCurve().decodePoint(compressed).normalize();
        byte[] uncompressed = new byte[65];
        uncompressed[0] = 0x04;
        System.arraycopy(BigIntegers.asUnsignedByteArray(32, point.getAffineXCoord().toBigInteger()), 0, uncompressed, 1, 32);
        BigInteger y = point.getAffineYCoord().toBigInteger().add(BigInteger.ONE).mod(ECJPAKECurves.NIST_P256.getQ());
        System.arraycopy(BigIntegers.asUnsignedByteArray(32, y), 0, uncompressed, 33, 32);
        return uncompressed;
    }

    private static byte[] filled(int size, int value) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
