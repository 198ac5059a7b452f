package org.tandem.shared.log;

/**
 * Where a session records what happens, one typed event at a time. In the apps it is the session's
 * {@link org.tandem.shared.session.SessionLogbook}: each event is on disk before {@link #record}
 * returns, so a caller that records a decision first and acts second never acts unrecorded.
 *
 * <p>One failure policy for every caller: after the log is closed, {@link JournalClosedException};
 * when the disk fails, a {@link JournalException} and the session ends with a stated reason. Either
 * way the caller must not carry out the step it tried to record.
 */
@FunctionalInterface
public interface SessionJournal {

    /**
     * Records one event.
     *
     * @param actor {@code customer}, {@code system} or {@code technician:<name>}
     * @throws JournalException when it could not be recorded; the caller must then not act on it
     */
    void record(String actor, JournalEvent event) throws JournalException;
}
