package org.tandem.shared.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdentityProofCodecTest {
    private static final IdentityProof PROOF = new IdentityProof(
            List.of(filled(700, 1), filled(400, 2)), filled(IdentityProof.SIGNATURE_BYTES, 3));

    @Test
    void roundTripsThroughBinaryAndBase64() throws Exception {
        assertEquals(PROOF, IdentityProof.decode(PROOF.encode()));
        assertEquals(PROOF, IdentityProof.fromBase64(PROOF.toBase64()));
    }

    @Test
    void largestAllowedProofRoundTrips() throws Exception {
        IdentityProof largest = new IdentityProof(
                Collections.nCopies(IdentityProof.MAX_CERTIFICATES, filled(IdentityProof.MAX_CERTIFICATE_BYTES, 9)),
                filled(IdentityProof.SIGNATURE_BYTES, 4));

        assertEquals(IdentityProofCodec.MAX_ENCODED_BYTES, largest.encode().length);
        assertEquals(largest, IdentityProof.fromBase64(largest.toBase64()));
    }

    @Test
    void accessorsHandOutCopies() {
        PROOF.signature()[0] ^= 1;
        PROOF.certificateChainDer().get(0)[0] ^= 1;

        assertArrayEquals(filled(IdentityProof.SIGNATURE_BYTES, 3), PROOF.signature());
        assertArrayEquals(filled(700, 1), PROOF.certificateChainDer().get(0));
    }

    static Stream<Arguments> hostileInput() {
        byte[] good = PROOF.encode();
        return Stream.of(
                Arguments.of("empty", new byte[0]),
                Arguments.of("unknown version", with(good, 0, 2)),
                Arguments.of("no certificates", with(good, 1, 0)),
                Arguments.of("five certificates", with(good, 1, 5)),
                Arguments.of("255 certificates", with(good, 1, 255)),
                Arguments.of("empty certificate", with(with(good, 2, 0), 3, 0)),
                Arguments.of("certificate over 8 KiB", with(with(good, 2, 0x20), 3, 0x01)),
                Arguments.of("certificate length 65535", with(with(good, 2, 0xff), 3, 0xff)),
                Arguments.of("one byte after the signature", Arrays.copyOf(good, good.length + 1)),
                Arguments.of("far too long", new byte[IdentityProofCodec.MAX_ENCODED_BYTES + 1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInput")
    void refusesHostileInput(String what, byte[] encoded) {
        MalformedIdentityProofException e =
                assertThrows(MalformedIdentityProofException.class, () -> IdentityProof.decode(encoded));
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
    }

    @Test
    void refusesEveryTruncation() {
        byte[] good = PROOF.encode();
        IntStream.range(0, good.length).forEach(length -> assertThrows(MalformedIdentityProofException.class,
                () -> IdentityProof.decode(Arrays.copyOf(good, length)), "length " + length));
    }

    @Test
    void refusesBadBase64() {
        assertThrows(MalformedIdentityProofException.class, () -> IdentityProof.fromBase64("not base64!"));
        assertThrows(MalformedIdentityProofException.class, () -> IdentityProof.fromBase64(null));
        assertThrows(MalformedIdentityProofException.class,
                () -> IdentityProof.fromBase64("A".repeat(IdentityProof.MAX_BASE64_CHARS + 4)));
    }

    @Test
    void constructorEnforcesTheSameLimits() {
        assertThrows(IllegalArgumentException.class, () -> new IdentityProof(List.of(), new byte[64]));
        assertThrows(IllegalArgumentException.class,
                () -> new IdentityProof(Collections.nCopies(5, new byte[1]), new byte[64]));
        assertThrows(IllegalArgumentException.class,
                () -> new IdentityProof(List.of(new byte[IdentityProof.MAX_CERTIFICATE_BYTES + 1]), new byte[64]));
        assertThrows(IllegalArgumentException.class, () -> new IdentityProof(List.of(new byte[1]), new byte[63]));
    }

    @Test
    void layoutIsVersionCountLengthPrefixedCertificatesThenSignature() {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.write(1);
        expected.write(2);
        expected.write(700 >> 8);
        expected.write(700 & 0xff);
        expected.writeBytes(filled(700, 1));
        expected.write(400 >> 8);
        expected.write(400 & 0xff);
        expected.writeBytes(filled(400, 2));
        expected.writeBytes(filled(64, 3));

        assertArrayEquals(expected.toByteArray(), PROOF.encode());
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static byte[] with(byte[] bytes, int index, int value) {
        byte[] copy = bytes.clone();
        copy[index] = (byte) value;
        return copy;
    }
}
