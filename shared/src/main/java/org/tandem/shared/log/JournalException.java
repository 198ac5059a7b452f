package org.tandem.shared.log;

/**
 * An event could not be recorded, so the step it describes must not happen. Checked on purpose:
 * every caller decides what not doing it means (deny, refuse, stop), and no thread dies of it.
 */
public class JournalException extends Exception {
    private static final long serialVersionUID = 1L;

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }

    public JournalException(String message) {
        super(message);
    }
}
