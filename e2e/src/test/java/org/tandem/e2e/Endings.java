package org.tandem.e2e;

import java.util.Set;
import org.tandem.shared.session.SessionChannel;

/** The sentences a session ends with today when its connection goes, as the fault tests expect them. */
final class Endings {
    /** What an app reads when the relay or the network closed its connection while it was reading. */
    static final String CLOSED = "The other side closed the connection";

    /**
     * A connection that closes under a session: the app reads {@link #CLOSED} when its reader sees the
     * end first, {@link SessionChannel#CONNECTION_LOST} when a write (a heartbeat, a frame) fails first.
     * Which comes first is a race today; issue 13's one sentence per ending ("relay gone") removes it.
     */
    static final Set<String> DROPPED = Set.of(CLOSED, SessionChannel.CONNECTION_LOST);

    /**
     * Why the silence tests are off: when the heartbeat ends a silent session, SessionChannel shuts its
     * timer down with shutdownNow() from the timer's own thread, which interrupts the thread that then
     * writes control.stopped and the journal's end; the write fails (ClosedByInterruptException) and
     * both logs stay "not closed". Everything else these tests assert holds.
     */
    static final String SILENT_END_UNRECORDED = "Fails until a session ended for silence records its end: "
            + "SessionChannel.end() interrupts its own heartbeat thread before the journal is written "
            + "(docs/reliability.md, known defects)";

    private Endings() {}
}
