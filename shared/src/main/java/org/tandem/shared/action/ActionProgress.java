package org.tandem.shared.action;

/**
 * How a running action is getting on.
 *
 * @param percent 0 to 100, or {@link #UNKNOWN} when the action cannot tell
 * @param line the latest thing it did, such as a file it scanned; may be empty
 */
public record ActionProgress(String requestId, int percent, String line) {
    public static final int UNKNOWN = -1;
    public static final int MAX_LINE = 300;

    public ActionProgress {
        ActionText.requestId(requestId);
        if (percent < UNKNOWN || percent > 100) {
            throw new IllegalArgumentException("percent must be -1 or 0 to 100");
        }
        ActionText.line(line, MAX_LINE, "line");
    }
}
