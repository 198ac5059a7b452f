package org.tandem.customer.action;

/** Where a running action reports how it is getting on. Called from the action's own thread. */
@FunctionalInterface
public interface ProgressSink {
    /** Reports nothing. */
    ProgressSink NONE = (percent, line) -> { };

    /**
     * @param percent 0 to 100, or -1 when the action cannot tell
     * @param line what it is doing now, such as the file it scans; may be empty
     */
    void progress(int percent, String line);
}
