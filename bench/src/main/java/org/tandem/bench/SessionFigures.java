package org.tandem.bench;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * What one paired session of a load run measured, or why it failed. Control messages are the chat
 * messages both ways; input events are the technician's pointer moves.
 *
 * @param failure null when the session ran to the end, else what ended it (or kept it from pairing)
 */
record SessionFigures(int session, double seconds, long frames, long updates, long screenBytes, Histogram inputLatency,
        SequenceCounter.Count input, SequenceCounter.Count control, String failure) {

    static SessionFigures notPaired(int session, String reason) {
        SequenceCounter.Count none = new SequenceCounter.Count(0, 0, 0, 0, 0, 0);
        return new SessionFigures(session, 0, 0, 0, 0, new Histogram(3), none, none, reason);
    }

    boolean failed() {
        return failure != null;
    }

    double framesPerSecond() {
        return seconds <= 0 ? 0 : frames / seconds;
    }

    /** One JSON line; latencies in milliseconds. */
    String toJson() {
        return String.format(Locale.ROOT, "{\"session\":%d,\"seconds\":%.1f,\"framesPerSecond\":%.2f,\"updatesPerSecond\":%.2f,"
                + "\"screenKiBps\":%.1f,\"inputEvents\":%d,\"inputLatencyP50Ms\":%s,\"inputLatencyP99Ms\":%s,"
                + "\"inputLost\":%d,\"inputReordered\":%d,\"inputDuplicated\":%d,\"controlSent\":%d,\"controlLost\":%d,"
                + "\"controlReordered\":%d,\"controlDuplicated\":%d,\"failed\":%s}",
                session, seconds, framesPerSecond(), seconds <= 0 ? 0 : updates / seconds,
                seconds <= 0 ? 0 : screenBytes / 1024.0 / seconds, input.received(),
                millis(inputLatency, 50), millis(inputLatency, 99), input.lost(), input.reordered(), input.duplicates(),
                control.sent(), control.lost(), control.reordered(), control.duplicates(), quoted(failure));
    }

    /** A percentile of microsecond values in milliseconds, or null when nothing was measured. */
    static String millis(Histogram micros, double percentile) {
        return micros.getTotalCount() == 0 ? "null"
                : String.format(Locale.ROOT, "%.2f", micros.getValueAtPercentile(percentile) / 1000.0);
    }

    static String quoted(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
