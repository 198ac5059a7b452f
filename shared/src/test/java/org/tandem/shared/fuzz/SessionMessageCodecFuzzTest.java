package org.tandem.shared.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.SessionMessageCodec;

/**
 * Feeds arbitrary record plaintexts to {@link SessionMessageCodec#decode}: control messages (JSON)
 * and binary screen updates. A message that breaks the protocol must be a {@link ProtocolException};
 * anything else escaping is a finding.
 */
class SessionMessageCodecFuzzTest {
    private final SessionMessageCodec codec = new SessionMessageCodec();

    @FuzzTest(maxDuration = "5m")
    void decodesMessages(byte[] plaintext) {
        try {
            codec.decode(plaintext);
        } catch (ProtocolException expected) {
            // the documented way for a message to be refused
        }
    }
}
