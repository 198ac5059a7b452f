package org.tandem.shared.log;

/**
 * The session's log is closed (the session ended), so it takes no more events: a late message, such
 * as the result of an action that finished after the end, is not recorded and has no effect.
 */
public final class JournalClosedException extends JournalException {
    private static final long serialVersionUID = 1L;

    public JournalClosedException(String message) {
        super(message);
    }
}
