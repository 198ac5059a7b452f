package org.tandem.bench;

import java.util.List;

/**
 * Where a frame's time goes inside the session, split at the moments this process can see: the
 * console asks for the frame, the customer starts and ends the capture, the console has the decoded
 * frame. The request and the capture start are apart by the request's trip and the sharer's wait;
 * capture end and arrival by encoding, the trip through the relay and decoding. The viewer asks for
 * one frame at a time, so the moments pair up in order.
 */
final class FrameStages {
    private final LatencySample requestToCapture = new LatencySample("frame-request-to-capture");
    private final LatencySample capture = new LatencySample("frame-capture");
    private final LatencySample captureToArrival = new LatencySample("frame-capture-to-arrival");
    private boolean counting;
    private long requestedAt;
    private long captureStartedAt;
    private long captureEndedAt;

    synchronized void counting(boolean on) {
        counting = on;
        requestedAt = 0;
        captureStartedAt = 0;
        captureEndedAt = 0;
    }

    synchronized void requested(long at) {
        requestedAt = at;
        captureStartedAt = 0;
        captureEndedAt = 0;
    }

    synchronized void captureStarted(long at) {
        captureStartedAt = at;
    }

    synchronized void captureEnded(long at) {
        captureEndedAt = at;
    }

    synchronized void arrived(long at) {
        if (counting && requestedAt != 0 && captureStartedAt > requestedAt && captureEndedAt >= captureStartedAt) {
            requestToCapture.add(captureStartedAt - requestedAt);
            capture.add(captureEndedAt - captureStartedAt);
            captureToArrival.add(at - captureEndedAt);
        }
        requestedAt = 0;
    }

    List<LatencySample> samples() {
        return List.of(requestToCapture, capture, captureToArrival);
    }
}
