package org.tandem.shared.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tandem.shared.log.Checkpoint;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.message.SessionMessageCodec;

/**
 * Feeds arbitrary JSON to the path the other side's final log checkpoint takes: a control message
 * (the test puts the control kind byte in front), and when it is a {@code log-checkpoint}, the
 * checkpoint read from its map as the session logbook does. A message that breaks the protocol must
 * be a {@link ProtocolException} and a malformed checkpoint an {@link IllegalArgumentException} (the
 * logbook ignores it and says so); a checkpoint that reads must tell whether its signature holds
 * without throwing. Anything else escaping is a finding.
 */
class PeerCheckpointFuzzTest {
    private static final byte KIND_CONTROL = 1;
    private final SessionMessageCodec codec = new SessionMessageCodec();

    @FuzzTest(maxDuration = "5m")
    void readsCheckpoints(byte[] json) {
        byte[] plaintext = new byte[json.length + 1];
        plaintext[0] = KIND_CONTROL;
        System.arraycopy(json, 0, plaintext, 1, json.length);
        SessionMessage message;
        try {
            message = codec.decode(plaintext);
        } catch (ProtocolException expected) {
            return;
        }
        if (message instanceof ControlMessage.LogCheckpoint checkpoint) {
            try {
                // The cross-check verifies the signature of whatever was stored: false, never an exception.
                Checkpoint.fromMap(checkpoint.checkpoint()).verify();
            } catch (IllegalArgumentException expected) {
                // the logbook's way to refuse a checkpoint
            }
        }
    }
}
