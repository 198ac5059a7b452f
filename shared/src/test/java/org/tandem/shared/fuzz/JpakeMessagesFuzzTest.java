package org.tandem.shared.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.tandem.shared.pairing.JpakeMessages;
import org.tandem.shared.pairing.PairingException;

/**
 * Feeds arbitrary payloads to the pairing message decoder. The first byte picks the message
 * (modulo 4: round 1, round 2, round 3, key share), the rest is the payload. A payload that breaks
 * the format must be a {@link PairingException}; anything else escaping is a finding. A payload that
 * decodes must re-encode to a canonical form that decodes to itself again, since the transcript
 * hashes that form.
 */
class JpakeMessagesFuzzTest {
    private final JpakeMessages messages = new JpakeMessages();

    @FuzzTest(maxDuration = "5m")
    void decodesPayloads(byte[] data) {
        if (data.length == 0) {
            return;
        }
        byte[] payload = Arrays.copyOfRange(data, 1, data.length);
        try {
            byte[] canonical = canonical(data[0], payload);
            assertArrayEquals(canonical, canonical(data[0], canonical));
        } catch (PairingException expected) {
            // the documented way for a payload to be refused
        }
    }

    private byte[] canonical(byte message, byte[] payload) throws PairingException {
        switch (Math.floorMod(message, 4)) {
            case 0 -> {
                JpakeMessages.Round1 decoded = messages.decodeRound1(payload);
                return messages.encodeRound1(decoded.protocolVersion(), decoded.payload());
            }
            case 1 -> {
                return messages.encodeRound2(messages.decodeRound2(payload));
            }
            case 2 -> {
                return messages.encodeRound3(messages.decodeRound3(payload));
            }
            default -> {
                return messages.encodeKeyShare(messages.decodeKeyShare(payload));
            }
        }
    }
}
