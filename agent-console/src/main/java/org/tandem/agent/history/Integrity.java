package org.tandem.agent.history;

/** What the verifier found in a session's log, as the history shows it. */
public enum Integrity {
    /** Every line holds and the log was closed with its final checkpoint. */
    INTACT,
    /** What is there holds, but the log was never closed: the console stopped mid-session. */
    NOT_CLOSED,
    /**
     * What is there holds, and the log is not closed because this console is still writing it: the
     * session goes on in one of its tabs (decision 0050).
     */
    IN_PROGRESS,
    /** The log was changed after it was written, or cannot be read as a log. */
    BROKEN
}
