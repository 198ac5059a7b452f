package org.tandem.shared.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.message.SessionMessageCodec;

/**
 * Feeds arbitrary input event bodies to the decoder, as a technician's console (or anything that
 * paired as one) could send them: the input is the record after its kind byte, which the test puts
 * in front. An event that breaks the format must be a {@link ProtocolException}; anything else
 * escaping is a finding. An event that decodes must be an input event and encode back to exactly
 * the bytes it came from, since a second reading of the same event must not differ.
 */
class InputEventFuzzTest {
    private static final byte KIND_INPUT = 3;
    private final SessionMessageCodec codec = new SessionMessageCodec();

    @FuzzTest(maxDuration = "5m")
    void decodesEvents(byte[] body) {
        byte[] plaintext = new byte[body.length + 1];
        plaintext[0] = KIND_INPUT;
        System.arraycopy(body, 0, plaintext, 1, body.length);
        SessionMessage decoded;
        try {
            decoded = codec.decode(plaintext);
        } catch (ProtocolException expected) {
            return; // the documented way for an event to be refused
        }
        if (!(decoded instanceof InputEvent)) {
            throw new AssertionError("An input record decoded as " + decoded);
        }
        assertArrayEquals(plaintext, codec.encode(decoded), "the event does not encode back to its bytes");
    }
}
