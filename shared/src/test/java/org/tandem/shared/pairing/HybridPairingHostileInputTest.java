package org.tandem.shared.pairing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.shared.pairing.Handshakes.CODE;
import static org.tandem.shared.pairing.Handshakes.customer;
import static org.tandem.shared.pairing.Handshakes.failed;
import static org.tandem.shared.pairing.Handshakes.start;
import static org.tandem.shared.pairing.Handshakes.succeeded;
import static org.tandem.shared.pairing.Handshakes.technician;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.shared.message.Protocol;
import org.tandem.shared.pairing.FrameRelay.Frame;

/**
 * A relay that meddles with the hybrid key exchange: it alters, strips, resizes or replays the
 * ML-KEM and X25519 shares. Pairing must end with a reason every time, and never fall back to keys
 * from J-PAKE alone.
 */
class HybridPairingHostileInputTest {
    private static final int KEY_SHARE = HandshakeFrames.KEY_SHARE;
    private static final int ROUND_2 = HandshakeFrames.ROUND_2;

    /** One byte of the hybrid exchange that a relay flips on the way. */
    enum FlippedByte {
        IN_THE_CUSTOMERS_CIPHERTEXT(PairingRole.CUSTOMER, ROUND_2, payload -> payload.length - 600),
        IN_THE_TECHNICIANS_MLKEM_KEY(PairingRole.TECHNICIAN, KEY_SHARE, payload -> payload.length - 1),
        IN_THE_TECHNICIANS_X25519_KEY(PairingRole.TECHNICIAN, KEY_SHARE, payload -> 3),
        IN_THE_CUSTOMERS_X25519_KEY(PairingRole.CUSTOMER, KEY_SHARE, payload -> 9);

        final PairingRole sender;
        final int frameType;
        final java.util.function.ToIntFunction<byte[]> position;

        FlippedByte(PairingRole sender, int frameType, java.util.function.ToIntFunction<byte[]> position) {
            this.sender = sender;
            this.frameType = frameType;
            this.position = position;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FlippedByte.class)
    void aFlippedByteInTheHybridExchangeEndsPairingOnBothSides(FlippedByte flip) throws Exception {
        FrameRelay relay = new FrameRelay(rewriting(flip.sender, flip.frameType, payload -> {
            byte[] altered = payload.clone();
            altered[flip.position.applyAsInt(payload)] ^= 0x01;
            return altered;
        }));

        Outcome outcome = pairThrough(relay);

        for (PairingException e : new PairingException[] {failed(outcome.technician), failed(outcome.customer)}) {
            assertFalse(e.codeMismatch(), "the code was right; the exchange was altered");
            assertEquals(PairingHandshake.KEY_EXCHANGE_ALTERED, e.getMessage());
        }
    }

    @Test
    void anAlteredConfirmationEndsPairingOnTheSideThatReadsIt() throws Exception {
        FrameRelay relay = new FrameRelay(rewriting(PairingRole.TECHNICIAN, HandshakeFrames.ROUND_3, payload -> {
            byte[] altered = payload.clone();
            altered[altered.length - 1] ^= 0x40;
            return altered;
        }));

        Outcome outcome = pairThrough(relay);

        PairingException e = failed(outcome.customer);
        assertFalse(e.codeMismatch());
        assertEquals(PairingHandshake.KEY_EXCHANGE_ALTERED, e.getMessage());
    }

    @Test
    void aCiphertextOfTheWrongLengthEndsPairing() throws Exception {
        FrameRelay relay = new FrameRelay(rewriting(PairingRole.CUSTOMER, ROUND_2, payload -> {
            byte[] shorter = Arrays.copyOf(payload, payload.length - 1);
            int lengthAt = payload.length - HybridKeyExchange.CIPHERTEXT_BYTES - 2;
            shorter[lengthAt] = (byte) ((HybridKeyExchange.CIPHERTEXT_BYTES - 1) >>> 8);
            shorter[lengthAt + 1] = (byte) (HybridKeyExchange.CIPHERTEXT_BYTES - 1);
            return shorter;
        }));

        Outcome outcome = pairThrough(relay);

        PairingException e = failed(outcome.technician);
        assertTrue(e.getMessage().contains("ML-KEM-768 ciphertext of 1087 bytes instead of 1088"), e.getMessage());
        failed(outcome.customer);
    }

    @Test
    void aStrippedMlKemKeyEndsPairingInsteadOfFallingBack() throws Exception {
        FrameRelay relay = new FrameRelay(rewriting(PairingRole.TECHNICIAN, KEY_SHARE,
                payload -> Arrays.copyOf(payload, HybridKeyExchange.X25519_BYTES + 2)));
        // The length field still says 1184; make it say "no key", as a downgrading relay would.
        FrameRelay downgrading = new FrameRelay(rewriting(PairingRole.TECHNICIAN, KEY_SHARE, payload -> {
            byte[] stripped = Arrays.copyOf(payload, HybridKeyExchange.X25519_BYTES + 2);
            stripped[HybridKeyExchange.X25519_BYTES] = 0;
            stripped[HybridKeyExchange.X25519_BYTES + 1] = 0;
            return stripped;
        }));

        PairingException cut = failed(pairThrough(relay).customer);
        PairingException downgraded = failed(pairThrough(downgrading).customer);

        assertTrue(cut.getMessage().contains("cut short"), cut.getMessage());
        assertTrue(downgraded.getMessage().contains("lacks its post-quantum key"), downgraded.getMessage());
    }

    @Test
    void aStrippedCiphertextEndsPairingInsteadOfFallingBack() throws Exception {
        FrameRelay relay = new FrameRelay(rewriting(PairingRole.CUSTOMER, ROUND_2, payload -> {
            byte[] stripped = Arrays.copyOf(payload, payload.length - HybridKeyExchange.CIPHERTEXT_BYTES);
            stripped[stripped.length - 2] = 0;
            stripped[stripped.length - 1] = 0;
            return stripped;
        }));

        Outcome outcome = pairThrough(relay);

        PairingException e = failed(outcome.technician);
        assertFalse(e.codeMismatch());
        assertTrue(e.getMessage().contains("lacks its post-quantum ciphertext"), e.getMessage());
        failed(outcome.customer);
    }

    @Test
    void aFrameRepeatedByTheRelayIsRefused() throws Exception {
        FrameRelay relay = new FrameRelay((sender, frame) -> sender == PairingRole.CUSTOMER
                && frame.type() == HandshakeFrames.ROUND_1 ? List.of(frame, frame) : List.of(frame));

        Outcome outcome = pairThrough(relay);

        PairingException e = failed(outcome.technician);
        assertTrue(e.getMessage().contains("Expected pairing message 4 but got type 1"), e.getMessage());
        failed(outcome.customer);
    }

    @Test
    void anEarlierPairingsCustomerReplayedToANewTechnicianFails() throws Exception {
        FrameRelay earlier = new FrameRelay(FrameRelay.FAITHFUL);
        Outcome first = pairThrough(earlier);
        succeeded(first.technician);
        succeeded(first.customer);
        ByteArrayOutputStream recorded = new ByteArrayOutputStream();
        for (Frame frame : earlier.sentBy(PairingRole.CUSTOMER)) {
            FrameRelay.write(recorded, frame);
        }

        PairingException e = assertThrows(PairingException.class, () -> technician(CODE)
                .run(new ByteArrayInputStream(recorded.toByteArray()), new ByteArrayOutputStream()));

        assertFalse(e.codeMismatch());
        assertTrue(e.getMessage().contains("did not verify"), e.getMessage());
    }

    @Test
    void anEarlierCiphertextReplayedIntoANewPairingEndsIt() throws Exception {
        FrameRelay earlier = new FrameRelay(FrameRelay.FAITHFUL);
        Outcome first = pairThrough(earlier);
        succeeded(first.technician);
        succeeded(first.customer);
        byte[] oldRound2 = frameOf(earlier.sentBy(PairingRole.CUSTOMER), ROUND_2).payload();
        byte[] oldCiphertext = Arrays.copyOfRange(oldRound2, oldRound2.length - HybridKeyExchange.CIPHERTEXT_BYTES,
                oldRound2.length);

        FrameRelay replaying = new FrameRelay(rewriting(PairingRole.CUSTOMER, ROUND_2, payload -> {
            byte[] replayed = payload.clone();
            System.arraycopy(oldCiphertext, 0, replayed, payload.length - oldCiphertext.length, oldCiphertext.length);
            return replayed;
        }));
        Outcome second = pairThrough(replaying);

        assertEquals(PairingHandshake.KEY_EXCHANGE_ALTERED, failed(second.technician).getMessage());
        assertEquals(PairingHandshake.KEY_EXCHANGE_ALTERED, failed(second.customer).getMessage());
    }

    @Test
    void anEarlierTechnicianKeyShareReplayedToANewCustomerEndsPairing() throws Exception {
        FrameRelay earlier = new FrameRelay(FrameRelay.FAITHFUL);
        Outcome first = pairThrough(earlier);
        succeeded(first.technician);
        succeeded(first.customer);
        byte[] oldShare = frameOf(earlier.sentBy(PairingRole.TECHNICIAN), KEY_SHARE).payload();

        Outcome second = pairThrough(new FrameRelay(rewriting(PairingRole.TECHNICIAN, KEY_SHARE, payload -> oldShare)));

        assertEquals(PairingHandshake.KEY_EXCHANGE_ALTERED, failed(second.technician).getMessage());
        assertEquals(PairingHandshake.KEY_EXCHANGE_ALTERED, failed(second.customer).getMessage());
    }

    @Test
    void anOlderVersionReadsOurVersionFirstAndIsToldToUpdate() throws Exception {
        // A version 1 customer sends only round 1, in the layout both versions share.
        Round1Parts older = Round1Parts.fromCustomer();
        older.version = 1;
        ByteArrayOutputStream technicianSent = new ByteArrayOutputStream();

        PairingException e = assertThrows(PairingException.class, () -> technician(CODE)
                .run(new ByteArrayInputStream(older.frame(HandshakeFrames.ROUND_1)), technicianSent));

        assertTrue(e.getMessage().contains("protocol 1, this is " + Protocol.VERSION), e.getMessage());
        assertTrue(e.getMessage().contains("please update"), e.getMessage());
        // What an older side reads first is a round 1 that names this version, so it refuses by name too.
        byte[] first = HandshakeFrames.read(new ByteArrayInputStream(technicianSent.toByteArray()), HandshakeFrames.ROUND_1);
        assertEquals(Protocol.VERSION, new JpakeMessages().decodeRound1(first).protocolVersion());
    }

    @Test
    void aFaithfulRelayChangesNothing() throws Exception {
        Outcome outcome = pairThrough(new FrameRelay(FrameRelay.FAITHFUL));

        assertEquals(succeeded(outcome.technician).checkString(), succeeded(outcome.customer).checkString());
    }

    private record Outcome(CompletableFuture<PairingResult> technician, CompletableFuture<PairingResult> customer) {}

    private static Outcome pairThrough(FrameRelay relay) {
        return new Outcome(start(technician(CODE), relay.technician()), start(customer(CODE), relay.customer()));
    }

    private static FrameRelay.Rewrite rewriting(PairingRole sender, int type, UnaryOperator<byte[]> change) {
        return (from, frame) -> from == sender && frame.type() == type
                ? List.of(new Frame(type, change.apply(frame.payload())))
                : List.of(frame);
    }

    private static Frame frameOf(List<Frame> frames, int type) {
        return frames.stream().filter(frame -> frame.type() == type).findFirst().orElseThrow();
    }
}
