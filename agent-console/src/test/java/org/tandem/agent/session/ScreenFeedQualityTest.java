package org.tandem.agent.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.ScreenQuality;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.wire.UnprotectedRecordCipher;

class ScreenFeedQualityTest {
    private static final long MS = 1_000_000L;

    private long now = 1_000_000 * MS;
    private final List<SessionMessage> sent = new ArrayList<>();
    private final SessionChannel channel = new SessionChannel(InputStream.nullInputStream(),
            OutputStream.nullOutputStream(), () -> {}, new UnprotectedRecordCipher(), new UnprotectedRecordCipher());
    private final AgentSessionListener listener = (AgentSessionListener) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {AgentSessionListener.class}, (proxy, method, args) -> null);
    private final ScreenFeed feed = new ScreenFeed(() -> channel, sent::add, listener, () -> now);
    private final TileScreenEncoder encoder = new TileScreenEncoder();

    @Test
    void framesWhoseUpdatesQueueUpAskForLowQualityAndAStillScreenAsksForLosslessAgain() throws Exception {
        feed.started(640, 480);
        feed.askForFirstFrames();

        arrive(noise(1), 400 * MS);
        assertTrue(qualityRequests().isEmpty(), "one slow frame is not enough");
        now += 1000 * MS;
        arrive(noise(2), 400 * MS);

        assertEquals(List.of("low"), qualityRequests());
        assertEquals(ScreenQuality.LOW, feed.quality());

        now += ScreenQualityPolicy.FIRST_HOLD_NANOS;
        feed.tick();

        assertEquals(List.of("low", "lossless"), qualityRequests());
    }

    @Test
    void quickFramesAskForNothing() throws Exception {
        feed.started(640, 480);
        feed.askForFirstFrames();
        for (int i = 0; i < 5; i++) {
            now += 100 * MS;
            arrive(noise(i), 20 * MS);
        }
        assertTrue(qualityRequests().isEmpty());
    }

    /** Delivers a frame's updates as the encoder makes them, the last one {@code took} after the first. */
    private void arrive(Frame frame, long took) throws Exception {
        List<ScreenUpdate> updates = encoder.encode(frame);
        assertTrue(updates.size() > 1, "a frame of noise takes several updates");
        for (int i = 0; i < updates.size(); i++) {
            if (i == updates.size() - 1) {
                now += took;
            }
            feed.apply(updates.get(i));
        }
        feed.drawn();
    }

    private List<String> qualityRequests() {
        return sent.stream().filter(m -> m instanceof ControlMessage.ScreenQualityRequest)
                .map(m -> ((ControlMessage.ScreenQualityRequest) m).quality()).toList();
    }

    private static Frame noise(long seed) {
        int[] argb = new int[640 * 480];
        Random random = new Random(seed);
        Arrays.setAll(argb, i -> 0xFF000000 | random.nextInt(1 << 24));
        return new Frame(640, 480, argb);
    }
}
