package org.tandem.shared.log;

import java.io.IOException;
import java.util.Map;

/**
 * Where a session records what happens, one event at a time. In the apps it is the session log
 * file ({@link SessionLogWriter}), written to disk before {@link #record} returns, so a caller that
 * records a decision first and acts second never acts unrecorded.
 */
@FunctionalInterface
public interface SessionJournal {

    /** A journal for before a session has its log (connecting, pairing): keeps nothing. */
    SessionJournal NONE = (actor, type, details) -> { };

    /**
     * Records one event.
     *
     * @throws IOException when it could not be recorded; the caller must then not act on it
     */
    void record(String actor, String type, Map<String, ?> details) throws IOException;
}
