package org.tandem.shared.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.screen.ScreenCodecException;
import org.tandem.shared.screen.TileScreenDecoder;

/**
 * Feeds arbitrary rectangle payloads to the screen decoder as the start of a new stream on a 640×480
 * screen: the first two bytes are the rectangle count, the rest the zstd payload. An update that does
 * not decode must be a {@link ScreenCodecException}; anything else escaping (an index out of bounds
 * above all: a write outside the picture) is a finding.
 */
class ScreenDecoderFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void decodesUpdates(byte[] input) throws ScreenCodecException {
        if (input.length < 2) {
            return;
        }
        int rects = (input[0] & 0xFF) << 8 | (input[1] & 0xFF);
        // Closed at once: left to the collector, the decompressors' native memory grew by a gigabyte a minute.
        try (TileScreenDecoder decoder = new TileScreenDecoder(640, 480)) {
            decoder.apply(new ScreenUpdate(0, 640, 480, true, true, rects, Arrays.copyOfRange(input, 2, input.length)));
        } catch (ScreenCodecException expected) {
            // the documented way for an update to be refused
        }
    }
}
