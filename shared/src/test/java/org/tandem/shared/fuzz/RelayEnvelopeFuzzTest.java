package org.tandem.shared.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.tandem.shared.relay.RelayMessage;
import org.tandem.shared.relay.RelayMessageCodec;
import org.tandem.shared.relay.RelayProtocolException;

/**
 * Feeds arbitrary bytes to the relay envelope reader the clients run on the {@code tandem}
 * channel before pairing ({@link RelayMessageCodec#read}, which the relay client calls through its
 * deadline-keeping {@code EnvelopeInputStream}), as a hostile or broken relay could send them. It
 * reads messages until the stream ends or one is refused. A line that breaks the envelope must be a
 * {@link RelayProtocolException}; anything else escaping is a finding. A message that decodes must
 * encode to a line that decodes to the same message.
 */
class RelayEnvelopeFuzzTest {
    private final RelayMessageCodec codec = new RelayMessageCodec();

    @FuzzTest(maxDuration = "5m")
    void readsEnvelopes(byte[] stream) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(stream);
        try {
            for (Optional<RelayMessage> message = codec.read(in); message.isPresent(); message = codec.read(in)) {
                byte[] line = codec.encode(message.get());
                assertEquals(message.get(), codec.read(new ByteArrayInputStream(line)).orElseThrow(),
                        "the message does not survive encoding");
            }
        } catch (RelayProtocolException expected) {
            // the documented way for an envelope line to be refused
        }
    }
}
