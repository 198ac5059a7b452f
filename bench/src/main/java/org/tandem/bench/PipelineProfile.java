package org.tandem.bench;

import java.io.IOException;
import java.util.List;
import org.tandem.customer.capture.RobotFrameSource;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.ScreenCodecException;
import org.tandem.shared.screen.ScreenDecoder;
import org.tandem.shared.screen.TileScreenDecoder;
import org.tandem.shared.screen.TileScreenEncoder;

/**
 * Times the steps every frame goes through, one by one and outside a session: capturing the whole
 * screen with the customer's real frame source, and encoding and decoding a frame in which only the
 * target window changed colour (the frame a keystroke produces) or nothing changed (an idle frame).
 */
final class PipelineProfile {
    private final TargetWindow target;

    PipelineProfile(TargetWindow target) {
        this.target = target;
    }

    List<LatencySample> measure(int warmup, int count) throws IOException, ScreenCodecException {
        RobotFrameSource screen = new RobotFrameSource();
        Frame captured = screen.capture();
        LatencySample capture = new LatencySample(
                "profile-capture-" + captured.width() + "x" + captured.height());
        for (int i = 0; i < warmup + count; i++) {
            long start = System.nanoTime();
            captured = screen.capture();
            record(capture, i >= warmup, start);
        }

        LatencySample encodeChanged = new LatencySample("profile-encode-window-changed");
        LatencySample encodeIdle = new LatencySample("profile-encode-unchanged");
        LatencySample decodeChanged = new LatencySample("profile-decode-window-changed");
        TileScreenEncoder encoder = new TileScreenEncoder();
        ScreenDecoder decoder = new TileScreenDecoder();
        for (ScreenUpdate update : encoder.encode(captured)) {
            decoder.apply(update);
        }
        Frame previous = captured;
        for (int i = 0; i < warmup + count; i++) {
            boolean measured = i >= warmup;
            Frame changed = withTargetIn(previous, TargetWindow.colourAfter(i));
            long start = System.nanoTime();
            List<ScreenUpdate> updates = encoder.encode(changed);
            record(encodeChanged, measured, start);
            start = System.nanoTime();
            for (ScreenUpdate update : updates) {
                decoder.apply(update);
            }
            record(decodeChanged, measured, start);
            start = System.nanoTime();
            encoder.encode(new Frame(changed.width(), changed.height(), changed.argb().clone()));
            record(encodeIdle, measured, start);
            previous = changed;
        }
        return List.of(capture, encodeChanged, encodeIdle, decodeChanged);
    }

    private static void record(LatencySample sample, boolean measured, long start) {
        long elapsed = System.nanoTime() - start;
        if (measured) {
            sample.add(elapsed);
        }
    }

    /** A copy of the frame with the target window's rectangle filled with this colour. */
    private Frame withTargetIn(Frame frame, int colour) {
        int[] argb = frame.argb().clone();
        int left = target.x();
        int top = target.y();
        for (int y = top; y < Math.min(frame.height(), top + TargetWindow.HEIGHT); y++) {
            for (int x = left; x < Math.min(frame.width(), left + TargetWindow.WIDTH); x++) {
                argb[y * frame.width() + x] = colour;
            }
        }
        return new Frame(frame.width(), frame.height(), argb);
    }
}
